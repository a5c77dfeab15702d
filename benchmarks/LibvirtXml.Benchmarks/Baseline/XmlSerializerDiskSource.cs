using System.Collections.Generic;
using System.Xml.Serialization;

namespace LibvirtXml.Benchmarks.Baseline;

/// <summary>A backup disk's <c>&lt;target&gt;</c> or <c>&lt;scratch&gt;</c>: a file or a block device, labels, encryption.</summary>
public sealed class XmlSerializerDiskSource
{
    [XmlAttribute("file")]
    public string? File { get; set; }

    [XmlAttribute("fdgroup")]
    public string? FDGroup { get; set; }

    [XmlAttribute("dev")]
    public string? Dev { get; set; }

    [XmlElement("seclabel")]
    public List<XmlSerializerSecLabel> SecLabels { get; set; } = new();

    [XmlElement("encryption")]
    public XmlSerializerDiskEncryption? Encryption { get; set; }
}

/// <summary><c>&lt;seclabel&gt;</c> of a disk source.</summary>
public sealed class XmlSerializerSecLabel
{
    [XmlAttribute("model")]
    public string? Model { get; set; }

    [XmlAttribute("labelskip")]
    public string? LabelSkip { get; set; }

    [XmlAttribute("relabel")]
    public string? Relabel { get; set; }

    [XmlElement("label")]
    public List<string> Labels { get; set; } = new();
}

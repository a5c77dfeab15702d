using System.Collections.Generic;
using System.Xml.Serialization;

namespace LibvirtXml.Benchmarks.Baseline;

/// <summary><c>&lt;encryption&gt;</c> of a disk source, with its secrets, cipher and ivgen.</summary>
public sealed class XmlSerializerDiskEncryption
{
    [XmlAttribute("format")]
    public string? Format { get; set; }

    [XmlAttribute("engine")]
    public string? Engine { get; set; }

    [XmlElement("secret")]
    public List<XmlSerializerDiskSecret> Secrets { get; set; } = new();

    [XmlElement("cipher")]
    public XmlSerializerEncryptionCipher? Cipher { get; set; }

    [XmlElement("ivgen")]
    public XmlSerializerEncryptionIVGen? IVGen { get; set; }
}

/// <summary><c>&lt;secret&gt;</c> of an encryption.</summary>
public sealed class XmlSerializerDiskSecret
{
    [XmlAttribute("type")]
    public string? Type { get; set; }

    [XmlAttribute("uuid")]
    public string? UUID { get; set; }

    [XmlAttribute("usage")]
    public string? Usage { get; set; }
}

/// <summary><c>&lt;cipher&gt;</c> of an encryption.</summary>
public sealed class XmlSerializerEncryptionCipher
{
    [XmlAttribute("name")]
    public string? Name { get; set; }

    [XmlAttribute("size")]
    public uint Size { get; set; }

    [XmlIgnore]
    public bool SizeSpecified { get; set; }

    [XmlAttribute("mode")]
    public string? Mode { get; set; }

    [XmlAttribute("hash")]
    public string? Hash { get; set; }
}

/// <summary><c>&lt;ivgen&gt;</c> of an encryption.</summary>
public sealed class XmlSerializerEncryptionIVGen
{
    [XmlAttribute("name")]
    public string? Name { get; set; }

    [XmlAttribute("hash")]
    public string? Hash { get; set; }
}

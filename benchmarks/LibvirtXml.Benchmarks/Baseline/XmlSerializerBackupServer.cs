using System.Xml.Serialization;

namespace LibvirtXml.Benchmarks.Baseline;

/// <summary>The pull backup's <c>&lt;server&gt;</c>: the tcp, unix and fd transports' attributes side by side.</summary>
public sealed class XmlSerializerBackupServer
{
    [XmlAttribute("transport")]
    public string? Transport { get; set; }

    [XmlAttribute("tls")]
    public string? TLS { get; set; }

    [XmlAttribute("name")]
    public string? Name { get; set; }

    /// <summary>A number, as in the generated model; written only when <see cref="PortSpecified"/>.</summary>
    [XmlAttribute("port")]
    public uint Port { get; set; }

    /// <summary>XmlSerializer's convention for an optional value-typed attribute.</summary>
    [XmlIgnore]
    public bool PortSpecified { get; set; }

    [XmlAttribute("socket")]
    public string? Socket { get; set; }

    [XmlAttribute("fdgroup")]
    public string? FDGroup { get; set; }
}

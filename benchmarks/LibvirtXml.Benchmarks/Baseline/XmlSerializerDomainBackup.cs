using System.Collections.Generic;
using System.Xml.Serialization;

namespace LibvirtXml.Benchmarks.Baseline;

/// <summary>
/// The baseline: <c>&lt;domainbackup&gt;</c> as a hand-annotated model for <see cref="XmlSerializer"/>, holding the
/// same information as the generated <see cref="DomainBackup"/>. XmlSerializer cannot tell variants apart by an
/// attribute value, so push and pull share one shape here (as in Go's libvirtxml): <c>mode</c> and
/// <c>transport</c> are plain attributes and a disk has both <c>target</c> and <c>scratch</c>.
/// Used only as the baseline of the benchmarks.
/// </summary>
[XmlRoot("domainbackup")]
public sealed class XmlSerializerDomainBackup
{
    [XmlAttribute("mode")]
    public string? Mode { get; set; }

    [XmlElement("incremental")]
    public string? Incremental { get; set; }

    [XmlElement("server")]
    public XmlSerializerBackupServer? Server { get; set; }

    [XmlArray("disks")]
    [XmlArrayItem("disk")]
    public List<XmlSerializerBackupDisk>? Disks { get; set; }
}

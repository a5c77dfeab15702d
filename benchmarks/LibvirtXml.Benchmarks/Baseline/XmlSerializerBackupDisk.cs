using System.Xml.Serialization;

namespace LibvirtXml.Benchmarks.Baseline;

/// <summary>A backup <c>&lt;disk&gt;</c>, push or pull: <c>target</c> for push, <c>scratch</c> and the export names for pull.</summary>
public sealed class XmlSerializerBackupDisk
{
    [XmlAttribute("name")]
    public string? Name { get; set; }

    [XmlAttribute("backup")]
    public string? Backup { get; set; }

    [XmlAttribute("type")]
    public string? Type { get; set; }

    [XmlAttribute("backupmode")]
    public string? BackupMode { get; set; }

    [XmlAttribute("incremental")]
    public string? Incremental { get; set; }

    [XmlAttribute("exportname")]
    public string? ExportName { get; set; }

    [XmlAttribute("exportbitmap")]
    public string? ExportBitmap { get; set; }

    [XmlElement("driver")]
    public XmlSerializerDiskDriver? Driver { get; set; }

    [XmlElement("target")]
    public XmlSerializerDiskSource? Target { get; set; }

    [XmlElement("scratch")]
    public XmlSerializerDiskSource? Scratch { get; set; }
}

/// <summary>A backup disk's <c>&lt;driver type='...'/&gt;</c>.</summary>
public sealed class XmlSerializerDiskDriver
{
    [XmlAttribute("type")]
    public string? Type { get; set; }
}

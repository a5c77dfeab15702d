using System.Collections.Generic;

namespace LibvirtXml;

/// <summary>
/// The block device branch of a <see cref="DomainDiskSource"/>, used when the owning disk has <c>type='block'</c>:
/// <c>&lt;target dev='/dev/sdb'&gt;</c>.
/// </summary>
public sealed class DomainDiskSourceBlock
{
    /// <summary>Attribute <c>dev</c>: the absolute path of the block device. <see langword="null"/> when absent.</summary>
    public string? Dev { get; set; }

    /// <summary>The <c>&lt;seclabel&gt;</c> child elements, in document order. Empty when there is none.</summary>
    public List<DomainDeviceSecLabel> SecLabel { get; set; } = new();
}

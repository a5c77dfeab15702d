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

    // Created on first use rather than with the object: most disks have no label, and reading a document
    // should not allocate an empty list for each of them. The flag keeps an explicitly assigned null.
    private List<DomainDeviceSecLabel>? _secLabel;
    private bool _secLabelAssigned;

    /// <summary>The <c>&lt;seclabel&gt;</c> child elements, in document order. Empty when there is none.</summary>
    public List<DomainDeviceSecLabel> SecLabel
    {
        get
        {
            if (!_secLabelAssigned)
            {
                _secLabel = new List<DomainDeviceSecLabel>();
                _secLabelAssigned = true;
            }

            return _secLabel!;
        }

        set
        {
            _secLabel = value;
            _secLabelAssigned = true;
        }
    }

    /// <summary>The labels for writing, without creating the list: <see langword="null"/> when it was never created.</summary>
    internal List<DomainDeviceSecLabel>? SecLabelIfCreated => _secLabel;
}

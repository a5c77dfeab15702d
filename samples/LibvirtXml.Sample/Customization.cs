namespace LibvirtXml;

/// <summary>What push and pull disks have in common, added to the generated classes by partial declarations.</summary>
public interface IBackupDisk
{
    /// <summary>The disk's target name (<c>vda</c>, ...).</summary>
    string? Name { get; }

    /// <summary>Whether the disk takes part in the backup: libvirt's default is yes.</summary>
    bool IsBackedUp { get; }
}

/// <summary>Extends the generated push disk: an interface, a computed property, and a hook that runs after reading.</summary>
public partial class DomainBackupPushDisk : IBackupDisk
{
    /// <inheritdoc/>
    public bool IsBackedUp => Backup is null || LibvirtXmlReader.TokenEquals(Backup, "yes");

    /// <summary>Whether the disk was read from a document rather than built in code.</summary>
    public bool WasRead { get; private set; }

    partial void OnAfterRead() => WasRead = true;
}

/// <summary>Extends the generated pull disk the same way.</summary>
public partial class DomainBackupPullDisk : IBackupDisk
{
    /// <inheritdoc/>
    public bool IsBackedUp => Backup is null || LibvirtXmlReader.TokenEquals(Backup, "yes");
}

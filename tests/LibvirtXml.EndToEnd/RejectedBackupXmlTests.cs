using Xunit.Abstractions;

namespace LibvirtXml.EndToEnd;

/// <summary>
/// Backups that our types let one write but libvirt refuses, with libvirt's message for each.
/// (No Validate() exists yet to say it first.)
/// </summary>
[Collection(PrivateLibvirtCollection.Name)]
public sealed class RejectedBackupXmlTests(PrivateLibvirt libvirt, ITestOutputHelper output)
{
    public static TheoryData<string, string> Cases => new()
    {
        // libvirt validates backup XML against its own domainbackup.rng; our string-typed 'backup' takes any value.
        { "value outside the grammar", "XML document failed to validate against schema: Unable to validate doc against /usr/share/libvirt/schemas/domainbackup.rng" },
        { "relative socket path", "XML document failed to validate against schema: Unable to validate doc against /usr/share/libvirt/schemas/domainbackup.rng" },
        { "unknown disk", "unsupported configuration: no disk named 'vdz'" },
        { "no disk selected", "unsupported configuration: no disks selected for backup" },
        { "unknown checkpoint", "Checkpoint 'no-such-checkpoint' for incremental backup of disk 'vda' not found" },
    };

    [EndToEndTheory]
    [MemberData(nameof(Cases))]
    public void Libvirt_refuses_the_backup_with_its_message(string @case, string libvirtsMessage)
    {
        var xml = Backup(@case).Marshal();

        var result = libvirt.TryBeginBackup(xml);

        output.WriteLine($"{@case}:\n{xml}libvirt says: {result.Error.Trim()}");
        Assert.False(result.Succeeded, "libvirt accepted:\n" + xml);
        Assert.Contains(libvirtsMessage, result.Error);
        Assert.False(libvirt.HasJob());
    }

    private DomainBackup Backup(string @case)
    {
        var target = new DomainDiskSource { File = new DomainDiskSourceFile { File = libvirt.NewPath("never-written.qcow2") } };
        return @case switch
        {
            "value outside the grammar" => Push(new DomainBackupPushDisk { Name = "vda", Backup = "maybe" }),
            "relative socket path" => new DomainBackup
            {
                Pull = new DomainBackupPull
                {
                    Server = new DomainBackupPullServer { UNIX = new DomainBackupPullServerUNIX { Socket = "nbd.sock" } },
                    Disks = new DomainBackupPullDisks { Disks = { new DomainBackupPullDisk { Name = "vda" } } },
                },
            },
            "unknown disk" => Push(new DomainBackupPushDisk { Name = "vdz", Target = target }),
            "no disk selected" => Push(new DomainBackupPushDisk { Name = "vda", Backup = "no" }),
            "unknown checkpoint" => BackupDocuments.IncrementalPush("no-such-checkpoint", target.File.File!),
            _ => throw new System.ArgumentOutOfRangeException(nameof(@case), @case, null),
        };
    }

    private static DomainBackup Push(DomainBackupPushDisk disk) =>
        new() { Push = new DomainBackupPush { Disks = new DomainBackupPushDisks { Disks = { disk } } } };
}

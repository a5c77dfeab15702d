using Xunit.Abstractions;

namespace LibvirtXml.EndToEnd;

/// <summary>
/// Backups that our types let one write but libvirt refuses, with libvirt's message for each, next to what our
/// Validate() says first: it catches what breaks the grammar; only libvirt knows its domains, disks and checkpoints.
/// </summary>
[Collection(PrivateLibvirtCollection.Name)]
public sealed class RejectedBackupXmlTests(PrivateLibvirt libvirt, ITestOutputHelper output)
{
    public static TheoryData<string, string, string> Cases => new()
    {
        // libvirt validates backup XML against its own domainbackup.rng, and so does our Validate().
        { "value outside the grammar", "XML document failed to validate against schema: Unable to validate doc against /usr/share/libvirt/schemas/domainbackup.rng", "/domainbackup/disks/disk[1]/@backup: 'maybe' is not allowed" },
        { "relative socket path", "XML document failed to validate against schema: Unable to validate doc against /usr/share/libvirt/schemas/domainbackup.rng", "/domainbackup/server/@socket: 'nbd.sock' is not allowed" },
        // Valid XML that names what this domain does not have: only libvirt can tell.
        { "unknown disk", "unsupported configuration: no disk named 'vdz'", "" },
        { "no disk selected", "unsupported configuration: no disks selected for backup", "" },
        { "unknown checkpoint", "Checkpoint 'no-such-checkpoint' for incremental backup of disk 'vda' not found", "" },
    };

    [EndToEndTheory]
    [MemberData(nameof(Cases))]
    public void Libvirt_refuses_the_backup_with_its_message_and_validate_says_what_the_grammar_can(string @case, string libvirtsMessage, string validateSays)
    {
        var backup = Backup(@case);
        var xml = backup.Marshal();
        var problems = backup.Validate();

        var result = libvirt.TryBeginBackup(xml);

        output.WriteLine($"{@case}:\n{xml}libvirt says: {result.Error.Trim()}\nValidate() says: {(problems.Count == 0 ? "nothing" : string.Join("; ", problems))}");
        Assert.False(result.Succeeded, "libvirt accepted:\n" + xml);
        Assert.Contains(libvirtsMessage, result.Error);
        Assert.False(libvirt.HasJob());
        if (validateSays.Length == 0)
            Assert.Empty(problems);
        else
            Assert.Contains(problems, p => p.ToString().StartsWith(validateSays, System.StringComparison.Ordinal));
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

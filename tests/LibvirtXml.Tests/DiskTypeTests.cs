namespace LibvirtXml.Tests;

/// <summary>The disk's type and its target/scratch are independent in the grammar: each survives as read.</summary>
public class DiskTypeTests
{
    private const string PushPrefix = "<domainbackup mode='push'>\n  <disks>\n";
    private const string PushSuffix = "  </disks>\n</domainbackup>\n";
    private const string PullPrefix = "<domainbackup mode='pull'>\n  <server transport='unix' socket='/run/nbd.sock'/>\n  <disks>\n";

    [Fact]
    public void A_type_without_a_target_is_kept()
    {
        var xml = PushPrefix + "    <disk name='vdb' type='file' backupmode='full'/>\n" + PushSuffix;

        var backup = DomainBackup.Parse(xml);

        Assert.Equal("file", backup.Push!.Disks!.Disks[0].Type);
        Assert.Null(backup.Push.Disks.Disks[0].Target);
        Assert.Equal(xml, backup.Marshal());
    }

    [Fact]
    public void A_scratch_without_a_type_stays_without_one()
    {
        var xml = PullPrefix + "    <disk name='vda'>\n      <scratch file='/var/tmp/vda.scratch'/>\n    </disk>\n" + PushSuffix;

        var backup = DomainBackup.Parse(xml);

        var disk = backup.Pull!.Disks!.Disks[0];
        Assert.Null(disk.Type);
        Assert.Equal("/var/tmp/vda.scratch", disk.Scratch!.File!.File);
        Assert.Equal(xml, backup.Marshal());
    }

    [Fact]
    public void A_block_type_reads_the_target_as_a_block_device()
    {
        var xml = PushPrefix + "    <disk name='vda' type='block'>\n      <target dev='/dev/vg0/backup'/>\n    </disk>\n" + PushSuffix;

        var disk = DomainBackup.Parse(xml).Push!.Disks!.Disks[0];

        Assert.Null(disk.Target!.File);
        Assert.Equal("/dev/vg0/backup", disk.Target.Block!.Dev);
    }

    [Fact]
    public void Objects_built_in_code_get_the_type_of_the_branch_that_is_set()
    {
        var backup = new DomainBackup
        {
            Push = new DomainBackupPush
            {
                Disks = new DomainBackupPushDisks
                {
                    Disks =
                    {
                        new() { Name = "vda", Target = new DomainDiskSource { Block = new DomainDiskSourceBlock { Dev = "/dev/sdz" } } },
                        new() { Name = "vdb", Target = new DomainDiskSource { File = new DomainDiskSourceFile { File = "/srv/vdb.img" } } },
                    },
                },
            },
        };

        var xml = backup.Marshal();

        Assert.Contains("<disk name='vda' type='block'>", xml);
        Assert.Contains("<disk name='vdb' type='file'>", xml);
    }

    [Fact]
    public void A_source_with_both_branches_set_is_refused()
    {
        var backup = new DomainBackup
        {
            Push = new DomainBackupPush
            {
                Disks = new DomainBackupPushDisks
                {
                    Disks = { new() { Name = "vda", Target = new DomainDiskSource { File = new DomainDiskSourceFile { File = "/a" }, Block = new DomainDiskSourceBlock { Dev = "/dev/b" } } } },
                },
            },
        };

        Assert.Throws<LibvirtXmlException>(() => backup.Marshal());
    }
}

using System.IO;
using System.Linq;

namespace LibvirtXml.Tests;

/// <summary>Validate() checks an object graph against the grammar's constraints, with a path for every problem.</summary>
public class ValidateTests
{
    private static string[] Problems(DomainBackup backup) => backup.Validate().Select(e => e.ToString()).ToArray();

    private static DomainBackup Push(params DomainBackupPushDisk[] disks)
    {
        var backup = new DomainBackup { Push = new DomainBackupPush { Disks = new DomainBackupPushDisks() } };
        backup.Push.Disks.Disks.AddRange(disks);
        return backup;
    }

    private static DomainBackup Pull(DomainBackupPullServer? server, params DomainBackupPullDisk[] disks)
    {
        var backup = new DomainBackup { Pull = new DomainBackupPull { Server = server, Disks = new DomainBackupPullDisks() } };
        backup.Pull.Disks.Disks.AddRange(disks);
        return backup;
    }

    [Theory]
    [MemberData(nameof(Corpus.OutputFiles), MemberType = typeof(Corpus))]
    public void Libvirts_output_documents_are_valid(string file) =>
        Assert.Empty(Problems(DomainBackup.Parse(File.ReadAllText(Path.Combine(TestPaths.CorpusOut, file)))));

    [Theory]
    [MemberData(nameof(Corpus.InputFiles), MemberType = typeof(Corpus))]
    public void Libvirts_input_documents_are_valid(string file) =>
        Assert.Empty(Problems(DomainBackup.Parse(File.ReadAllText(Path.Combine(TestPaths.CorpusIn, file)))));

    [Theory]
    [MemberData(nameof(Corpus.OwnDocuments), MemberType = typeof(Corpus))]
    public void Our_documents_covering_every_branch_are_valid(string file) =>
        Assert.Empty(Problems(DomainBackup.Parse(File.ReadAllText(Path.Combine(TestPaths.OwnDocuments, file)))));

    [Fact]
    public void A_missing_required_attribute_is_reported_with_its_path()
    {
        var problems = Problems(Push(new DomainBackupPushDisk { Name = "vda" }, new DomainBackupPushDisk { Backup = "no" }));

        Assert.Equal(new[] { "/domainbackup/disks/disk[2]/@name: is required" }, problems);
    }

    [Fact]
    public void Values_outside_the_grammars_value_sets_are_reported()
    {
        var problems = Problems(Push(new DomainBackupPushDisk { Name = "vda", Backup = "maybe", Type = "file", BackupMode = "partial", Driver = new DomainBackupDiskDriver { Type = "ext4" } }));

        Assert.Contains(problems, p => p.StartsWith("/domainbackup/disks/disk[1]/@backup: 'maybe' is not allowed"));
        Assert.Contains(problems, p => p.StartsWith("/domainbackup/disks/disk[1]/@backupmode: 'partial' is not allowed"));
        Assert.Contains(problems, p => p.StartsWith("/domainbackup/disks/disk[1]/driver/@type: 'ext4' is not allowed"));
        Assert.Equal(3, problems.Length);
    }

    [Theory]
    [InlineData("vda", true)]
    [InlineData("sdb", true)]
    [InlineData("nvme0n1", true)]
    [InlineData("nvme0n1p2", true)]
    [InlineData("ioemu:hda", true)]
    [InlineData("da", false)]
    [InlineData("vd", false)]
    [InlineData("vda/../x", false)]
    [InlineData("vda\n", false)]
    [InlineData(" vda", false)]
    public void Disk_names_follow_the_grammars_anchored_patterns(string name, bool valid)
    {
        var problems = Problems(Push(new DomainBackupPushDisk { Name = name }));

        Assert.Equal(valid, problems.Length == 0);
    }

    [Theory]
    [InlineData("localhost", true)]
    [InlineData("backup-01.example.org", true)]
    [InlineData("192.168.1.20", true)]
    [InlineData("fe80::1", true)]
    [InlineData("2001:db8::8a2e:370:7334", true)]
    [InlineData("bad host", false)]
    [InlineData("host_name", false)]
    public void Server_names_are_dns_names_or_ip_addresses(string name, bool valid)
    {
        var problems = Problems(Pull(new DomainBackupPullServer { TCP = new DomainBackupPullServerTCP { Name = name } }, new DomainBackupPullDisk { Name = "vda", Backup = "no" }));

        Assert.Equal(valid, problems.Length == 0);
    }

    [Fact]
    public void Combinations_no_branch_of_a_merged_choice_allows_are_reported()
    {
        // A push disk's driver belongs to the branches with a type; a full backup takes no checkpoint.
        var problems = Problems(Push(
            new DomainBackupPushDisk { Name = "vda", Driver = new DomainBackupDiskDriver { Type = "raw" } },
            new DomainBackupPushDisk { Name = "vdb", Backup = "no", Type = "file" },
            new DomainBackupPushDisk { Name = "vdc", BackupMode = "full", Incremental = "cp1" }));

        Assert.Equal(new[]
        {
            "/domainbackup/disks/disk[1]: @backup, @type, <target>, <driver>: this combination matches none of the grammar's alternatives",
            "/domainbackup/disks/disk[2]: @backup, @type, <target>, <driver>: this combination matches none of the grammar's alternatives",
            "/domainbackup/disks/disk[3]: @backupmode, @incremental: this combination matches none of the grammar's alternatives",
        }, problems);
    }

    [Fact]
    public void A_disk_built_in_code_counts_with_the_type_its_target_will_write()
    {
        var disk = new DomainBackupPushDisk { Name = "vda", Driver = new DomainBackupDiskDriver { Type = "raw" }, Target = new DomainDiskSource { File = new DomainDiskSourceFile { File = "/srv/vda.raw" } } };

        Assert.Empty(Problems(Push(disk)));
    }

    [Fact]
    public void Both_branches_of_a_variant_set_at_once_are_reported()
    {
        var backup = new DomainBackup { Push = new DomainBackupPush(), Pull = new DomainBackupPull { Server = new DomainBackupPullServer { TCP = new DomainBackupPullServerTCP { Name = "h" }, UNIX = new DomainBackupPullServerUNIX { Socket = "/run/s" } } } };

        var problems = Problems(backup);

        Assert.Contains("/domainbackup/@mode: more than one of Push, Pull is set", problems);
        Assert.Contains("/domainbackup/server/@transport: more than one of TCP, UNIX, FD is set", problems);
    }

    [Fact]
    public void A_pull_backup_needs_its_server()
    {
        Assert.Contains("/domainbackup/server: is required", Problems(Pull(null, new DomainBackupPullDisk { Name = "vda", Backup = "no" })));
    }

    [Fact]
    public void A_disks_element_needs_at_least_one_disk() =>
        Assert.Contains("/domainbackup/disks: needs at least one <disk>", Problems(Push()));

    [Fact]
    public void Relative_socket_and_target_paths_are_reported()
    {
        var pull = Problems(Pull(new DomainBackupPullServer { UNIX = new DomainBackupPullServerUNIX { Socket = "run/nbd.sock" } }, new DomainBackupPullDisk { Name = "vda", Backup = "no" }));
        var push = Problems(Push(new DomainBackupPushDisk { Name = "vda", Target = new DomainDiskSource { File = new DomainDiskSourceFile { File = "backup.qcow2" } } }));

        Assert.Contains(pull, p => p.StartsWith("/domainbackup/server/@socket: 'run/nbd.sock' is not allowed"));
        Assert.Contains(push, p => p.StartsWith("/domainbackup/disks/disk[1]/target/@file: 'backup.qcow2' is not allowed"));
    }

    [Fact]
    public void A_disk_type_that_disagrees_with_its_target_is_reported()
    {
        var problems = Problems(Push(new DomainBackupPushDisk { Name = "vda", Type = "file", Target = new DomainDiskSource { Block = new DomainDiskSourceBlock { Dev = "/dev/sdb" } } }));

        Assert.Equal(new[] { "/domainbackup/disks/disk[1]/@type: is 'file' but Target holds a 'block' branch" }, problems);
    }

    [Fact]
    public void Encryption_and_labels_are_checked_inside_the_runtime_types()
    {
        var target = new DomainDiskSource
        {
            File = new DomainDiskSourceFile { File = "/srv/vda.bak", SecLabel = { new DomainDeviceSecLabel { Relabel = "no", Labels = { "system_u:object_r:svirt_image_t:s0" } } } },
            Encryption = new DomainDiskEncryption { Format = "luks", Secrets = { new DomainDiskSecret { Type = "passphrase", UUID = "not-a-uuid", Usage = "vol" } }, Cipher = new DomainDiskEncryptionCipher { Name = "aes", Size = 256 } },
        };

        var problems = Problems(Push(new DomainBackupPushDisk { Name = "vda", Target = target }));

        Assert.Contains("/domainbackup/disks/disk[1]/target/seclabel[1]: relabel='no' takes no labels", problems);
        Assert.Contains("/domainbackup/disks/disk[1]/target/encryption/secret[1]: needs exactly one of uuid and usage", problems);
        Assert.Contains(problems, p => p.StartsWith("/domainbackup/disks/disk[1]/target/encryption/secret[1]/@uuid: 'not-a-uuid' is not allowed"));
        Assert.Contains("/domainbackup/disks/disk[1]/target/encryption: cipher and ivgen go together", problems);
        Assert.Equal(4, problems.Length);
    }

    [Fact]
    public void The_documentation_examples_are_valid()
    {
        var push = Push(
            new DomainBackupPushDisk { Name = "vda", Backup = "yes", Driver = new DomainBackupDiskDriver { Type = "raw" }, Target = new DomainDiskSource { File = new DomainDiskSourceFile { File = "/path/to/vda.backup" } } },
            new DomainBackupPushDisk { Name = "vdb", Backup = "no" });

        Assert.Empty(Problems(push));
    }
}

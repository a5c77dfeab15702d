using System.Collections.Generic;
using System.IO;

namespace LibvirtXml.Tests;

/// <summary>Documents built with the generated API write exactly what libvirt writes for them.</summary>
public class BuiltInCodeTests
{
    private static string Expected(string file) => File.ReadAllText(Path.Combine(TestPaths.CorpusOut, file));

    private static DomainBackupPullDisk PullFileDisk(string name, string? backupMode, string? incremental, string scratch) => new()
    {
        Name = name,
        Backup = "yes",
        BackupMode = backupMode,
        Incremental = incremental,
        Scratch = new DomainDiskSource { File = new DomainDiskSourceFile { File = scratch } },
    };

    private static List<DomainBackupPullDisk> StandardPullDisks() => new()
    {
        PullFileDisk("vda", "incremental", "1525889631", "/path/to/file"),
        new() { Name = "hda", Backup = "no" },
        PullFileDisk("vdc", "full", null, "/path/to/file"),
        PullFileDisk("vdd", "incremental", "1525889631", "/path/to/file"),
        PullFileDisk("vde", "incremental", "blah", "/path/to/file"),
        PullFileDisk("vdf", "incremental", "bleh", "/path/to/file"),
        new() { Name = "vdextradisk", Backup = "no" },
    };

    private static DomainDiskEncryption Luks(string? uuid = null, string? usage = null) => new()
    {
        Format = "luks",
        Secrets = new List<DomainDiskSecret> { new() { Type = "passphrase", UUID = uuid, Usage = usage } },
    };

    [Fact]
    public void Pull_backup_over_tcp_matches_libvirt()
    {
        var backup = new DomainBackup
        {
            Incremental = "1525889631",
            Pull = new DomainBackupPull
            {
                Server = new DomainBackupPullServer { TCP = new DomainBackupPullServerTCP { Name = "localhost", Port = 10809 } },
                Disks = new DomainBackupPullDisks { Disks = StandardPullDisks() },
            },
        };

        Assert.Equal(Expected("backup-pull.xml"), backup.Marshal());
    }

    [Fact]
    public void Pull_backup_over_unix_socket_matches_libvirt()
    {
        var backup = new DomainBackup
        {
            Incremental = "1525889631",
            Pull = new DomainBackupPull
            {
                Server = new DomainBackupPullServer { UNIX = new DomainBackupPullServerUNIX { Socket = "/path/to/server" } },
                Disks = new DomainBackupPullDisks { Disks = StandardPullDisks() },
            },
        };

        Assert.Equal(Expected("backup-pull-unix.xml"), backup.Marshal());
    }

    [Fact]
    public void Pull_backup_over_passed_file_descriptor_matches_libvirt()
    {
        var backup = new DomainBackup
        {
            Incremental = "1525889631",
            Pull = new DomainBackupPull
            {
                Server = new DomainBackupPullServer { FD = new DomainBackupPullServerFD { FDGroup = "nbdfd" } },
                Disks = new DomainBackupPullDisks { Disks = StandardPullDisks() },
            },
        };

        Assert.Equal(Expected("backup-pull-fd.xml"), backup.Marshal());
    }

    [Fact]
    public void Encrypted_pull_backup_with_tls_matches_libvirt()
    {
        DomainBackupPullDisk Disk(string name, DomainDiskSource scratch, string? exportName, string? exportBitmap) => new()
        {
            Name = name,
            Backup = "yes",
            BackupMode = "incremental",
            Incremental = "1525889631",
            ExportName = exportName,
            ExportBitmap = exportBitmap,
            Driver = new DomainBackupDiskDriver { Type = "qcow2" },
            Scratch = scratch,
        };
        var backup = new DomainBackup
        {
            Incremental = "1525889631",
            Pull = new DomainBackupPull
            {
                Server = new DomainBackupPullServer { TLS = "yes", TCP = new DomainBackupPullServerTCP { Name = "localhost", Port = 10809 } },
                Disks = new DomainBackupPullDisks
                {
                    Disks = new List<DomainBackupPullDisk>
                    {
                        Disk("vda", new DomainDiskSource { File = new DomainDiskSourceFile { File = "/path/to/file" }, Encryption = Luks(uuid: "0a81f5b2-8403-7b23-c8d6-21ccc2f80d6f") }, "test-vda", "blah"),
                        Disk("vdb", new DomainDiskSource { File = new DomainDiskSourceFile { File = "/path/to/file" }, Encryption = Luks(usage: "/storage/backup/vdb") }, "test-vda", "blah"),
                        Disk("vdc", new DomainDiskSource { Block = new DomainDiskSourceBlock { Dev = "/dev/block" }, Encryption = Luks(usage: "/storage/backup/vdc") }, null, null),
                        new() { Name = "vdextradisk", Backup = "no" },
                    },
                },
            },
        };

        Assert.Equal(Expected("backup-pull-encrypted.xml"), backup.Marshal());
    }

    [Fact]
    public void Pull_backup_with_seclabels_matches_libvirt()
    {
        var seclabel = new DomainDeviceSecLabel { Model = "dac", Relabel = "no" };
        var backup = new DomainBackup
        {
            Incremental = "1525889631",
            Pull = new DomainBackupPull
            {
                Server = new DomainBackupPullServer { TCP = new DomainBackupPullServerTCP { Name = "localhost", Port = 10809 } },
                Disks = new DomainBackupPullDisks
                {
                    Disks = new List<DomainBackupPullDisk>
                    {
                        new()
                        {
                            Name = "vda", Backup = "yes", BackupMode = "incremental", Incremental = "1525889631", ExportName = "test-vda", ExportBitmap = "blah",
                            Driver = new DomainBackupDiskDriver { Type = "qcow2" },
                            Scratch = new DomainDiskSource { File = new DomainDiskSourceFile { File = "/path/to/file", SecLabel = { seclabel } } },
                        },
                        new()
                        {
                            Name = "vdb", Backup = "yes", BackupMode = "incremental", Incremental = "1525889631",
                            Driver = new DomainBackupDiskDriver { Type = "qcow2" },
                            Scratch = new DomainDiskSource { Block = new DomainDiskSourceBlock { Dev = "/dev/block", SecLabel = { seclabel } } },
                        },
                        new() { Name = "vdextradisk", Backup = "no" },
                    },
                },
            },
        };

        Assert.Equal(Expected("backup-pull-seclabel.xml"), backup.Marshal());
    }

    [Fact]
    public void Push_backup_matches_libvirt()
    {
        DomainBackupPushDisk Disk(string name, string mode, string? incremental, string target, string? driver = null) => new()
        {
            Name = name,
            Backup = "yes",
            BackupMode = mode,
            Incremental = incremental,
            Driver = driver is null ? null : new DomainBackupDiskDriver { Type = driver },
            Target = new DomainDiskSource { File = new DomainDiskSourceFile { File = target } },
        };
        var backup = new DomainBackup
        {
            Incremental = "1525889631",
            Push = new DomainBackupPush
            {
                Disks = new DomainBackupPushDisks
                {
                    Disks = new List<DomainBackupPushDisk>
                    {
                        Disk("vda", "incremental", "1525889631", "/path/to/file", "raw"),
                        Disk("vdb", "full", null, "/fake/vdb.qcow2.SUFFIX"),
                        Disk("vdc", "incremental", "1525889631", "/fake/vdc.qcow2.SUFFIX"),
                        Disk("vdd", "incremental", "1525889631", "/fake/vdd.qcow2.SUFFIX"),
                        new() { Name = "hda", Backup = "no" },
                        new() { Name = "vdextradisk", Backup = "no" },
                    },
                },
            },
        };

        Assert.Equal(Expected("backup-push.xml"), backup.Marshal());
    }

    [Fact]
    public void Encrypted_push_backup_matches_libvirt()
    {
        DomainBackupPushDisk Disk(string name, string driver, DomainDiskSource target) => new()
        {
            Name = name, Backup = "yes", BackupMode = "incremental", Incremental = "1525889631",
            Driver = new DomainBackupDiskDriver { Type = driver },
            Target = target,
        };
        var backup = new DomainBackup
        {
            Incremental = "1525889631",
            Push = new DomainBackupPush
            {
                Disks = new DomainBackupPushDisks
                {
                    Disks = new List<DomainBackupPushDisk>
                    {
                        Disk("vda", "qcow2", new DomainDiskSource { File = new DomainDiskSourceFile { File = "/path/to/file" }, Encryption = Luks(uuid: "0a81f5b2-8403-7b23-c8d6-21ccc2f80d6f") }),
                        Disk("vdb", "raw", new DomainDiskSource { File = new DomainDiskSourceFile { File = "/path/to/file" }, Encryption = Luks(usage: "/storage/backup/vdb") }),
                        Disk("vdc", "qcow2", new DomainDiskSource { Block = new DomainDiskSourceBlock { Dev = "/dev/block" }, Encryption = Luks(usage: "/storage/backup/vdc") }),
                        new() { Name = "vdextradisk", Backup = "no" },
                    },
                },
            },
        };

        Assert.Equal(Expected("backup-push-encrypted.xml"), backup.Marshal());
    }

    [Fact]
    public void Push_backup_with_seclabels_matches_libvirt()
    {
        var seclabel = new DomainDeviceSecLabel { Model = "dac", Relabel = "no" };
        var backup = new DomainBackup
        {
            Incremental = "1525889631",
            Push = new DomainBackupPush
            {
                Disks = new DomainBackupPushDisks
                {
                    Disks = new List<DomainBackupPushDisk>
                    {
                        new()
                        {
                            Name = "vda", Backup = "yes", BackupMode = "incremental", Incremental = "1525889631",
                            Driver = new DomainBackupDiskDriver { Type = "raw" },
                            Target = new DomainDiskSource { File = new DomainDiskSourceFile { File = "/path/to/file", SecLabel = { seclabel } } },
                        },
                        new()
                        {
                            Name = "vdb", Backup = "yes", BackupMode = "incremental", Incremental = "1525889631",
                            Driver = new DomainBackupDiskDriver { Type = "qcow2" },
                            Target = new DomainDiskSource { Block = new DomainDiskSourceBlock { Dev = "/dev/block", SecLabel = { seclabel } } },
                        },
                        new() { Name = "vdextradisk", Backup = "no" },
                    },
                },
            },
        };

        Assert.Equal(Expected("backup-push-seclabel.xml"), backup.Marshal());
    }

    [Fact]
    public void Backup_with_neither_push_nor_pull_set_is_a_push_backup()
    {
        var backup = new DomainBackup
        {
            Push = new DomainBackupPush
            {
                Disks = new DomainBackupPushDisks
                {
                    Disks = { new() { Name = "vdextradisk", Backup = "yes", BackupMode = "full", Target = new DomainDiskSource { File = new DomainDiskSourceFile { File = "/fake/vdextradisk.qcow2.SUFFIX" } } } },
                },
            },
        };

        Assert.Equal(Expected("empty.xml"), backup.Marshal());
        Assert.Equal("<domainbackup mode='push'/>\n", new DomainBackup().Marshal());
    }

    [Fact]
    public void A_disk_type_set_in_code_is_written_without_a_target()
    {
        var disk = new DomainBackupPushDisk { Name = "vda", Type = "file" };

        var xml = new DomainBackup { Push = new DomainBackupPush { Disks = new DomainBackupPushDisks { Disks = { disk } } } }.Marshal();

        Assert.Contains("<disk name='vda' type='file'/>", xml);
    }
}

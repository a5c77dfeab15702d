using System.Globalization;

namespace LibvirtXml.Benchmarks.Documents;

/// <summary>
/// Backups built in code with the generated model and printed by <c>Marshal</c>, so they are in libvirt's canonical
/// format (the benchmarks check before running that they read back to the same text).
/// </summary>
public static class GeneratedBackups
{
    private const string Checkpoint = "1525889631";

    /// <summary>
    /// A pull backup over TLS with 16 disks (about 4 KB): file and block scratch areas, full and incremental,
    /// half of them encrypted, some with a security label, and two disks left out.
    /// </summary>
    public static string MediumPullBackup()
    {
        var disks = new DomainBackupPullDisks();
        for (var i = 0; i < 16; i++)
        {
            var name = "vd" + (char)('a' + i);
            if (i % 8 == 7)
            {
                disks.Disks.Add(new DomainBackupPullDisk { Name = name, Backup = "no" });
                continue;
            }

            var block = i % 4 == 3;
            var scratch = block
                ? new DomainDiskSource { Block = new DomainDiskSourceBlock { Dev = "/dev/mapper/scratch-" + name } }
                : new DomainDiskSource { File = new DomainDiskSourceFile { File = "/var/lib/libvirt/scratch/" + name + ".qcow2" } };
            if (i % 2 == 0)
            {
                scratch.Encryption = new DomainDiskEncryption
                {
                    Format = "luks",
                    Secrets = { new DomainDiskSecret { Type = "passphrase", Usage = "/storage/backup/" + name } },
                };
            }

            if (i % 3 == 0)
            {
                (scratch.File?.SecLabel ?? scratch.Block!.SecLabel).Add(new DomainDeviceSecLabel { Model = "dac", Relabel = "no" });
            }

            var incremental = i % 2 == 1;
            disks.Disks.Add(new DomainBackupPullDisk
            {
                Name = name,
                Backup = "yes",
                BackupMode = incremental ? "incremental" : "full",
                Incremental = incremental ? Checkpoint : null,
                ExportName = "export-" + name,
                ExportBitmap = incremental ? "bitmap-" + name : null,
                Driver = new DomainBackupDiskDriver { Type = "qcow2" },
                Scratch = scratch,
            });
        }

        return new DomainBackup
        {
            Incremental = Checkpoint,
            Pull = new DomainBackupPull
            {
                Server = new DomainBackupPullServer { TLS = "yes", TCP = new DomainBackupPullServerTCP { Name = "backup.example.org", Port = 10809 } },
                Disks = disks,
            },
        }.Marshal();
    }

    /// <summary>
    /// A push backup of 200 file disks (about 31 KB), every fourth one incremental, the rest full, each with a
    /// driver and a target file: the kind of document a host with many disks exchanges with libvirt.
    /// </summary>
    public static string LargePushBackup()
    {
        var disks = new DomainBackupPushDisks();
        for (var i = 0; i < 200; i++)
        {
            var name = "sd" + i.ToString("000", CultureInfo.InvariantCulture);
            var incremental = i % 4 == 0;
            disks.Disks.Add(new DomainBackupPushDisk
            {
                Name = name,
                Backup = "yes",
                BackupMode = incremental ? "incremental" : "full",
                Incremental = incremental ? Checkpoint : null,
                Driver = new DomainBackupDiskDriver { Type = "qcow2" },
                Target = new DomainDiskSource { File = new DomainDiskSourceFile { File = "/backup/" + name + ".qcow2" } },
            });
        }

        return new DomainBackup { Incremental = Checkpoint, Push = new DomainBackupPush { Disks = disks } }.Marshal();
    }
}

using System.Collections.Generic;
using System.Linq;
using CsCheck;

namespace LibvirtXml.Tests;

/// <summary>
/// Random DomainBackup object graphs that domainbackup.rng accepts, built from the grammar's rules: disk names from
/// diskTargetDev's patterns, absolute paths, the disk branches of push and pull, every transport, seclabel branches,
/// encryption with one secret and cipher/ivgen together, and free text with characters that need escaping.
/// </summary>
internal static class BackupGenerators
{
    // Free text: letters, digits and what XML must escape, including whitespace a round trip must keep.
    private static readonly Gen<string> Text = Gen.String[Gen.Char["abcXYZ019 <>&'\"\t\n.-_:/"], 1, 12];

    private static readonly Gen<string> DiskName = Gen.OneOf(
        Gen.Select(Gen.OneOf("fd", "hd", "sd", "vd", "xvd", "ubd"), Gen.String[Gen.Char["abcxyz019_"], 1, 4], (prefix, rest) => prefix + rest),
        Gen.Select(Gen.Int[0, 9], Gen.Int[1, 9], Gen.Int[0, 3], (controller, ns, partition) => $"nvme{controller}n{ns}" + (partition == 0 ? "" : $"p{partition}")));

    private static readonly Gen<string> AbsolutePath = Gen.String[Gen.Char["abcxyz019._- "], 1, 10].Select(name => "/var/lib/backup/" + name);

    private static readonly Gen<string> Uuid = Gen.Guid.Select(guid => guid.ToString());

    private static readonly Gen<DomainDeviceSecLabel> SecLabel = Gen.OneOf(
        Gen.Const(() => new DomainDeviceSecLabel { Model = "dac", Relabel = "no" }),
        Gen.Const(() => new DomainDeviceSecLabel { Model = "selinux", LabelSkip = "yes" }),
        Gen.Select(Text.List[1, 3], Gen.Bool, (labels, relabel) => new DomainDeviceSecLabel { Relabel = relabel ? "yes" : null, Labels = labels }));

    private static readonly Gen<DomainDiskEncryption> Encryption = Gen.Select(Gen.Bool, Gen.Bool, Uuid, Text, Gen.Bool,
        (engine, byUuid, uuid, usage, cipher) => new DomainDiskEncryption
        {
            Format = "luks",
            Engine = engine ? "qemu" : null,
            Secrets = { new DomainDiskSecret { Type = "passphrase", UUID = byUuid ? uuid : null, Usage = byUuid ? null : usage } },
            Cipher = cipher ? new DomainDiskEncryptionCipher { Name = "aes", Size = 256, Mode = "xts", Hash = "sha256" } : null,
            IVGen = cipher ? new DomainDiskEncryptionIVGen { Name = "plain64", Hash = "sha256" } : null,
        });

    private static Gen<DomainDiskSource> Source(bool block) => Gen.Select(AbsolutePath, SecLabel.List[0, 2], Encryption.Null(0.5),
        (path, labels, encryption) => block
            ? new DomainDiskSource { Block = new DomainDiskSourceBlock { Dev = path, SecLabel = labels }, Encryption = encryption }
            : new DomainDiskSource { File = new DomainDiskSourceFile { File = path, SecLabel = labels }, Encryption = encryption });

    /// <summary>backupDiskMode: nothing, full, or (incremental) with an optional checkpoint name.</summary>
    private static readonly Gen<(string? Mode, string? Incremental)> DiskMode = Gen.OneOf(
        Gen.Const<(string?, string?)>((null, null)),
        Gen.Const<(string?, string?)>(("full", null)),
        Gen.Select(Gen.Bool, Text.Null(0.3), (explicitMode, checkpoint) => ((string?)(explicitMode ? "incremental" : null), checkpoint)));

    private static readonly string[] PushFormats = { "raw", "dir", "bochs", "cloop", "dmg", "iso", "vpc", "vdi", "fat", "vhd", "ploop", "luks", "cow", "qcow", "qcow2", "qed", "vmdk" };

    private static readonly Gen<DomainBackupPushDisk> PushDisk = Gen.Select(DiskName, DiskMode, Gen.Int[0, 3], Gen.Bool, Source(false), Source(true), Gen.OneOf(PushFormats).Null(0.4), Gen.Bool,
        (name, mode, branch, backupYes, file, block, format, target) =>
        {
            var disk = new DomainBackupPushDisk { Name = name, BackupMode = mode.Mode, Incremental = mode.Incremental };
            switch (branch)
            {
                case 0:
                    disk.Backup = "no";
                    break;
                case 1:
                    disk.Backup = backupYes ? "yes" : null;
                    break;
                default:
                    disk.Backup = backupYes ? "yes" : null;
                    disk.Type = branch == 2 ? "file" : "block";
                    disk.Target = target ? (branch == 2 ? file : block) : null;
                    disk.Driver = format is null ? null : new DomainBackupDiskDriver { Type = format };
                    break;
            }
            return disk;
        });

    private static readonly Gen<DomainBackupPullDisk> PullDisk = Gen.Select(DiskName, DiskMode, Gen.Int[0, 3], Gen.Bool, Source(false), Source(true), Text.Null(0.5), Text.Null(0.5),
        (name, mode, branch, driver, file, block, exportName, exportBitmap) =>
        {
            var disk = new DomainBackupPullDisk { Name = name, BackupMode = mode.Mode, Incremental = mode.Incremental, ExportName = exportName, ExportBitmap = exportBitmap };
            switch (branch)
            {
                case 0:
                    disk.Backup = "no";
                    break;
                case 1:
                    // The pull grammar's first optional group: backup and type come together or not at all.
                    disk.Scratch = file;
                    disk.Driver = driver ? new DomainBackupDiskDriver { Type = "qcow2" } : null;
                    break;
                case 2:
                    disk.Backup = "yes";
                    disk.Type = "file";
                    break;
                default:
                    disk.Backup = driver ? "yes" : null;
                    disk.Type = "block";
                    disk.Scratch = block;
                    disk.Driver = new DomainBackupDiskDriver { Type = "qcow2" };
                    break;
            }
            return disk;
        });

    private static readonly Gen<string> ServerName = Gen.OneOf(
        Gen.String[Gen.Char["abcxyz019.-"], 1, 12],
        Gen.Select(Gen.Int[0, 255], Gen.Int[0, 255], Gen.Int[0, 255], Gen.Int[0, 255], (a, b, c, d) => $"{a}.{b}.{c}.{d}"),
        Gen.OneOf("::1", "fe80::1", "2001:db8::8a2e:370:7334"));

    private static readonly Gen<DomainBackupPullServer> Server = Gen.Select(Gen.OneOf("yes", "no").Null(0.5), Gen.Int[0, 2], ServerName, Gen.UInt.Nullable(0.3), AbsolutePath, Text,
        (tls, transport, name, port, socket, fdGroup) => transport switch
        {
            0 => new DomainBackupPullServer { TLS = tls, TCP = new DomainBackupPullServerTCP { Name = name, Port = port } },
            1 => new DomainBackupPullServer { TLS = tls, UNIX = new DomainBackupPullServerUNIX { Socket = socket } },
            _ => new DomainBackupPullServer { TLS = tls, FD = new DomainBackupPullServerFD { FDGroup = fdGroup } },
        });

    public static readonly Gen<DomainBackup> Backup = Gen.Select(Gen.Bool, Text.Null(0.5), PushDisk.List[1, 4].Null(0.2), Server, PullDisk.List[1, 4].Null(0.2),
        (push, incremental, pushDisks, server, pullDisks) => push
            ? new DomainBackup { Incremental = incremental, Push = new DomainBackupPush { Disks = pushDisks is null ? null : new DomainBackupPushDisks { Disks = pushDisks } } }
            : new DomainBackup { Incremental = incremental, Pull = new DomainBackupPull { Server = server, Disks = pullDisks is null ? null : new DomainBackupPullDisks { Disks = pullDisks } } });
}

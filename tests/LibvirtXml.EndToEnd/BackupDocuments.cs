namespace LibvirtXml.EndToEnd;

/// <summary>The backup and checkpoint documents the tests give libvirt, built with the generated API.</summary>
internal static class BackupDocuments
{
    /// <summary>The test domain's only disk.</summary>
    public const string Disk = "vda";

    public static DomainBackup FullPush(string target) => new()
    {
        Push = new DomainBackupPush
        {
            Disks = new DomainBackupPushDisks
            {
                Disks = { new DomainBackupPushDisk { Name = Disk, Backup = "yes", Driver = Qcow2(), Target = File(target) } },
            },
        },
    };

    public static DomainBackup IncrementalPush(string checkpoint, string target) => new()
    {
        Incremental = checkpoint,
        Push = new DomainBackupPush
        {
            Disks = new DomainBackupPushDisks
            {
                Disks =
                {
                    new DomainBackupPushDisk
                    {
                        Name = Disk, Backup = "yes", BackupMode = "incremental", Incremental = checkpoint,
                        Driver = Qcow2(), Target = File(target),
                    },
                },
            },
        },
    };

    public static DomainBackup FullPull(string socket, string exportName, string scratch) => new()
    {
        Pull = new DomainBackupPull
        {
            Server = UnixServer(socket),
            Disks = new DomainBackupPullDisks
            {
                Disks = { new DomainBackupPullDisk { Name = Disk, Backup = "yes", ExportName = exportName, Driver = Qcow2(), Scratch = File(scratch) } },
            },
        },
    };

    public static DomainBackup IncrementalPull(string checkpoint, string socket, string exportName, string exportBitmap, string scratch) => new()
    {
        Incremental = checkpoint,
        Pull = new DomainBackupPull
        {
            Server = UnixServer(socket),
            Disks = new DomainBackupPullDisks
            {
                Disks =
                {
                    new DomainBackupPullDisk
                    {
                        Name = Disk, Backup = "yes", BackupMode = "incremental", Incremental = checkpoint,
                        ExportName = exportName, ExportBitmap = exportBitmap, Driver = Qcow2(), Scratch = File(scratch),
                    },
                },
            },
        },
    };

    /// <summary>A checkpoint that tracks the disk's changes in a bitmap named after the checkpoint (libvirt's default).</summary>
    public static DomainCheckpoint Checkpoint(string name, string? description = null) => new()
    {
        Name = name,
        Description = description,
        Disks = new DomainCheckpointDisks { Disks = { new DomainCheckpointDisk { Name = Disk, Checkpoint = "bitmap" } } },
    };

    private static DomainBackupPullServer UnixServer(string socket) =>
        new() { UNIX = new DomainBackupPullServerUNIX { Socket = socket } };

    private static DomainBackupDiskDriver Qcow2() => new() { Type = "qcow2" };

    private static DomainDiskSource File(string path) => new() { File = new DomainDiskSourceFile { File = path } };
}

using System.Collections.Generic;
using LibvirtXml;

/// <summary>The examples of Go libvirtxml's DomainBackup documentation, with the same names in C#.</summary>
internal static class GoExamples
{
    /// <summary>A full push backup of vda to the raw file /path/to/vda.backup; vdb is not backed up.</summary>
    public static DomainBackup PushBackup() => new()
    {
        Push = new DomainBackupPush
        {
            Disks = new DomainBackupPushDisks
            {
                Disks = new List<DomainBackupPushDisk>
                {
                    new()
                    {
                        Name = "vda",
                        Backup = "yes",
                        Driver = new DomainBackupDiskDriver { Type = "raw" },
                        Target = new DomainDiskSource { File = new DomainDiskSourceFile { File = "/path/to/vda.backup" } },
                    },
                    new() { Name = "vdb", Backup = "no" },
                },
            },
        },
    };

    /// <summary>An incremental pull backup since checkpoint 1525889631, exported over NBD on localhost:12345.</summary>
    public static DomainBackup PullBackup() => new()
    {
        Incremental = "1525889631",
        Pull = new DomainBackupPull
        {
            Server = new DomainBackupPullServer
            {
                TCP = new DomainBackupPullServerTCP { Name = "localhost", Port = 12345 },
            },
            Disks = new DomainBackupPullDisks
            {
                Disks = new List<DomainBackupPullDisk>
                {
                    new()
                    {
                        Name = "vda",
                        Backup = "yes",
                        ExportName = "vda_export",
                        Driver = new DomainBackupDiskDriver { Type = "qcow2" },
                        Scratch = new DomainDiskSource { File = new DomainDiskSourceFile { File = "/path/to/vda.scratch" } },
                    },
                },
            },
        },
    };
}

using System;
using Backups.Library;
using LibvirtXml;

// The package reaches this project only through Backups.Library: its generator and MSBuild files work here all the same.
var backup = new DomainBackup
{
    Push = new DomainBackupPush
    {
        Disks = new DomainBackupPushDisks
        {
            Disks =
            {
                new DomainBackupPushDisk { Name = "vda", Backup = "yes", Target = BackupTargets.RawFile("/path/to/vda.backup") },
            },
        },
    },
};
Console.Out.Write(backup.Marshal());

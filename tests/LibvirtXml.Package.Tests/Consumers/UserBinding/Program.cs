using System;
using System.Collections.Generic;
using Acme.Backups;
using LibvirtXml;

// Go's pull example with the names of nbd.binding.xml, in the namespace that LibvirtXmlNamespace sets.
var backup = new DomainBackup
{
    Incremental = "1525889631",
    Pull = new DomainBackupPull
    {
        Server = new NbdServer { Tcp = new NbdServerTcp { Name = "localhost", Port = 12345 } },
        Disks = new DomainBackupPullDisks
        {
            Disks = new List<PullDisk>
            {
                new()
                {
                    Name = "vda",
                    Backup = "yes",
                    NbdExportName = "vda_export",
                    Driver = new DomainBackupDiskDriver { Type = "qcow2" },
                    Scratch = new DomainDiskSource { File = new DomainDiskSourceFile { File = "/path/to/vda.scratch" } },
                },
            },
        },
    },
};
Console.Out.Write(backup.Marshal());

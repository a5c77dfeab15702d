using System;
using System.IO;
using LibvirtXml;

// Built from Debian's libvirt 9.0.0 schemas, which know no fd transport (it came with libvirt 11.3.0).
Console.WriteLine("TCP: " + (typeof(DomainBackupPullServer).GetProperty("TCP") is null ? "absent" : "present"));
Console.WriteLine("UNIX: " + (typeof(DomainBackupPullServer).GetProperty("UNIX") is null ? "absent" : "present"));
Console.WriteLine("FD: " + (typeof(DomainBackupPullServer).GetProperty("FD") is null ? "absent" : "present"));
foreach (var file in args)
{
    try
    {
        var backup = DomainBackup.Parse(File.ReadAllText(file));
        Console.WriteLine($"{Path.GetFileName(file)}: read, server {backup.Pull?.Server?.TCP?.Name}:{backup.Pull?.Server?.TCP?.Port}");
    }
    catch (LibvirtXmlException e)
    {
        Console.WriteLine($"{Path.GetFileName(file)}: rejected: {e.Message.Replace('\n', ' ')}");
    }
}

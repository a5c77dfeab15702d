using System;
using System.IO;
using LibvirtXml;

namespace LibvirtXml.Sample;

/// <summary>
/// <c>example push|pull</c> prints the two backups of Go libvirtxml's documentation, built in C#;
/// <c>roundtrip FILE</c> prints Marshal(Unmarshal(FILE)); <c>disks FILE</c> lists the disks and whether each is backed up
/// (through <see cref="IBackupDisk"/>, which Customization.cs adds to the generated classes).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        try
        {
            switch (args)
            {
                case ["example", "push"]:
                    Console.Out.Write(Examples.PushBackup().Marshal());
                    return 0;
                case ["example", "pull"]:
                    Console.Out.Write(Examples.PullBackup().Marshal());
                    return 0;
                case ["roundtrip", var file]:
                    Console.Out.Write(DomainBackup.Parse(File.ReadAllText(file)).Marshal());
                    return 0;
                case ["disks", var file]:
                    foreach (var disk in Disks(DomainBackup.Parse(File.ReadAllText(file))))
                        Console.Out.WriteLine($"{disk.Name}\t{(disk.IsBackedUp ? "backed up" : "left out")}");
                    return 0;
                default:
                    Console.Error.WriteLine("error: usage: LibvirtXml.Sample example push|pull | roundtrip FILE | disks FILE");
                    return 1;
            }
        }
        catch (Exception e) when (e is LibvirtXmlException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine("error: " + OneLine(e.Message));
            return 1;
        }
    }

    private static System.Collections.Generic.IEnumerable<IBackupDisk> Disks(DomainBackup backup) =>
        (System.Collections.Generic.IEnumerable<IBackupDisk>?)backup.Push?.Disks?.Disks ?? backup.Pull?.Disks?.Disks ?? new System.Collections.Generic.List<DomainBackupPullDisk>();

    private static string OneLine(string message) => message.Replace("\r", " ").Replace("\n", " ");
}

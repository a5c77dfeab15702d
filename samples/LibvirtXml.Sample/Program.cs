using System;
using System.IO;
using LibvirtXml;

namespace LibvirtXml.Sample;

/// <summary>
/// <c>example push|pull</c> prints the two backups of Go libvirtxml's documentation, built in C#;
/// <c>roundtrip FILE</c> prints Marshal(Unmarshal(FILE)).
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
                default:
                    Console.Error.WriteLine("error: usage: LibvirtXml.Sample example push|pull | roundtrip FILE");
                    return 1;
            }
        }
        catch (Exception e) when (e is LibvirtXmlException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine("error: " + OneLine(e.Message));
            return 1;
        }
    }

    private static string OneLine(string message) => message.Replace("\r", " ").Replace("\n", " ");
}

using System;
using System.IO;
using LibvirtXml;

// `push` and `pull` print Go libvirtxml's two DomainBackup documentation examples, built with the generated C# API;
// `describe FILE` unmarshals a backup document and prints what it holds.
switch (args)
{
    case ["push"]:
        Console.Out.Write(GoExamples.PushBackup().Marshal());
        return 0;
    case ["pull"]:
        Console.Out.Write(GoExamples.PullBackup().Marshal());
        return 0;
    case ["describe", var file]:
        var backup = new DomainBackup();
        backup.Unmarshal(File.ReadAllText(file));
        Console.Out.Write(BackupDescription.Describe(backup));
        return 0;
    default:
        Console.Error.WriteLine("usage: push | pull | describe FILE");
        return 2;
}

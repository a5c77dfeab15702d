using System;
using System.IO;
using System.Linq;
using LibvirtXml;

// The first DomainBackup Parse and Marshal of the process, and nothing else: what the JIT compiles while this program
// runs is what a user's first call pays for. The first line says which copy of the runtime the host loaded.
// With --loaded-assemblies, the names of the assemblies that Parse and Marshal loaded follow instead of the document.
Console.WriteLine(typeof(LibvirtXmlException).Assembly.Location);
var xml = File.ReadAllText(args[0]);
var before = LoadedAssemblies();
var backup = DomainBackup.Parse(xml);
var text = backup.Marshal();
if (args.Length > 1 && args[1] == "--loaded-assemblies")
{
    foreach (var name in LoadedAssemblies().Except(before).Order())
        Console.WriteLine(name);
    return;
}

Console.Write(text);

static string[] LoadedAssemblies() => AppDomain.CurrentDomain.GetAssemblies().Select(assembly => assembly.GetName().Name!).ToArray();

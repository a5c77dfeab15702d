using System;
using System.IO;
using LibvirtXml;

// The first DomainBackup Parse and Marshal of the process, and nothing else: what the JIT compiles while this program
// runs is what a user's first call pays for. The first line says which copy of the runtime the host loaded.
Console.WriteLine(typeof(LibvirtXmlException).Assembly.Location);
var backup = DomainBackup.Parse(File.ReadAllText(args[0]));
Console.Write(backup.Marshal());

using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using LibvirtXml.Package.Tests.Infrastructure;

namespace LibvirtXml.Package.Tests;

/// <summary>
/// The package's runtime is precompiled for linux-x64: a plain (JIT) program's first Parse and Marshal runs the
/// runtime's ReadyToRun code instead of compiling it. Only the generated classes, which live in the program, are compiled.
/// </summary>
[Collection(PackageCollection.Name)]
public class ReadyToRunTests(PackageFeed feed)
{
    private const string Project = "ReadyToRun.csproj";

    [Fact]
    public void A_net10_program_JIT_compiles_none_of_the_runtimes_own_methods_in_its_first_Parse_and_Marshal()
    {
        Assert.True(RuntimeInformation.RuntimeIdentifier == "linux-x64", $"the package precompiles for linux-x64, this is {RuntimeInformation.RuntimeIdentifier}");
        var consumer = BuildConsumer();
        var document = Path.Combine(TestPaths.BackupCorpusOut, "backup-pull-encrypted.xml");

        var (precompiled, loaded) = RunAndListJitCompiledMethods(consumer, document, readyToRun: true);
        var (jitOnly, _) = RunAndListJitCompiledMethods(consumer, document, readyToRun: false);

        // The build copies lib/net10.0 beside the program and the precompiled copy under runtimes/linux-x64/lib/net10.0;
        // the host, on linux-x64, loads the latter although the program was built for no particular platform.
        Assert.Equal(Path.Combine(consumer.OutputDirectory(Project), "runtimes", "linux-x64", "lib", "net10.0", "LibvirtXml.dll"), loaded);
        var runtime = File.ReadAllBytes(loaded);
        Assert.Equal(PackageFeed.ReadEntry(feed.PackagePath, "runtimes/linux-x64/lib/net10.0/LibvirtXml.dll"), runtime);
        var runtimeTypes = NativeCode.NonGenericTypeNames(runtime);

        // The control: with precompiled code switched off, the same run compiles runtime methods, and this check sees them.
        Assert.Contains(jitOnly, method => IsRuntimeMethod(method, runtimeTypes));
        // The program's own generated classes are compiled either way (the summary is read).
        Assert.Contains(precompiled, method => method.Type == "LibvirtXml.DomainBackup");
        // A method running hot may be compiled again at tier 1, precompiled or not; every other compilation of a
        // runtime method means that its precompiled code is missing or was rejected.
        var compiledRuntimeMethods = precompiled.Where(method => IsRuntimeMethod(method, runtimeTypes) && !method.IsTier1Recompilation).Select(method => method.Line).ToList();
        Assert.True(compiledRuntimeMethods.Count == 0,
            $"the JIT compiled {compiledRuntimeMethods.Count} of the runtime's methods:\n{string.Join("\n", compiledRuntimeMethods)}");
    }

    [Fact]
    public void A_first_Parse_and_Marshal_of_a_string_loads_no_XML_assembly_of_the_framework_unless_the_document_has_unknown_content()
    {
        // Loading System.Private.Xml and LINQ to XML costs a fresh process more than a millisecond; the runtime's own
        // parser and the generated code keep them out until a document needs them.
        var consumer = BuildConsumer();
        var known = Path.Combine(TestPaths.BackupCorpusOut, "backup-pull-encrypted.xml");
        var unknown = consumer.PathOf("unknown-attribute.xml");
        File.WriteAllText(unknown, File.ReadAllText(known).Replace("<domainbackup ", "<domainbackup extra='kept' ", System.StringComparison.Ordinal));

        var loadedForKnown = LoadedAssemblies(consumer, known);
        var loadedForUnknown = LoadedAssemblies(consumer, unknown);

        string[] xml = ["System.Private.Xml", "System.Private.Xml.Linq", "System.Xml.ReaderWriter", "System.Xml.XDocument"];
        Assert.Empty(loadedForKnown.Intersect(xml));
        // The control: the same check sees LINQ to XML, which keeps the unknown attribute.
        Assert.Contains("System.Private.Xml.Linq", loadedForUnknown);
        // The facades of types the runtime could use without need (MemoryExtensions, generic Interlocked) stay unloaded too.
        Assert.DoesNotContain("System.Memory", loadedForKnown);
        Assert.DoesNotContain("System.Threading", loadedForKnown);
    }

    private Consumer BuildConsumer()
    {
        var consumer = new Consumer(feed, "ready-to-run");
        consumer.CopySources("ReadyToRun");
        consumer.Write(Project, ConsumerProjects.Program("", $"""
            {ConsumerProjects.PackageReference}
            <LibvirtSchema Include="{TestPaths.UpstreamBackupSchema}" />
            """));
        consumer.BuildSuccessfully(Project);
        return consumer;
    }

    /// <summary>The names of the assemblies that the program's first Parse and Marshal of <paramref name="document"/> loaded.</summary>
    private static IReadOnlyList<string> LoadedAssemblies(Consumer consumer, string document)
    {
        var run = consumer.Run(Project, document, "--loaded-assemblies");
        Assert.True(run.ExitCode == 0 && run.Error.Length == 0, $"the consumer failed:\n{run}");
        var names = run.Output.Split('\n', System.StringSplitOptions.RemoveEmptyEntries | System.StringSplitOptions.TrimEntries).Skip(1).ToList();
        return names;
    }

    private static bool IsRuntimeMethod(JitCompiledMethod method, IReadOnlySet<string> runtimeTypes) =>
        runtimeTypes.Contains(method.Type) && !method.IsGenericMethod;

    /// <summary>Runs the program with the JIT's summary on; returns the summary and the path of the runtime it loaded.</summary>
    private static (IReadOnlyList<JitCompiledMethod> Methods, string Runtime) RunAndListJitCompiledMethods(Consumer consumer, string document, bool readyToRun)
    {
        var summary = consumer.PathOf(readyToRun ? "jit-precompiled.txt" : "jit-only.txt");
        var environment = new Dictionary<string, string>
        {
            ["DOTNET_JitStdOutFile"] = summary,
            ["DOTNET_JitDisasmSummary"] = "1",
            // 0 makes the runtime ignore all ReadyToRun code, the framework's too; 1 is the default.
            ["DOTNET_ReadyToRun"] = readyToRun ? "1" : "0",
        };

        var run = consumer.Run(Project, environment, document);

        Assert.True(run.ExitCode == 0 && run.Error.Length == 0, $"the consumer failed:\n{run}");
        var firstLine = run.Output.IndexOf('\n');
        Assert.Equal(File.ReadAllText(document), run.Output[(firstLine + 1)..]);
        Assert.True(File.Exists(summary), $"the runtime wrote no JIT summary to {summary}");
        return (NativeCode.ReadJitSummary(summary), run.Output[..firstLine]);
    }
}

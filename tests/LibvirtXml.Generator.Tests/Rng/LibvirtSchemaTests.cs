using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using LibvirtXml.Generator.Rng;

namespace LibvirtXml.Generator.Tests.Rng;

/// <summary>Every grammar libvirt ships loads cleanly: no errors, and every ref names a define.</summary>
public class LibvirtSchemaTests
{
    public static IEnumerable<object[]> Upstream() => Names(SchemaFiles.UpstreamSchemas).Where(name => name != "sysinfo.rng").Select(name => new object[] { name });

    public static IEnumerable<object[]> Debian900() => Names(SchemaFiles.Debian900Schemas).Select(name => new object[] { name });

    public static IEnumerable<object[]> Installed() => Names(SchemaFiles.InstalledSchemas).Select(name => new object[] { name });

    [Theory]
    [MemberData(nameof(Upstream))]
    public void UpstreamSchemaLoads(string fileName) => AssertLoads(SchemaFiles.UpstreamSchemas, fileName);

    [Theory]
    [MemberData(nameof(Debian900))]
    public void Debian900SchemaLoads(string fileName) => AssertLoads(SchemaFiles.Debian900Schemas, fileName);

    [Theory]
    [MemberData(nameof(Installed))]
    public void InstalledSchemaLoads(string fileName) => AssertLoads(SchemaFiles.InstalledSchemas, fileName);

    [Fact]
    public void AllTwentySixDebianSchemasAreThere()
    {
        Assert.Equal(26, Names(SchemaFiles.Debian900Schemas).Count());
        Assert.Equal(26, Names(SchemaFiles.InstalledSchemas).Count());
    }

    /// <summary>Libraries are checked for real where they are used: every one is part of a schema that loads cleanly.</summary>
    [Theory]
    [InlineData("upstream")]
    [InlineData("debian-9.0.0")]
    public void EveryLibraryIsPartOfACleanSchema(string set)
    {
        var directory = set == "upstream" ? SchemaFiles.UpstreamSchemas : SchemaFiles.Debian900Schemas;
        var files = SchemaFiles.ReadDirectory(directory);
        var results = files.Keys.Where(path => !path.EndsWith("sysinfo.rng")).ToDictionary(path => path, path => RngLoader.Load(path, files));

        var usedByCleanSchemas = results.Values.Where(result => result.Diagnostics.Count == 0)
            .SelectMany(result => result.Grammar!.AllPatterns()).Select(pattern => pattern.Span.Path).ToHashSet();
        var libraries = results.Where(pair => pair.Value.Grammar!.Start is NotAllowedPattern).Select(pair => pair.Key).ToList();

        Assert.Contains(libraries, path => path.EndsWith("domaincommon.rng"));
        Assert.All(libraries, library => Assert.Contains(library, usedByCleanSchemas));
    }

    [Fact]
    public void UpstreamSysinfoReportsAnLvxDiagnosticInsteadOfThrowing()
    {
        var files = SchemaFiles.ReadDirectory(SchemaFiles.UpstreamSchemas);
        var result = RngLoader.Load(Path.Combine(SchemaFiles.UpstreamSchemas, "sysinfo.rng"), files);

        Assert.True(result.HasErrors);
        Assert.All(result.Diagnostics, diagnostic => Assert.StartsWith("LVX", diagnostic.Id));
        Assert.Contains(result.Diagnostics, diagnostic => diagnostic.Span.Path.EndsWith("sysinfo.rng") && diagnostic.Span.Line > 0);
        Assert.NotNull(result.Grammar);
        AssertRefsResolve(result.Grammar!);
    }

    /// <summary>
    /// A schema with a start loads without errors. A library (no start: basictypes.rng, storagecommon.rng...) only
    /// warns that it has no start, and may name defines it expects its includer to bring (storagecommon.rng uses
    /// basictypes.rng's without including it): those must exist in another schema of the same set.
    /// </summary>
    private static void AssertLoads(string directory, string fileName)
    {
        var files = SchemaFiles.ReadDirectory(directory);
        var result = RngLoader.Load(Path.Combine(directory, fileName), files);

        Assert.NotNull(result.Grammar);
        var grammar = result.Grammar!;
        AssertRefsResolve(grammar);
        Assert.NotEmpty(grammar.Defines);
        Assert.Equal(grammar.Defines.Count, grammar.Defines.Select(define => define.Key).Distinct().Count());

        var isLibrary = result.Diagnostics.Any(diagnostic => diagnostic.IsWarning && diagnostic.Message.Contains("no <start>"));
        if (!isLibrary)
        {
            Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics));
            Assert.IsNotType<NotAllowedPattern>(grammar.Start);
            return;
        }

        Assert.IsType<NotAllowedPattern>(grammar.Start);
        var definedElsewhere = DefineNamesOfAllSchemas(directory, files);
        foreach (var diagnostic in result.Diagnostics.Where(diagnostic => !diagnostic.IsWarning))
        {
            Assert.Equal("LVX0003", diagnostic.Id);
            var name = diagnostic.Message.Split('\'')[1];
            Assert.True(definedElsewhere.Contains(name), $"{diagnostic} is defined by no schema of {directory}");
        }
    }

    private static readonly ConcurrentDictionary<string, HashSet<string>> DefineNamesByDirectory = new();

    private static HashSet<string> DefineNamesOfAllSchemas(string directory, Dictionary<string, string> files) =>
        DefineNamesByDirectory.GetOrAdd(directory, _ => files.Keys.Select(path => RngLoader.Load(path, files).Grammar)
            .SelectMany(grammar => grammar?.Defines ?? default)
            .Select(define => define.Name)
            .ToHashSet());

    internal static void AssertRefsResolve(Grammar grammar)
    {
        foreach (var reference in grammar.AllPatterns().OfType<RefPattern>())
        {
            Assert.True(grammar.FindDefine(reference.Key) is not null, $"ref '{reference.Key}' at {reference.Span} names no define");
        }
    }

    private static IEnumerable<string> Names(string directory) =>
        Directory.GetFiles(directory, "*.rng").Select(path => Path.GetFileName(path)!).OrderBy(name => name, System.StringComparer.Ordinal);
}

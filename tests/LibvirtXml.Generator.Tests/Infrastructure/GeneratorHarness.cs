using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LibvirtXml.Generator.Tests.Infrastructure;

/// <summary>A schema set as a consumer's build presents it to the generator: roots, the .rng files beside them, binding files.</summary>
internal sealed record GeneratorInput(IReadOnlyList<(string Path, string Role, string Text)> Files, string? Namespace = null)
{
    /// <summary>A root from a schema folder with every other .rng of that folder (as the package's targets add them) and the given binding files.</summary>
    public static GeneratorInput FromDirectory(string schemaDirectory, string root, params string[] bindingFiles)
    {
        var files = new List<(string, string, string)>();
        foreach (var file in Directory.GetFiles(schemaDirectory, "*.rng").OrderBy(f => f, System.StringComparer.Ordinal))
            files.Add((file, Path.GetFileName(file) == root ? "Root" : "Schema", File.ReadAllText(file)));
        foreach (var binding in bindingFiles)
            files.Add((binding, "Binding", File.ReadAllText(binding)));
        return new GeneratorInput(files);
    }

    /// <summary>The same files with one more root, as a second <c>LibvirtSchema</c> item makes it.</summary>
    public GeneratorInput WithRoot(string fileName) =>
        this with { Files = Files.Select(f => Path.GetFileName(f.Path) == fileName ? (f.Path, "Root", f.Text) : f).ToList() };

    public GeneratorInput Replace(string path, string text) =>
        this with { Files = Files.Select(f => f.Path == path ? (f.Path, f.Role, text) : f).ToList() };
}

/// <summary>Runs the generator in-process, as the compiler does, and compiles what it produced.</summary>
internal static class GeneratorHarness
{
    public static CSharpCompilation CreateCompilation(params string[] sources) => CreateCompilation(LanguageVersion.Latest, sources);

    public static CSharpCompilation CreateCompilation(LanguageVersion languageVersion, params string[] sources)
    {
        var references = Net100.References.All.Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(global::LibvirtXml.DomainDiskSource).Assembly.Location));
        return CSharpCompilation.Create("Consumer",
            sources.Select(s => CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(languageVersion))),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, warningLevel: 9999)
                // As the .NET SDK does: assembly version unification is not a problem of the code.
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress }));
    }

    public static GeneratorDriver CreateDriver(GeneratorInput input, LanguageVersion languageVersion = LanguageVersion.Latest) =>
        CreateDriver(input, input.Files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)), languageVersion);

    public static GeneratorDriver CreateDriver(GeneratorInput input, IEnumerable<AdditionalText> texts, LanguageVersion languageVersion = LanguageVersion.Latest, bool trackSteps = true) =>
        CSharpGeneratorDriver.Create(
            new[] { new LibvirtXmlGenerator().AsSourceGenerator() },
            texts,
            new CSharpParseOptions(languageVersion),
            Options(input),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    public static TestOptionsProvider Options(GeneratorInput input)
    {
        var globals = new Dictionary<string, string>();
        if (input.Namespace is not null) globals["build_property.LibvirtXmlNamespace"] = input.Namespace;
        return new TestOptionsProvider(input.Files.ToDictionary(f => f.Path, f => f.Role), globals);
    }

    /// <summary>Runs the generator once and compiles its output with the given consumer code.</summary>
    public static GeneratorRun Run(GeneratorInput input, params string[] consumerSources) => Run(input, LanguageVersion.Latest, consumerSources);

    /// <summary>Runs the generator once for a consumer that compiles as <paramref name="languageVersion"/>.</summary>
    public static GeneratorRun Run(GeneratorInput input, LanguageVersion languageVersion, params string[] consumerSources)
    {
        var compilation = CreateCompilation(languageVersion, consumerSources);
        var driver = CreateDriver(input, languageVersion).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        return new GeneratorRun(driver.GetRunResult(), output, generatorDiagnostics);
    }
}

internal sealed record GeneratorRun(GeneratorDriverRunResult Result, Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    public IReadOnlyDictionary<string, string> Sources =>
        Result.Results.SelectMany(r => r.GeneratedSources).ToDictionary(s => s.HintName, s => s.SourceText.ToString());

    public IEnumerable<Diagnostic> CompilationDiagnostics => Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning);

    public INamedTypeSymbol? Type(string name) => Output.GetTypeByMetadataName("LibvirtXml." + name);
}

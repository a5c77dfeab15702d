using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace LibvirtXml.Generator.Benchmarks;

/// <summary>
/// What a consumer's build hands the generator for <c>&lt;LibvirtSchema Include="domainbackup.rng"/&gt;</c> against libvirt's
/// upstream schema folder: the root, every other .rng beside it (as the package's targets add them), the project's binding files,
/// and a compilation that references the runtime like a real project.
/// </summary>
internal sealed class GeneratorInputs
{
    public GeneratorInputs()
    {
        var schemas = Path.Combine(Metadata("LibvirtSharedDirectory"), "schemas");
        var bindings = Path.Combine(Metadata("RepositoryRoot"), "schemas");
        var files = Directory.GetFiles(schemas, "*.rng").OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (Path: f, Role: Path.GetFileName(f) == "domainbackup.rng" ? "Root" : "Schema"))
            .Concat(Directory.GetFiles(bindings, "*.binding.xml").OrderBy(f => f, StringComparer.Ordinal).Select(f => (Path: f, Role: "Binding")))
            .ToList();
        Texts = files.Select(f => (AdditionalText)new FileText(f.Path, File.ReadAllText(f.Path))).ToImmutableArray();
        Options = new RoleOptions(files.ToDictionary(f => f.Path, f => f.Role));
        ParseOptions = new CSharpParseOptions(LanguageVersion.Latest);

        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).Where(p => p.EndsWith(".dll", StringComparison.Ordinal));
        var references = platform.Append(typeof(global::LibvirtXml.DomainDiskSource).Assembly.Location).Distinct().Select(p => MetadataReference.CreateFromFile(p));
        Compilation = CSharpCompilation.Create("Consumer", new[] { Code(0) }, references, new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
    }

    public ImmutableArray<AdditionalText> Texts { get; }

    public AnalyzerConfigOptionsProvider Options { get; }

    public CSharpParseOptions ParseOptions { get; }

    public CSharpCompilation Compilation { get; }

    public GeneratorDriver CreateDriver() =>
        CSharpGeneratorDriver.Create(new[] { new LibvirtXmlGenerator().AsSourceGenerator() }, Texts, ParseOptions, Options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    /// <summary>The consumer's code after its <paramref name="edit"/>-th keystroke: nothing a schema depends on.</summary>
    public CSharpCompilation Edited(int edit) => Compilation.ReplaceSyntaxTree(Compilation.SyntaxTrees.Single(), Code(edit));

    private SyntaxTree Code(int edit) => CSharpSyntaxTree.ParseText(
        $"using LibvirtXml; class Program {{ static int Edits = {edit}; static void Main() => System.Console.WriteLine(new DomainBackup().Marshal()); }}", ParseOptions);

    private static string Metadata(string key) =>
        typeof(GeneratorInputs).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    private sealed class FileText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    /// <summary>The LibvirtXmlRole metadata the package's targets give each additional file.</summary>
    private sealed class RoleOptions(Dictionary<string, string> roles) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Values(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            new Values(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.LibvirtXmlRole"] = roles[textFile.Path] });

        private sealed class Values(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}

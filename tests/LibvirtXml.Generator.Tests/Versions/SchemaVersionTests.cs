using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using LibvirtXml.Generator.Tests.Coverage;
using LibvirtXml.Generator.Tests.Infrastructure;
using Xunit.Abstractions;

namespace LibvirtXml.Generator.Tests.Versions;

/// <summary>
/// One binding file, two libvirt versions: 9.0.0 (Debian 12's libvirt0, /usr/share/libvirt/schemas) and upstream.
/// Each generates and compiles, the APIs differ exactly where the grammars do (upstream adds the fd transport), and each
/// version's generated code round-trips every document of libvirt's corpus that its own grammar accepts.
/// </summary>
public class SchemaVersionTests(ITestOutputHelper output)
{
    private static readonly Lazy<GrammarVersion> Debian900 = new(() => GrammarVersion.Generate(TestPaths.Debian900Schemas, "debian-9.0.0"));
    private static readonly Lazy<GrammarVersion> Upstream = new(() => GrammarVersion.Generate(TestPaths.UpstreamSchemas, "upstream"));

    private static GrammarVersion Version(string name) => name == "upstream" ? Upstream.Value : Debian900.Value;

    private static string CorpusIn(string file) => Path.Combine(TestPaths.Shared, "tests", "domainbackupxml2xmlin", file);

    private static string CorpusOut(string file) => Path.Combine(TestPaths.Shared, "tests", "domainbackupxml2xmlout", file);

    /// <summary>libvirt's backup corpus, in and out, without the files that carry libvirt-internal content.</summary>
    private static IReadOnlyList<string> Corpus() =>
        new[] { "domainbackupxml2xmlin", "domainbackupxml2xmlout" }
            .SelectMany(folder => Directory.GetFiles(Path.Combine(TestPaths.Shared, "tests", folder), "*.xml"))
            .Where(file => !Path.GetFileName(file).Contains("-invalid"))
            .OrderBy(file => file, StringComparer.Ordinal)
            .ToList();

    [Theory]
    [InlineData("debian-9.0.0")]
    [InlineData("upstream")]
    public void Each_version_generates_without_diagnostics_and_compiles_without_warnings(string version)
    {
        var run = Version(version).Run;

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.NotEmpty(run.Sources);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void The_public_apis_differ_exactly_by_the_fd_transport()
    {
        var old = PublicApi.Of(Debian900.Value.Run.Output);
        var @new = PublicApi.Of(Upstream.Value.Run.Output);

        var added = @new.Except(old).ToList();
        var removed = old.Except(@new).ToList();
        output.WriteLine("added:\n  " + string.Join("\n  ", added) + "\nremoved:\n  " + string.Join("\n  ", removed));

        Assert.Empty(removed);
        Assert.Equal(new[]
        {
            "class LibvirtXml.DomainBackupPullServerFD : ",
            "public LibvirtXml.DomainBackupPullServerFD.DomainBackupPullServerFD()",
            "public LibvirtXml.DomainBackupPullServerFD? LibvirtXml.DomainBackupPullServer.FD { get; set; }",
            "public string? LibvirtXml.DomainBackupPullServerFD.FDGroup { get; set; }",
        }.OrderBy(l => l, StringComparer.Ordinal), added.OrderBy(l => l, StringComparer.Ordinal));
        // The listing covers the whole generated API, methods included: the comparison is not vacuous.
        Assert.Contains("public static LibvirtXml.DomainBackup LibvirtXml.DomainBackup.Parse(string)", old);
        Assert.Contains("public string LibvirtXml.DomainBackup.Marshal()", old);
        Assert.Contains("public LibvirtXml.DomainBackupPullServerUNIX? LibvirtXml.DomainBackupPullServer.UNIX { get; set; }", old);
    }

    [Fact]
    public void Xmllint_accepts_the_whole_corpus_upstream_and_all_but_fd_and_typeless_push_disks_in_9_0_0()
    {
        var corpus = Corpus();

        var upstream = Xmllint.Validate(Upstream.Value.RootSchema, corpus);
        var debian = Xmllint.Validate(Debian900.Value.RootSchema, corpus);

        Assert.All(corpus, document => Assert.True(upstream[document], $"upstream rejects {document}"));
        Assert.Equal(new[] { CorpusIn("backup-pull-fd.xml"), CorpusIn("backup-push.xml"), CorpusOut("backup-pull-fd.xml") },
            corpus.Where(document => !debian[document]));
    }

    [Theory]
    [InlineData("debian-9.0.0")]
    [InlineData("upstream")]
    public void Each_version_round_trips_every_corpus_document_its_grammar_accepts(string version)
    {
        var grammar = Version(version);
        var corpus = Corpus();
        var accepted = Xmllint.Validate(grammar.RootSchema, corpus).Where(verdict => verdict.Value).Select(verdict => verdict.Key).OrderBy(d => d, StringComparer.Ordinal).ToList();
        Assert.True(accepted.Count >= 14, $"{version} accepts {accepted.Count} documents");

        using var outputs = new TemporaryDirectory();
        var written = new List<string>();
        foreach (var document in accepted)
        {
            var xml = File.ReadAllText(document);
            var marshaled = GeneratedAssembly.Marshal(grammar.Assembly.Parse("DomainBackup", xml));
            if (document.Contains("xml2xmlout")) Assert.Equal(xml, marshaled); // libvirt's canonical form comes back byte for byte
            else Assert.True(DocumentEquivalence.Differences(xml, marshaled).Count == 0, $"{document}:\n{string.Join("\n", DocumentEquivalence.Differences(xml, marshaled))}\n{marshaled}");
            written.Add(outputs.WriteFile($"{Path.GetFileName(Path.GetDirectoryName(document))}-{Path.GetFileName(document)}", marshaled));
        }

        var verdicts = Xmllint.Validate(grammar.RootSchema, written);
        Assert.All(written, file => Assert.True(verdicts[file], $"{version}'s grammar rejects what its types wrote: {File.ReadAllText(file)}"));
    }

    [Theory]
    [InlineData("domainbackupxml2xmlin")]
    [InlineData("domainbackupxml2xmlout")]
    public void The_9_0_0_types_refuse_the_fd_transport_they_do_not_know(string folder)
    {
        var xml = File.ReadAllText(Path.Combine(TestPaths.Shared, "tests", folder, "backup-pull-fd.xml"));

        var error = Assert.Throws<LibvirtXmlException>(() => Debian900.Value.Assembly.Parse("DomainBackup", xml));

        Assert.Contains("unknown transport 'fd'", error.Message);
        Assert.NotNull(Upstream.Value.Assembly.Parse("DomainBackup", xml));
    }

    /// <summary>
    /// 9.0.0 requires <c>type</c> on a push disk unless <c>backup='no'</c>. The binder merges the disk's branches into plain
    /// scalars, so the 9.0.0 types read such a disk; they must not make the document valid on the way (no invented type),
    /// and their Validate() says what the 9.0.0 grammar says, while the upstream types find nothing wrong.
    /// </summary>
    [Fact]
    public void The_9_0_0_types_keep_a_typeless_push_disk_invalid_and_validate_reports_it()
    {
        var xml = File.ReadAllText(CorpusIn("backup-push.xml"));

        var document = Debian900.Value.Assembly.Parse("DomainBackup", xml);
        var marshaled = GeneratedAssembly.Marshal(document);

        var problems = GeneratedAssembly.Validate(document);
        Assert.Equal(2, problems.Count);
        Assert.All(problems, p => Assert.Contains("matches none of the grammar's alternatives", p));
        Assert.Contains(problems, p => p.StartsWith("/domainbackup/disks/disk[3]:", System.StringComparison.Ordinal));
        Assert.Empty(GeneratedAssembly.Validate(Upstream.Value.Assembly.Parse("DomainBackup", xml)));

        Assert.Empty(DocumentEquivalence.Differences(xml, marshaled));
        using var outputs = new TemporaryDirectory();
        var file = outputs.WriteFile("backup-push.xml", marshaled);
        Assert.False(Xmllint.Validate(Debian900.Value.RootSchema, new[] { file })[file]);
    }

    private sealed record GrammarVersion(string SchemaDirectory, GeneratorRun Run, GeneratedAssembly Assembly)
    {
        public string RootSchema => Path.Combine(SchemaDirectory, "domainbackup.rng");

        public static GrammarVersion Generate(string schemaDirectory, string name)
        {
            var run = GeneratorHarness.Run(GeneratorInput.FromDirectory(schemaDirectory, "domainbackup.rng", Path.Combine(TestPaths.Bindings, "domainbackup.binding.xml")));
            return new GrammarVersion(schemaDirectory, run, new GeneratedAssembly(run.Output, "domainbackup-" + name));
        }
    }
}

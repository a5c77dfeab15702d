using System.IO;
using System.Linq;
using System.Reflection;
using LibvirtXml.Generator.Diagnostics;
using LibvirtXml.Generator.Tests.Infrastructure;

namespace LibvirtXml.Generator.Tests.Diagnostics;

/// <summary>Every diagnostic the generator can report is listed, with its severity, in the release-tracking file and in docs/diagnostics.md.</summary>
public class DiagnosticCatalogTests
{
    private static string RepositoryFile(params string[] parts) => File.ReadAllText(Path.Combine(new[] { TestPaths.RepositoryRoot }.Concat(parts).ToArray()));

    [Fact]
    public void Every_id_has_one_descriptor_and_ids_count_up_from_LVX0001()
    {
        var ids = typeof(DiagnosticIds).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).OrderBy(id => id).ToList();

        Assert.Equal(Enumerable.Range(1, ids.Count).Select(n => $"LVX{n:0000}"), ids);
        Assert.Equal(ids, DiagnosticDescriptors.All.Select(d => d.Id).OrderBy(id => id));
        Assert.All(ids, id => Assert.Equal(id, DiagnosticDescriptors.For(id, isWarning: false).Id));
    }

    [Fact]
    public void Every_descriptor_is_in_the_unshipped_release_file_with_its_severity_and_title()
    {
        var releases = RepositoryFile("generator", "AnalyzerReleases.Unshipped.md");

        Assert.All(DiagnosticDescriptors.All, d => Assert.Contains($"{d.Id} | {d.Category} | {d.DefaultSeverity} | {d.Title}", releases));
    }

    [Fact]
    public void Every_descriptor_is_documented_with_meaning_example_and_fix()
    {
        var docs = RepositoryFile("docs", "diagnostics.md");

        foreach (var descriptor in DiagnosticDescriptors.All)
        {
            Assert.Contains($"| [{descriptor.Id}](#{descriptor.Id.ToLowerInvariant()}) | {descriptor.DefaultSeverity} | {descriptor.Title} |", docs);
            var section = docs.Split("\n## ").Single(s => s.StartsWith(descriptor.Id + "\n"));
            Assert.Contains($"**{descriptor.DefaultSeverity}. {descriptor.Title}.**", section);
            Assert.Contains($"{descriptor.DefaultSeverity.ToString().ToLowerInvariant()} {descriptor.Id}: ", section); // an example of the build output
            Assert.Contains("**Fix:**", section);
        }
    }
}

using System.IO;
using LibvirtXml.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LibvirtXml.Generator.Tests.Diagnostics;

/// <summary>The generated code needs a minimum C# version; below it the consumer gets LVX0011 instead of a wall of CS8400 errors.</summary>
public class LanguageVersionTests
{
    private static readonly GeneratorInput Backup = GeneratorInput.FromDirectory(TestPaths.UpstreamSchemas, "domainbackup.rng",
        Path.Combine(TestPaths.Bindings, "domainbackup.binding.xml"));

    [Fact]
    public void The_generated_code_compiles_cleanly_at_the_minimum_language_version()
    {
        var run = GeneratorHarness.Run(Backup, LibvirtXmlGenerator.MinimumLanguageVersion);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.NotEmpty(run.Sources);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp7)]
    [InlineData(LanguageVersion.CSharp7_3)]
    public void Below_the_minimum_the_consumer_gets_LVX0011_and_no_code(LanguageVersion version)
    {
        Assert.True(version < LibvirtXmlGenerator.MinimumLanguageVersion);

        var run = GeneratorHarness.Run(Backup, version);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("LVX0011", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains($"C# {version.ToDisplayString()}", diagnostic.GetMessage());
        Assert.Contains($"<LangVersion>{LibvirtXmlGenerator.MinimumLanguageVersion.ToDisplayString()}</LangVersion>", diagnostic.GetMessage());
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void A_project_without_LibvirtSchema_items_is_not_told_about_its_language_version()
    {
        var run = GeneratorHarness.Run(new GeneratorInput(System.Array.Empty<(string, string, string)>()), LanguageVersion.CSharp7_3);

        Assert.Empty(run.GeneratorDiagnostics);
    }
}

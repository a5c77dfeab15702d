using System.IO;
using System.Linq;
using System.Xml.Linq;
using LibvirtXml.Generator.Diagnostics;
using LibvirtXml.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace LibvirtXml.Generator.Tests.Diagnostics;

/// <summary>
/// A LibvirtSchema item whose file does not exist. The package's targets stop the build with MSBuild error LVX0009 before
/// the compiler runs; should a root reach the generator anyway (role Missing, or a file the compiler could not read),
/// the generator says the same thing under the same id.
/// </summary>
public class MissingSchemaTests
{
    private const string Root = "/nowhere/domainbackup.rng";

    private static readonly GeneratorInput Input = new(new[]
    {
        (Root, "Missing", ""),
        (Path.Combine(TestPaths.Bindings, "domainbackup.binding.xml"), "Binding", File.ReadAllText(Path.Combine(TestPaths.Bindings, "domainbackup.binding.xml"))),
    });

    private static void AssertMissingSchemaError(GeneratorDriverRunResult result)
    {
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("LVX0009", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(Root, diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(MissingSchemaMessage.For(Root), diagnostic.GetMessage());
        Assert.Empty(result.GeneratedTrees);
    }

    [Fact]
    public void A_root_with_the_missing_role_is_LVX0009_naming_the_file() =>
        AssertMissingSchemaError(GeneratorHarness.Run(Input).Result);

    [Fact]
    public void A_root_the_compiler_could_not_read_is_LVX0009_too()
    {
        var input = Input with { Files = Input.Files.Select(f => f.Path == Root ? (f.Path, "Root", f.Text) : f).ToList() };
        var texts = input.Files.Select(f => f.Path == Root ? (AdditionalText)new UnreadableAdditionalText(f.Path) : new InMemoryAdditionalText(f.Path, f.Text));

        var driver = GeneratorHarness.CreateDriver(input, texts).RunGenerators(GeneratorHarness.CreateCompilation());

        AssertMissingSchemaError(driver.GetRunResult());
    }

    [Fact]
    public void The_generator_and_the_package_targets_give_the_same_LVX0009_text()
    {
        var targets = XDocument.Load(Path.Combine(TestPaths.RepositoryRoot, "schemas", "LibvirtXml.Generated.targets"));
        var error = Assert.Single(targets.Descendants(), e => e.Name.LocalName == "Error" && (string?)e.Attribute("Code") == "LVX0009");

        var msbuildText = ((string)error.Attribute("Text")!).Replace("%(_LibvirtXmlRootFull.Identity)", Root);

        Assert.Equal(MissingSchemaMessage.For(Root), msbuildText);
        Assert.Contains("libvirt0", msbuildText); // says how to get the schemas
    }
}

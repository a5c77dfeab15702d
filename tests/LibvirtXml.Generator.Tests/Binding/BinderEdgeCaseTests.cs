using System.Linq;
using LibvirtXml.Generator.Tests.Infrastructure;

namespace LibvirtXml.Generator.Tests.Binding;

/// <summary>Grammar shapes the fuzz test found the binder mishandling: each now generates code that compiles, or reports why not.</summary>
public class BinderEdgeCaseTests
{
    private const string RelaxNg = "http://relaxng.org/ns/structure/1.0";

    private static GeneratorRun Run(string schema, string? binding = null)
    {
        var files = new[] { ("/s/doc.rng", "Root", schema) }.ToList();
        if (binding is not null) files.Add(("/s/doc.binding.xml", "Binding", binding));
        return GeneratorHarness.Run(new GeneratorInput(files));
    }

    [Fact]
    public void A_document_with_only_text_content_holds_it_in_Value()
    {
        var run = Run($"<element xmlns=\"{RelaxNg}\" name=\"doc\"><list><oneOrMore><data type=\"token\"/></oneOrMore></list></element>");

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Contains("public string? Value { get => _value; set => _value = value; }", run.Sources["Doc.g.cs"]);
    }

    [Fact]
    public void An_attribute_that_is_a_variants_discriminator_and_a_plain_attribute_is_LVX0005()
    {
        var run = Run($"""
            <element xmlns="{RelaxNg}" name="doc">
              <choice>
                <group><attribute name="kind"><value>a</value></attribute><element name="alpha"><empty/></element></group>
                <group><attribute name="kind"><value>b</value></attribute><element name="beta"><empty/></element></group>
              </choice>
              <optional><choice><attribute name="kind"/><attribute name="other"/></choice></optional>
            </element>
            """);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("LVX0005", diagnostic.Id);
        Assert.Contains("'kind'", diagnostic.GetMessage());
        Assert.Empty(run.Sources);
    }

    [Theory]
    [InlineData("reset")]
    [InlineData("marshal")]
    public void A_class_named_like_a_generated_member_is_LVX0006(string element)
    {
        var run = Run($"<element xmlns=\"{RelaxNg}\" name=\"{element}\"><attribute name=\"id\"/></element>");

        Assert.Equal("LVX0006", Assert.Single(run.GeneratorDiagnostics).Id);
        Assert.Empty(run.Sources);
    }

    [Theory]
    [InlineData("<document element=\"doc\" type=\"doc\" />")]
    [InlineData("<type path=\"doc/child\" name=\"child\" />")]
    public void An_all_lower_case_class_name_in_a_binding_file_is_LVX0007(string entry)
    {
        var run = Run($"<element xmlns=\"{RelaxNg}\" name=\"doc\"><element name=\"child\"><attribute name=\"id\"/></element></element>",
            $"<binding xmlns=\"urn:libvirtxml:binding:1\" schema=\"doc.rng\">{entry}</binding>");

        var diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "LVX0007");
        Assert.Contains("all lower-case", diagnostic.GetMessage());
    }
}

using LibvirtXml.Generator.Tests.Infrastructure;

namespace LibvirtXml.Generator.Tests.Generation;

/// <summary>Elements bound to a hand-written runtime type, in the shapes a grammar may give them.</summary>
public class RuntimeElementTests
{
    private const string Binding = """
        <binding xmlns="urn:libvirtxml:binding:1" schema="doc.rng">
          <document element="doc" type="Doc" />
          <runtime path="doc/target" type="DomainDiskSource" discriminator="type" />
        </binding>
        """;

    [Fact]
    public void A_repeated_runtime_element_with_a_discriminator_compiles_and_leaves_the_attribute_as_set()
    {
        // Found by the fuzz test: a list of runtime elements cannot tell its owner's attribute which branch it holds.
        const string schema = """
            <element xmlns="http://relaxng.org/ns/structure/1.0" name="doc">
              <attribute name="type"><choice><value>file</value><value>block</value></choice></attribute>
              <zeroOrMore><element name="target"><attribute name="file"/></element></zeroOrMore>
            </element>
            """;

        var run = GeneratorHarness.Run(new GeneratorInput(new[] { ("/s/doc.rng", "Root", schema), ("/s/doc.binding.xml", "Binding", Binding) }));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Contains("public global::System.Collections.Generic.List<global::LibvirtXml.DomainDiskSource> Targets", run.Sources["Doc.g.cs"]);
        Assert.DoesNotContain("OwnerType", run.Sources["Doc.g.cs"]);
    }
}

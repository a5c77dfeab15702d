using System.Linq;
using LibvirtXml.Generator.Rng;
using static LibvirtXml.Generator.Tests.Rng.SchemaFiles;

namespace LibvirtXml.Generator.Tests.Rng;

public class ExternalRefTests
{
    [Fact]
    public void AnExternalRefStandsForTheReferencedPatternAndPassesItsNsOn()
    {
        var main = Grammar("""<start><element name="doc"><externalRef href="parts/item.rng" ns="urn:items"/></element></start>""");
        var item = $"""<element xmlns="{RelaxNgNamespace}" name="item" datatypeLibrary="urn:types"><data type="t"/></element>""";

        var grammar = LoadClean(("/s/main.rng", main), ("/s/parts/item.rng", item));

        var referenced = Assert.IsType<ElementPattern>(Assert.IsType<ElementPattern>(grammar.Start).Content);
        Assert.Equal(new QualifiedName("urn:items", "item"), referenced.Name);
        Assert.Equal(new SourceSpan("/s/parts/item.rng", 1, 2), referenced.Span);
        Assert.Equal("urn:types", Assert.IsType<DataPattern>(referenced.Content).DatatypeLibrary);
    }

    [Fact]
    public void AReferencedGrammarIsNestedAndItsDefinesGetDistinctKeys()
    {
        var main = Grammar("""
            <start><element name="doc"><externalRef href="other.rng"/></element></start>
            <define name="shared"><text/></define>
            """);
        var other = Grammar("""
            <start><ref name="shared"/></start>
            <define name="shared"><element name="inner"><parentRef name="shared"/></element></define>
            """);

        var grammar = LoadClean(("/s/main.rng", main), ("/s/other.rng", other));

        Assert.Equal(new RefPattern("shared#2"), Assert.IsType<ElementPattern>(grammar.Start).Content with { Span = SourceSpan.None });
        Assert.Equal(["shared", "shared#2"], grammar.Defines.Select(define => define.Key).ToArray());
        var inner = Assert.IsType<ElementPattern>(grammar.Define("shared#2").Pattern);
        Assert.Equal(new RefPattern("shared"), inner.Content with { Span = SourceSpan.None });
    }

    [Fact]
    public void AnExternalRefLoopIsReported()
    {
        var looping = $"""<element xmlns="{RelaxNgNamespace}" name="e"><optional><externalRef href="self.rng"/></optional></element>""";

        var result = Load(("/s/self.rng", looping));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("LVX0001", diagnostic.Id);
        Assert.Contains("loop", diagnostic.Message);
    }

    [Fact]
    public void AMissingExternalRefIsLvx0002()
    {
        var result = Load(("/s/main.rng", Grammar("""<start><externalRef href="gone.rng"/></start>""")));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("LVX0002", diagnostic.Id);
        Assert.IsType<NotAllowedPattern>(result.Grammar!.Start);
    }
}

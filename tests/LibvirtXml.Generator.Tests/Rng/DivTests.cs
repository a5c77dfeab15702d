using System.Linq;
using LibvirtXml.Generator.Rng;
using static LibvirtXml.Generator.Tests.Rng.SchemaFiles;

namespace LibvirtXml.Generator.Tests.Rng;

public class DivTests
{
    [Fact]
    public void DivsAreFlattenedAndPassTheirNsAndDatatypeLibraryOn()
    {
        var grammar = LoadClean(Grammar("""
            <div ns="urn:div" datatypeLibrary="urn:types">
              <start><ref name="a"/></start>
              <div>
                <define name="a"><element name="a"><data type="t"/></element></define>
              </div>
            </div>
            <define name="b"><element name="b"><empty/></element></define>
            """));

        Assert.Equal(["a", "b"], grammar.Defines.Select(define => define.Key).ToArray());
        var a = Assert.IsType<ElementPattern>(grammar.Define("a").Pattern);
        Assert.Equal(new QualifiedName("urn:div", "a"), a.Name);
        Assert.Equal("urn:types", Assert.IsType<DataPattern>(a.Content).DatatypeLibrary);
        Assert.Equal(new QualifiedName("", "b"), Assert.IsType<ElementPattern>(grammar.Define("b").Pattern).Name);
    }

    [Fact]
    public void DivsInsideAnIncludeHoldReplacements()
    {
        var main = Grammar("""
            <start><ref name="a"/></start>
            <include href="lib.rng"><div><define name="a"><element name="replaced"><empty/></element></define></div></include>
            """);
        var library = Grammar("""<div><define name="a"><element name="original"><empty/></element></define></div>""");

        var grammar = LoadClean(("/s/main.rng", main), ("/s/lib.rng", library));

        Assert.Equal(new QualifiedName("", "replaced"), Assert.IsType<ElementPattern>(Assert.Single(grammar.Defines).Pattern).Name);
    }
}

using LibvirtXml.Generator.Rng;
using static LibvirtXml.Generator.Tests.Rng.SchemaFiles;

namespace LibvirtXml.Generator.Tests.Rng;

public class NamespaceTests
{
    private static ElementPattern Start(string start, string grammarAttributes = "") =>
        Assert.IsType<ElementPattern>(LoadClean(Grammar($"<start>{start}</start>", grammarAttributes)).Start);

    [Fact]
    public void ElementNamesInheritTheNearestNs()
    {
        var outer = Start("<element name=\"outer\"><element name=\"inner\" ns=\"urn:inner\"><element name=\"deepest\"><empty/></element></element></element>",
            "ns=\"urn:outer\"");

        Assert.Equal(new QualifiedName("urn:outer", "outer"), outer.Name);
        var inner = Assert.IsType<ElementPattern>(outer.Content);
        Assert.Equal(new QualifiedName("urn:inner", "inner"), inner.Name);
        Assert.Equal(new QualifiedName("urn:inner", "deepest"), Assert.IsType<ElementPattern>(inner.Content).Name);
    }

    [Fact]
    public void AttributeNamesIgnoreTheInheritedNsUnlessTheyCarryTheirOwn()
    {
        var element = Start("""
            <element name="e">
              <attribute name="plain"/>
              <attribute name="qualified" ns="urn:attr"/>
              <attribute><name>by-name-element</name></attribute>
            </element>
            """, "ns=\"urn:outer\"");

        var group = Assert.IsType<GroupPattern>(element.Content);
        Assert.Equal(new QualifiedName("", "plain"), Assert.IsType<AttributePattern>(group.Items[0]).Name);
        Assert.Equal(new QualifiedName("urn:attr", "qualified"), Assert.IsType<AttributePattern>(group.Items[1]).Name);
        // A <name> element inherits ns like any other: only the name attribute defaults to no namespace.
        Assert.Equal(new QualifiedName("urn:outer", "by-name-element"), Assert.IsType<AttributePattern>(group.Items[2]).Name);
    }

    [Fact]
    public void PrefixesResolveThroughInScopeXmlnsDeclarations()
    {
        var element = Start("""
            <element name="q:root" xmlns:q="urn:q">
              <attribute name="xml:lang"/>
              <element xmlns:q="urn:redeclared"><name>q:child</name><empty/></element>
            </element>
            """);

        Assert.Equal(new QualifiedName("urn:q", "root"), element.Name);
        var group = Assert.IsType<GroupPattern>(element.Content);
        Assert.Equal(new QualifiedName(RngNamespaces.Xml, "lang"), Assert.IsType<AttributePattern>(group.Items[0]).Name);
        Assert.Equal(new QualifiedName("urn:redeclared", "child"), Assert.IsType<ElementPattern>(group.Items[1]).Name);
    }

    [Fact]
    public void AnUndeclaredPrefixIsAnError()
    {
        var result = Load(("/s/main.rng", Grammar("<start><element name=\"nope:e\"><empty/></element></start>")));

        Assert.Contains("prefix 'nope'", Assert.Single(result.Diagnostics).Message);
    }

    [Fact]
    public void ValuesRecordTheNsInEffect()
    {
        var element = Start("<element name=\"e\" ns=\"urn:e\"><value>v</value></element>");

        Assert.Equal(new ValuePattern("", "token", "v", "urn:e"), element.Content with { Span = SourceSpan.None });
    }
}

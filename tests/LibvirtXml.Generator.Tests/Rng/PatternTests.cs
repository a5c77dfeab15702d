using System.Linq;
using LibvirtXml.Generator.Rng;
using static LibvirtXml.Generator.Tests.Rng.SchemaFiles;

namespace LibvirtXml.Generator.Tests.Rng;

/// <summary>The shape of the simplified patterns: what is kept as written, what becomes implicit, what is flattened.</summary>
public class PatternTests
{
    private static Pattern Define(string content) =>
        LoadClean(Grammar($"<start><ref name=\"d\"/></start><define name=\"d\">{content}</define>")).Define("d").Pattern;

    [Fact]
    public void ListMixedAndNotAllowedAreKept()
    {
        var group = Assert.IsType<GroupPattern>(Define("""
            <element name="l"><list><oneOrMore><data type="token"/></oneOrMore></list></element>
            <element name="m"><mixed><element name="b"><empty/></element></mixed></element>
            <notAllowed/>
            """));

        var list = Assert.IsType<ListPattern>(Assert.IsType<ElementPattern>(group.Items[0]).Content);
        Assert.IsType<DataPattern>(Assert.IsType<OneOrMorePattern>(list.Content).Content);
        var mixed = Assert.IsType<MixedPattern>(Assert.IsType<ElementPattern>(group.Items[1]).Content);
        Assert.IsType<ElementPattern>(mixed.Content);
        Assert.IsType<NotAllowedPattern>(group.Items[2]);
    }

    [Fact]
    public void AnAttributeWithoutPatternHoldsText()
    {
        var attribute = Assert.IsType<AttributePattern>(Define("<attribute name=\"a\"/>"));

        Assert.Equal(new TextPattern { Span = attribute.Span }, attribute.Content);
    }

    [Fact]
    public void SeveralChildrenFormAnImplicitGroupWithTheParentsSpan()
    {
        var optional = Assert.IsType<OptionalPattern>(Define("<optional><attribute name=\"a\"/><element name=\"b\"><empty/></element></optional>"));

        var group = Assert.IsType<GroupPattern>(optional.Content);
        Assert.Equal(2, group.Items.Count);
        Assert.Equal(optional.Span, group.Span);
    }

    [Fact]
    public void OptionalZeroOrMoreAndOneOrMoreStayAsWritten()
    {
        var group = Assert.IsType<GroupPattern>(Define("<optional><text/></optional><zeroOrMore><text/></zeroOrMore><oneOrMore><text/></oneOrMore>"));

        Assert.Equal([typeof(OptionalPattern), typeof(ZeroOrMorePattern), typeof(OneOrMorePattern)], group.Items.Select(item => item.GetType()).ToArray());
    }

    [Fact]
    public void ASingleChildGroupIsItsChildAndNestedSameKindsAreFlattened()
    {
        var choice = Assert.IsType<ChoicePattern>(Define("""
            <choice>
              <group><attribute name="a"/></group>
              <choice><value>x</value><value>y</value></choice>
              <group><attribute name="b"/><group><attribute name="c"/><attribute name="d"/></group></group>
              <interleave><text/><interleave><empty/><notAllowed/></interleave></interleave>
              <interleave><text/><group><empty/><empty/></group></interleave>
            </choice>
            """));

        Assert.Equal(6, choice.Items.Count);
        Assert.IsType<AttributePattern>(choice.Items[0]);
        Assert.IsType<ValuePattern>(choice.Items[1]);
        Assert.IsType<ValuePattern>(choice.Items[2]);
        Assert.Equal(3, Assert.IsType<GroupPattern>(choice.Items[3]).Items.Count);
        Assert.Equal(3, Assert.IsType<InterleavePattern>(choice.Items[4]).Items.Count);
        // A group inside an interleave means something else than its items would: kept.
        Assert.IsType<GroupPattern>(Assert.IsType<InterleavePattern>(choice.Items[5]).Items[1]);
    }

    [Fact]
    public void RefsAreKeptNotInlined()
    {
        var grammar = LoadClean(Grammar("""
            <start><ref name="a"/></start>
            <define name="a"><element name="a"><ref name="b"/></element></define>
            <define name="b"><ref name="c"/></define>
            <define name="c"><attribute name="c"/></define>
            """));

        Assert.IsType<RefPattern>(grammar.Start);
        Assert.IsType<RefPattern>(Assert.IsType<ElementPattern>(grammar.Define("a").Pattern).Content);
        Assert.IsType<RefPattern>(grammar.Define("b").Pattern);
    }

    [Fact]
    public void EveryPatternCarriesTheSpanOfItsElement()
    {
        var grammar = LoadClean(("/s/spans.rng", """
            <grammar xmlns="http://relaxng.org/ns/structure/1.0">
              <start>
                <element name="e">
                  <optional>
                    <attribute name="a">
                      <value>v</value>
                    </attribute>
                  </optional>
                </element>
              </start>
            </grammar>
            """));

        var element = Assert.IsType<ElementPattern>(grammar.Start);
        Assert.Equal(new SourceSpan("/s/spans.rng", 3, 6), element.Span);
        var optional = Assert.IsType<OptionalPattern>(element.Content);
        Assert.Equal(new SourceSpan("/s/spans.rng", 4, 8), optional.Span);
        var attribute = Assert.IsType<AttributePattern>(optional.Content);
        Assert.Equal(new SourceSpan("/s/spans.rng", 5, 10), attribute.Span);
        Assert.Equal(new SourceSpan("/s/spans.rng", 6, 12), attribute.Content.Span);
        Assert.All(grammar.AllPatterns(), pattern => Assert.True(pattern.Span.Line > 0, $"{pattern} has no span"));
    }

    [Fact]
    public void ASchemaWhoseRootIsAPatternIsItsStart()
    {
        var grammar = LoadClean(("/s/element.rng", $"""<element xmlns="{RelaxNgNamespace}" name="only"><text/></element>"""));

        Assert.Equal(new QualifiedName("", "only"), Assert.IsType<ElementPattern>(grammar.Start).Name);
        Assert.Empty(grammar.Defines);
    }
}

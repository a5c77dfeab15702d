using System.Linq;
using LibvirtXml.Generator.Rng;
using static LibvirtXml.Generator.Tests.Rng.SchemaFiles;

namespace LibvirtXml.Generator.Tests.Rng;

public class CombineTests
{
    [Fact]
    public void CombineChoiceJoinsTheDefinesWithADefineWithoutCombine()
    {
        var grammar = LoadClean(Grammar("""
            <start><ref name="a"/></start>
            <define name="a"><element name="x"><empty/></element></define>
            <define name="a" combine="choice"><element name="y"><empty/></element></define>
            <define name="a" combine="choice"><choice><element name="z"><empty/></element><ref name="b"/></choice></define>
            <define name="b"><empty/></define>
            """));

        var a = grammar.Define("a");
        var choice = Assert.IsType<ChoicePattern>(a.Pattern);
        Assert.Equal(["x", "y", "z"], choice.Items.OfType<ElementPattern>().Select(element => ((QualifiedName)element.Name).LocalName).ToArray());
        Assert.IsType<RefPattern>(choice.Items[3]);
        Assert.Equal(new SourceSpan("/s/main.rng", 3, 2), a.Span);
        Assert.Equal(a.Span, choice.Span);
        Assert.Equal(["a", "b"], grammar.Defines.Select(define => define.Key).ToArray());
    }

    [Fact]
    public void CombineInterleaveMakesOneInterleave()
    {
        var grammar = LoadClean(Grammar("""
            <start><ref name="a"/></start>
            <define name="a" combine="interleave"><element name="x"><empty/></element></define>
            <define name="a" combine="interleave"><interleave><element name="y"><empty/></element><element name="z"><empty/></element></interleave></define>
            """));

        var interleave = Assert.IsType<InterleavePattern>(grammar.Define("a").Pattern);
        Assert.Equal(3, interleave.Items.Count);
    }

    [Fact]
    public void StartsCombineToo()
    {
        var grammar = LoadClean(Grammar("""
            <start combine="choice"><element name="x"><empty/></element></start>
            <start combine="choice"><element name="y"><empty/></element></start>
            """));

        Assert.Equal(2, Assert.IsType<ChoicePattern>(grammar.Start).Items.Count);
    }

    [Fact]
    public void ADefineGivenTwiceWithoutCombineIsLvx0004AtTheSecond()
    {
        var result = Load(("/s/main.rng", """
            <grammar xmlns="http://relaxng.org/ns/structure/1.0">
              <start><ref name="a"/></start>
              <define name="a"><element name="x"><empty/></element></define>
              <define name="a" combine="choice"><element name="y"><empty/></element></define>
              <define name="a"><element name="z"><empty/></element></define>
            </grammar>
            """));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("LVX0004", diagnostic.Id);
        Assert.Equal(new SourceSpan("/s/main.rng", 5, 4), diagnostic.Span);
        Assert.Contains("'a'", diagnostic.Message);
        Assert.Contains("/s/main.rng(3,4)", diagnostic.Message);
        // The extra define is left out; the rest still combine.
        Assert.Equal(2, Assert.IsType<ChoicePattern>(result.Grammar!.Define("a").Pattern).Items.Count);
    }

    [Fact]
    public void MixingChoiceAndInterleaveIsAnError()
    {
        var result = Load(("/s/main.rng", Grammar("""
            <start><ref name="a"/></start>
            <define name="a" combine="choice"><empty/></define>
            <define name="a" combine="interleave"><text/></define>
            """)));

        Assert.Equal("LVX0004", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void AnUnknownCombineValueIsAnError()
    {
        var result = Load(("/s/main.rng", Grammar("""
            <start><ref name="a"/></start>
            <define name="a" combine="sequence"><empty/></define>
            """)));

        Assert.Contains("combine=\"sequence\"", Assert.Single(result.Diagnostics).Message);
    }

    [Fact]
    public void TwoStartsWithoutCombineAreLvx0004()
    {
        var result = Load(("/s/main.rng", Grammar("<start><empty/></start><start><text/></start>")));

        Assert.Equal("LVX0004", Assert.Single(result.Diagnostics).Id);
    }
}

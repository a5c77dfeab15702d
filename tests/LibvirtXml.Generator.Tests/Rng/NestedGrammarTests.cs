using System.Linq;
using LibvirtXml.Generator.Rng;
using static LibvirtXml.Generator.Tests.Rng.SchemaFiles;

namespace LibvirtXml.Generator.Tests.Rng;

public class NestedGrammarTests
{
    [Fact]
    public void ANestedGrammarStandsForItsStartAndItsDefinesGetDistinctKeys()
    {
        var grammar = LoadClean(Grammar("""
            <start>
              <element name="outer">
                <grammar>
                  <start><ref name="item"/></start>
                  <define name="item"><element name="inner"><parentRef name="item"/></element></define>
                </grammar>
              </element>
            </start>
            <define name="item"><element name="outer-item"><text/></element></define>
            """));

        var outer = Assert.IsType<ElementPattern>(grammar.Start);
        Assert.Equal(new RefPattern("item#2"), outer.Content with { Span = SourceSpan.None });

        Assert.Equal(["item", "item#2"], grammar.Defines.Select(define => define.Key).ToArray());
        var nested = grammar.Define("item#2");
        Assert.Equal("item", nested.Name);
        var inner = Assert.IsType<ElementPattern>(nested.Pattern);
        Assert.Equal(new RefPattern("item"), inner.Content with { Span = SourceSpan.None });
        Assert.Equal(new QualifiedName("", "outer-item"), Assert.IsType<ElementPattern>(grammar.Define("item").Pattern).Name);
    }

    [Fact]
    public void EachNestedGrammarGetsItsOwnNumber()
    {
        var grammar = LoadClean(Grammar("""
            <start>
              <choice>
                <grammar><start><ref name="x"/></start><define name="x"><element name="a"><empty/></element></define></grammar>
                <grammar><start><ref name="x"/></start><define name="x"><element name="b"><empty/></element></define></grammar>
              </choice>
            </start>
            """));

        var choice = Assert.IsType<ChoicePattern>(grammar.Start);
        Assert.Equal(["x#2", "x#3"], choice.Items.Cast<RefPattern>().Select(reference => reference.Key).ToArray());
        Assert.All(grammar.Defines, define => Assert.Equal("x", define.Name));
    }

    [Fact]
    public void ANestedGrammarIncludingAFileGetsThatFilesDefinesUnderItsOwnKeys()
    {
        var main = Grammar("""
            <start><element name="doc"><ref name="common"/><grammar><include href="inner.rng"/></grammar></element></start>
            <include href="common.rng"/>
            """);
        var inner = Grammar("""<start><ref name="common"/></start><include href="common.rng"/>""");
        var common = Grammar("""<define name="common"><element name="common"><empty/></element></define>""");

        var grammar = LoadClean(("/s/main.rng", main), ("/s/inner.rng", inner), ("/s/common.rng", common));

        Assert.Equal(["common", "common#2"], grammar.Defines.Select(define => define.Key).ToArray());
        var content = Assert.IsType<GroupPattern>(Assert.IsType<ElementPattern>(grammar.Start).Content);
        Assert.Equal(["common", "common#2"], content.Items.Cast<RefPattern>().Select(reference => reference.Key).ToArray());
    }

    [Fact]
    public void ParentRefOutsideANestedGrammarIsLvx0003()
    {
        var result = Load(("/s/main.rng", Grammar("""<start><parentRef name="x"/></start><define name="x"><empty/></define>""")));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("LVX0003", diagnostic.Id);
        Assert.Contains("nested grammar", diagnostic.Message);
    }

    [Fact]
    public void ParentRefToAnUndefinedNameIsLvx0003()
    {
        var result = Load(("/s/main.rng", Grammar("""<start><grammar><start><parentRef name="nope"/></start></grammar></start>""")));

        Assert.Equal("LVX0003", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void ANestedGrammarWithoutStartIsAnError()
    {
        var result = Load(("/s/main.rng", Grammar("""<start><grammar><define name="x"><empty/></define></grammar></start>""")));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.False(diagnostic.IsWarning);
        Assert.Contains("nested <grammar> must have a <start>", diagnostic.Message);
    }
}

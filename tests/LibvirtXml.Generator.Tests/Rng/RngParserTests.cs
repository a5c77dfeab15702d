using System.Linq;
using LibvirtXml.Generator.Rng;

namespace LibvirtXml.Generator.Tests.Rng;

public class RngParserTests
{
    [Fact]
    public void ReadsElementsAttributesAndTheirPositions()
    {
        var document = RngParser.Parse("/s/a.rng", """
            <?xml version="1.0"?>
            <grammar xmlns="http://relaxng.org/ns/structure/1.0">
              <define name="a">
                <ref name="b"/>
              </define>
            </grammar>
            """);

        Assert.Empty(document.Diagnostics);
        var grammar = document.Root!;
        Assert.Equal("grammar", grammar.Name);
        Assert.Equal(new SourceSpan("/s/a.rng", 2, 2), grammar.Span);
        var define = Assert.Single(grammar.Children);
        Assert.Equal("a", define.GetAttribute("name"));
        Assert.Equal(new SourceSpan("/s/a.rng", 3, 4), define.Span);
        var reference = Assert.Single(define.Children);
        Assert.Equal("ref", reference.Name);
        Assert.Equal(new SourceSpan("/s/a.rng", 4, 6), reference.Span);
        Assert.Equal("", define.Text);
    }

    [Fact]
    public void DropsAnnotationsAndComments()
    {
        var document = RngParser.Parse("/s/a.rng", """
            <grammar xmlns="http://relaxng.org/ns/structure/1.0" xmlns:a="urn:annotations" xmlns:v="urn:version">
              <!-- a comment -->
              <a:documentation>text <element name="inside-annotation"><empty/></element></a:documentation>
              <start v:serial="4">
                <element name="x" a:note="dropped"><empty/></element>
              </start>
            </grammar>
            """);

        Assert.Empty(document.Diagnostics);
        var start = Assert.Single(document.Root!.Children);
        Assert.Equal("start", start.Name);
        Assert.Empty(start.Attributes);
        var element = Assert.Single(start.Children);
        Assert.Equal([new RngAttribute("name", "x")], element.Attributes.ToArray());
        Assert.Equal(
            [new RngNamespaceDeclaration("a", "urn:annotations"), new RngNamespaceDeclaration("v", "urn:version")],
            document.Root.NamespaceDeclarations.ToArray());
    }

    [Fact]
    public void KeepsTextOfValueAndParamVerbatimAndDropsWhitespaceElsewhere()
    {
        var document = RngParser.Parse("/s/a.rng", """
            <choice xmlns="http://relaxng.org/ns/structure/1.0">
              <value> two  words </value>
              <value><![CDATA[<cdata>]]></value>
              <data type="string"><param name="pattern"> [a-z]+</param></data>
            </choice>
            """);

        var choice = document.Root!;
        Assert.Equal("", choice.Text);
        Assert.Equal(" two  words ", choice.Children[0].Text);
        Assert.Equal("<cdata>", choice.Children[1].Text);
        Assert.Equal(" [a-z]+", choice.Children[2].Children[0].Text);
    }

    [Fact]
    public void MalformedXmlIsLvx0001AtTheErrorsLine()
    {
        var document = RngParser.Parse("/s/broken.rng", """
            <grammar xmlns="http://relaxng.org/ns/structure/1.0">
              <start>
                <element name="x"><empty/></element>
              </stop>
            </grammar>
            """);

        Assert.Null(document.Root);
        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal("LVX0001", diagnostic.Id);
        Assert.False(diagnostic.IsWarning);
        Assert.Equal("/s/broken.rng", diagnostic.Span.Path);
        Assert.Equal(4, diagnostic.Span.Line);
        Assert.True(diagnostic.Span.Column > 0);
    }

    [Fact]
    public void DtdsAreRefusedNotProcessed()
    {
        var document = RngParser.Parse("/s/dtd.rng", """
            <!DOCTYPE grammar [ <!ENTITY e "expanded"> ]>
            <grammar xmlns="http://relaxng.org/ns/structure/1.0"><start><value>&e;</value></start></grammar>
            """);

        Assert.Null(document.Root);
        Assert.Equal("LVX0001", Assert.Single(document.Diagnostics).Id);
    }

    [Fact]
    public void ARootOutsideTheRelaxNgNamespaceIsDiagnosed()
    {
        var document = RngParser.Parse("/s/other.rng", "<grammar xmlns=\"urn:not-relax-ng\"><start/></grammar>");

        Assert.Null(document.Root);
        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal("LVX0001", diagnostic.Id);
        Assert.Contains("not in the RELAX NG namespace", diagnostic.Message);
        Assert.Equal(1, diagnostic.Span.Line);
    }

    [Fact]
    public void AbsurdNestingIsRefusedRatherThanOverflowingTheStack()
    {
        var depth = RngParser.MaxDepth + 10;
        var text = "<group xmlns=\"http://relaxng.org/ns/structure/1.0\">"
            + string.Concat(Enumerable.Repeat("<group>", depth)) + "<empty/>" + string.Concat(Enumerable.Repeat("</group>", depth))
            + "</group>";

        var document = RngParser.Parse("/s/deep.rng", text);

        Assert.Null(document.Root);
        Assert.Contains("nested more than", Assert.Single(document.Diagnostics).Message);
    }

    [Fact]
    public void EmptyTextIsMalformedNotAnException()
    {
        var document = RngParser.Parse("/s/empty.rng", "");

        Assert.Null(document.Root);
        Assert.Equal("LVX0001", Assert.Single(document.Diagnostics).Id);
    }
}

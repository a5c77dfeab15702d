using System.Linq;
using LibvirtXml.Generator.Rng;
using static LibvirtXml.Generator.Tests.Rng.SchemaFiles;

namespace LibvirtXml.Generator.Tests.Rng;

public class IncludeTests
{
    private static readonly string Common = Grammar("""
        <define name="a"><element name="a-from-common"><empty/></element></define>
        <define name="b"><element name="b"><ref name="a"/></element></define>
        """);

    [Fact]
    public void IncludeBringsTheIncludedDefinesResolvedAgainstTheIncludersPath()
    {
        var grammar = LoadClean(
            ("/s/doc/main.rng", Grammar("""<start><ref name="b"/></start><include href="../lib/./common.rng"/>""")),
            ("/s/lib/common.rng", Common));

        Assert.Equal(new RefPattern("b"), grammar.Start with { Span = SourceSpan.None });
        Assert.Equal(["a", "b"], grammar.Defines.Select(define => define.Key).ToArray());
        Assert.Equal("/s/lib/common.rng", grammar.Define("a").Span.Path);
        Assert.Equal(new QualifiedName("", "a-from-common"), Assert.IsType<ElementPattern>(grammar.Define("a").Pattern).Name);
    }

    [Fact]
    public void DefinesInsideIncludeReplaceTheIncludedOnes()
    {
        var main = Grammar("""
            <start><ref name="b"/></start>
            <include href="common.rng">
              <define name="a"><element name="a-override"><text/></element></define>
            </include>
            """);

        var grammar = LoadClean(("/s/main.rng", main), ("/s/common.rng", Common));

        var a = grammar.Define("a");
        Assert.Equal(new QualifiedName("", "a-override"), Assert.IsType<ElementPattern>(a.Pattern).Name);
        Assert.Equal(new SourceSpan("/s/main.rng", 4, 4), a.Span);
        Assert.Equal(2, grammar.Defines.Count);
        Assert.Equal(new RefPattern("a"), Assert.IsType<ElementPattern>(grammar.Define("b").Pattern).Content with { Span = SourceSpan.None });
    }

    [Fact]
    public void StartInsideIncludeReplacesTheIncludedStart()
    {
        var library = Grammar("""<start><element name="old"><empty/></element></start>""");
        var main = Grammar("""<include href="lib.rng"><start><element name="new"><empty/></element></start></include>""");

        var grammar = LoadClean(("/s/main.rng", main), ("/s/lib.rng", library));

        Assert.Equal(new QualifiedName("", "new"), Assert.IsType<ElementPattern>(grammar.Start).Name);
    }

    [Fact]
    public void ReplacingADefineTheIncludedGrammarLacksIsAnError()
    {
        var main = Grammar("""
            <start><ref name="a"/></start>
            <include href="common.rng"><define name="missing"><empty/></define></include>
            """);

        var result = Load(("/s/main.rng", main), ("/s/common.rng", Common));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("LVX0001", diagnostic.Id);
        Assert.Contains("'missing'", diagnostic.Message);
    }

    [Fact]
    public void AMissingIncludeIsLvx0002AtTheInclude()
    {
        var main = """
            <grammar xmlns="http://relaxng.org/ns/structure/1.0">
              <start><empty/></start>
              <include href="nowhere.rng"/>
            </grammar>
            """;

        var result = Load(("/s/main.rng", main));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("LVX0002", diagnostic.Id);
        Assert.Equal(new SourceSpan("/s/main.rng", 3, 4), diagnostic.Span);
        Assert.Contains("/s/nowhere.rng", diagnostic.Message);
        Assert.NotNull(result.Grammar);
    }

    [Fact]
    public void AnIncludeCycleIsReportedInsteadOfLoopingForever()
    {
        var a = Grammar("""<start><ref name="x"/></start><include href="b.rng"/>""");
        var b = Grammar("""<define name="x"><element name="x"><empty/></element></define><include href="a.rng"/>""");

        var result = Load(("/s/a.rng", a), ("/s/b.rng", b));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("LVX0001", diagnostic.Id);
        Assert.Contains("/s/a.rng -> /s/b.rng -> /s/a.rng", diagnostic.Message);
        Assert.Equal("/s/b.rng", diagnostic.Span.Path);
        Assert.NotNull(result.Grammar!.FindDefine("x"));
    }

    [Fact]
    public void IncludingTheSameLibraryTwiceInOneGrammarDuplicatesItsDefines()
    {
        var main = Grammar("""<start><ref name="a"/></start><include href="common.rng"/><include href="common.rng"/>""");

        var result = Load(("/s/main.rng", main), ("/s/common.rng", Common));

        Assert.Equal(["LVX0004", "LVX0004"], result.Diagnostics.Select(diagnostic => diagnostic.Id).ToArray());
    }

    [Fact]
    public void AnIncludedFileMustBeAGrammar()
    {
        var main = Grammar("""<start><empty/></start><include href="element.rng"/>""");
        var element = $"""<element xmlns="{RelaxNgNamespace}" name="e"><empty/></element>""";

        var result = Load(("/s/main.rng", main), ("/s/element.rng", element));

        Assert.Contains("must be <grammar>", Assert.Single(result.Diagnostics).Message);
    }

    [Fact]
    public void IncludePassesNsOnButNotTheDatatypeLibrary()
    {
        var main = Grammar("""<start><ref name="a"/></start><include href="lib.rng" ns="urn:outer"/>""",
            "datatypeLibrary=\"urn:outer-types\"");
        var library = Grammar("""<define name="a"><element name="a"><data type="string"/></element></define>""");

        var grammar = LoadClean(("/s/main.rng", main), ("/s/lib.rng", library));

        var element = Assert.IsType<ElementPattern>(grammar.Define("a").Pattern);
        Assert.Equal(new QualifiedName("urn:outer", "a"), element.Name);
        Assert.Equal("", Assert.IsType<DataPattern>(element.Content).DatatypeLibrary);
    }

    [Fact]
    public void WindowsStylePathsAreMatched()
    {
        var grammar = LoadClean(
            (@"C:\schemas\doc\main.rng", Grammar("""<start><ref name="b"/></start><include href="..\lib\common.rng"/>""")),
            (@"C:\schemas\lib\common.rng", Common));

        Assert.Equal(@"C:\schemas\lib\common.rng", grammar.Define("b").Span.Path);
    }

    [Fact]
    public void AMalformedIncludedFileIsReportedOnceWithItsLine()
    {
        var main = Grammar("""<start><ref name="a"/></start><include href="bad.rng"/><include href="bad.rng"/>""");
        var bad = "<grammar xmlns=\"http://relaxng.org/ns/structure/1.0\">\n<define name=\"a\">\n</grammar>";

        var result = Load(("/s/main.rng", main), ("/s/bad.rng", bad));

        var malformed = Assert.Single(result.Diagnostics, diagnostic => diagnostic.Span.Path == "/s/bad.rng");
        Assert.Equal("LVX0001", malformed.Id);
        Assert.Equal(3, malformed.Span.Line);
        Assert.Contains(result.Diagnostics, diagnostic => diagnostic.Id == "LVX0003"); // 'a' never got defined
    }
}

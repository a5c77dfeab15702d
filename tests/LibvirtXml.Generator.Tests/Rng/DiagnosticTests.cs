using System.Collections.Generic;
using System.IO;
using System.Linq;
using LibvirtXml.Generator.Rng;
using static LibvirtXml.Generator.Tests.Rng.SchemaFiles;

namespace LibvirtXml.Generator.Tests.Rng;

public class DiagnosticTests
{
    [Fact]
    public void AnUndefinedRefIsLvx0003AtTheRef()
    {
        var result = Load(("/s/main.rng", """
            <grammar xmlns="http://relaxng.org/ns/structure/1.0">
              <start>
                <element name="e">
                      <ref name="missing"/>
                </element>
              </start>
            </grammar>
            """));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("LVX0003", diagnostic.Id);
        Assert.Equal(new SourceSpan("/s/main.rng", 4, 12), diagnostic.Span);
        Assert.Contains("'missing'", diagnostic.Message);
        // Best effort: the grammar is still there, and the broken ref became notAllowed.
        Assert.IsType<NotAllowedPattern>(Assert.IsType<ElementPattern>(result.Grammar!.Start).Content);
    }

    [Fact]
    public void AnUnknownRelaxNgElementIsLvx0005()
    {
        var result = Load(("/s/main.rng", Grammar("<start><element name=\"e\"><sequence/></element></start>")));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("LVX0005", diagnostic.Id);
        Assert.Contains("<sequence>", diagnostic.Message);
    }

    [Fact]
    public void AKnownElementInTheWrongPlaceIsLvx0001()
    {
        var result = Load(("/s/main.rng", Grammar("<start><element name=\"e\"><define name=\"x\"><empty/></define></element></start><element name=\"top\"><empty/></element>")));

        Assert.Equal(["LVX0001", "LVX0001"], result.Diagnostics.Select(diagnostic => diagnostic.Id).ToArray());
        Assert.Contains("<element> is not allowed in <grammar>", result.Diagnostics[0].Message);
        Assert.Contains("<define> is not allowed where a pattern is expected", result.Diagnostics[1].Message);
    }

    [Fact]
    public void TextWhereRelaxNgAllowsNoneIsAnError()
    {
        var result = Load(("/s/main.rng", Grammar("<start><group>stray<empty/></group></start>")));

        Assert.Contains("text is not allowed in <group>", Assert.Single(result.Diagnostics).Message);
    }

    [Fact]
    public void AGrammarWithoutStartOnlyWarns()
    {
        var result = Load(("/s/lib.rng", Grammar("<define name=\"a\"><empty/></define>")));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.True(diagnostic.IsWarning);
        Assert.False(result.HasErrors);
        Assert.IsType<NotAllowedPattern>(result.Grammar!.Start);
        Assert.Single(result.Grammar.Defines);
    }

    [Fact]
    public void AMissingRootIsLvx0002WithoutGrammar()
    {
        var result = RngLoader.Load("/s/absent.rng", new Dictionary<string, string>());

        Assert.Null(result.Grammar);
        Assert.Equal("LVX0002", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void AMalformedRootIsLvx0001WithoutGrammar()
    {
        var result = Load(("/s/main.rng", "<grammar xmlns=\"http://relaxng.org/ns/structure/1.0\">\n<start>\n</grammar>"));

        Assert.Null(result.Grammar);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("LVX0001", diagnostic.Id);
        Assert.Equal(3, diagnostic.Span.Line);
    }

    [Fact]
    public void AnHrefWithAnotherUriSchemeIsLvx0002()
    {
        var result = Load(("/s/main.rng", Grammar("<start><empty/></start><include href=\"http://example.org/x.rng\"/>")));

        Assert.Equal("LVX0002", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void AnUnexpectedExceptionBecomesLvx0010AtTheElementBeingResolved()
    {
        var main = RngParser.Parse("/s/main.rng", "<grammar xmlns=\"http://relaxng.org/ns/structure/1.0\">\n<start><empty/></start>\n  <include href=\"boom.rng\"/>\n</grammar>");
        var documents = new ThrowingDocuments(new Dictionary<string, RngDocument> { ["/s/main.rng"] = main }, "/s/boom.rng");

        var result = RngResolver.Resolve("/s/main.rng", documents);

        Assert.Null(result.Grammar);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("LVX0010", diagnostic.Id);
        Assert.Equal(new SourceSpan("/s/main.rng", 3, 4), diagnostic.Span);
        Assert.Contains("InvalidOperationException", diagnostic.Message);
    }

    /// <summary>Every prefix of a real schema is broken somewhere; none may make the loader throw.</summary>
    [Fact]
    public void TruncatedSchemasNeverThrow()
    {
        var directory = SchemaFiles.Debian900Schemas;
        var text = File.ReadAllText(Path.Combine(directory, "domainbackup.rng"));
        var files = SchemaFiles.ReadDirectory(directory);
        var root = Path.Combine(directory, "domainbackup.rng");

        for (var length = 0; length < text.Length; length += 97)
        {
            files[root] = text.Substring(0, length);
            var result = RngLoader.Load(root, files);
            Assert.NotEmpty(result.Diagnostics);
            Assert.All(result.Diagnostics, diagnostic => Assert.StartsWith("LVX", diagnostic.Id));
        }
    }

    /// <summary>Well-formed XML with RELAX NG elements in arbitrary places must give diagnostics, not exceptions.</summary>
    [Fact]
    public void ScrambledSchemasNeverThrow()
    {
        string[] elements = ["grammar", "start", "define", "div", "include", "element", "attribute", "group", "choice", "interleave",
            "optional", "zeroOrMore", "oneOrMore", "mixed", "list", "ref", "parentRef", "externalRef", "empty", "text", "value",
            "data", "param", "except", "name", "anyName", "nsName", "notAllowed"];
        var random = new System.Random(1234);
        for (var run = 0; run < 300; run++)
        {
            var text = $"<grammar xmlns=\"{RelaxNgNamespace}\">" + RandomTree(random, elements, 4) + "</grammar>";
            var result = Load(("/s/main.rng", text), ("/s/main2.rng", text));
            Assert.DoesNotContain(result.Diagnostics, diagnostic => diagnostic.Id == "LVX0010");
        }
    }

    private static string RandomTree(System.Random random, string[] elements, int depth)
    {
        var count = depth == 0 ? 0 : random.Next(4);
        var children = string.Concat(Enumerable.Range(0, count).Select(_ => RandomTree(random, elements, depth - 1)));
        var name = elements[random.Next(elements.Length)];
        var attributes = random.Next(3) switch
        {
            0 => "",
            1 => " name=\"x\"",
            _ => " name=\"x\" href=\"main2.rng\" combine=\"choice\" type=\"string\"",
        };
        return $"<{name}{attributes}>{children}</{name}>";
    }

    /// <summary>Documents that fail when one path is looked up, standing in for any bug the resolver might hit.</summary>
    private sealed class ThrowingDocuments(Dictionary<string, RngDocument> documents, string failingPath) : IReadOnlyDictionary<string, RngDocument>
    {
        public RngDocument this[string key] => documents[key];
        public IEnumerable<string> Keys => documents.Keys;
        public IEnumerable<RngDocument> Values => documents.Values;
        public int Count => documents.Count;
        public bool ContainsKey(string key) => documents.ContainsKey(key);

        public bool TryGetValue(string key, out RngDocument value)
        {
            if (key == failingPath) throw new System.InvalidOperationException("simulated failure");
            return documents.TryGetValue(key, out value!);
        }

        public IEnumerator<KeyValuePair<string, RngDocument>> GetEnumerator() => documents.GetEnumerator();
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

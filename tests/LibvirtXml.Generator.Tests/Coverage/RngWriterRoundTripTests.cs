using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using LibvirtXml.Generator.Rng;

namespace LibvirtXml.Generator.Tests.Coverage;

/// <summary>
/// The coverage test judges mutated grammars by writing the reader's model back to RELAX NG. That only means
/// something if reader and writer together keep the grammar's meaning: these tests check that xmllint sees no
/// difference between libvirt's files and the rewritten grammar.
/// </summary>
public class RngWriterRoundTripTests
{
    [Fact]
    public void RewrittenBackupGrammarAcceptsExactlyWhatTheOriginalAccepts()
    {
        using var temp = new TemporaryDirectory();
        var rewritten = temp.WriteFile("domainbackup.rewritten.rng", RngWriter.Write(UpstreamBackupGrammar.Grammar));
        var corpus = CoveragePaths.LibvirtBackupCorpusDirectories.SelectMany(CoveragePaths.XmlFilesOf).ToList();
        var documents = corpus.Concat(OwnBackupDocuments.All).ToList();

        var original = Xmllint.Validate(CoveragePaths.UpstreamBackupSchema, documents);
        var viaModel = Xmllint.Validate(rewritten, documents);

        var disagreements = documents.Where(document => original[document] != viaModel[document])
            .Select(document => $"{document}: original {Verdict(original[document])}, rewritten {Verdict(viaModel[document])}")
            .ToList();
        Assert.True(disagreements.Count == 0, "the rewritten grammar judges differently:\n" + string.Join("\n", disagreements));

        // The comparison only proves something if both verdicts occur, and they occur where libvirt says they should.
        var unexpected = documents.Where(document => original[document] == CoveragePaths.IsMeantToBeInvalid(document))
            .Select(document => $"{document}: {Verdict(original[document])}")
            .ToList();
        Assert.True(unexpected.Count == 0, "only *-invalid* files may fail to validate:\n" + string.Join("\n", unexpected));
        Assert.Contains(corpus, CoveragePaths.IsMeantToBeInvalid);
    }

    [Fact]
    public void RewrittenBackupGrammarReadsBackToTheSameModel()
    {
        var grammar = UpstreamBackupGrammar.Grammar;
        var reachable = GrammarWalk.ReachableDefineKeys(grammar);
        // Upstream keys are plain define names, so the writer keeps them and defines can be compared by key.
        Assert.All(reachable, key => Assert.DoesNotContain('#', key));

        var text = RngWriter.Write(grammar);
        var reread = RngLoader.Load("/rewritten/domainbackup.rng", new Dictionary<string, string> { ["/rewritten/domainbackup.rng"] = text });

        Assert.True(reread.Diagnostics.Count == 0, "reading the rewritten grammar reports:\n" + string.Join("\n", reread.Diagnostics));
        var copy = reread.Grammar!;
        Assert.Equal(GrammarPrinter.Print(grammar.Start), GrammarPrinter.Print(copy.Start));
        Assert.Equal(reachable.OrderBy(key => key, StringComparer.Ordinal), copy.Defines.Select(define => define.Key).OrderBy(key => key, StringComparer.Ordinal));
        foreach (var key in reachable)
        {
            Assert.Equal(GrammarPrinter.Print(grammar.FindDefine(key)!.Pattern), GrammarPrinter.Print(copy.FindDefine(key)!.Pattern));
        }
    }

    /// <summary>
    /// libvirt's backup grammar uses few RELAX NG features; this schema uses the rest (nested grammar and parentRef,
    /// whose keys are no NCNames, namespaces, name classes, list, mixed, except, whitespace in values) and checks
    /// that xmllint judges each document the same against the original and the rewritten grammar.
    /// </summary>
    [Fact]
    public void WriterKeepsNamespacesNameClassesDatatypesAndNestedGrammars()
    {
        using var temp = new TemporaryDirectory();
        var schema = temp.WriteFile("features.rng", FeatureSchema);
        var result = RngLoader.Load(schema, new Dictionary<string, string> { [schema] = FeatureSchema });
        Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics));
        Assert.Contains(result.Grammar!.Defines, define => define.Key.Contains('#')); // the nested grammar's keys
        var rewritten = temp.WriteFile("features.rewritten.rng", RngWriter.Write(result.Grammar!));

        var expected = FeatureDocuments.ToDictionary(document => temp.WriteFile(document.Name + ".xml", document.Text), document => document.Valid);
        var documents = expected.Keys.ToList();
        var original = Xmllint.Validate(schema, documents);
        var viaModel = Xmllint.Validate(rewritten, documents);

        foreach (var document in documents)
        {
            var name = Path.GetFileName(document);
            Assert.True(expected[document] == original[document], $"{name}: the original schema says {Verdict(original[document])}; the test expects otherwise");
            Assert.True(original[document] == viaModel[document], $"{name}: original {Verdict(original[document])}, rewritten {Verdict(viaModel[document])}\n{File.ReadAllText(rewritten)}");
        }
    }

    private static string Verdict(bool valid) => valid ? "valid" : "invalid";

    private const string FeatureSchema = """
        <grammar xmlns="http://relaxng.org/ns/structure/1.0" xmlns:e="urn:example:extra"
                 ns="urn:example:main" datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
          <start>
            <element name="root">
              <attribute name="e:stamp"><data type="int"><param name="minInclusive">1</param><except><value type="int">13</value></except></data></attribute>
              <optional><attribute name="kind"><choice><value> padded </value><value type="string"> exact </value></choice></attribute></optional>
              <optional><attribute name="sizes"><list><oneOrMore><data type="unsignedByte"/></oneOrMore></list></attribute></optional>
              <ref name="body"/>
            </element>
          </start>
          <define name="body">
            <grammar>
              <start>
                <element name="note"><mixed><zeroOrMore><choice><parentRef name="bold"/><ref name="bold"/></choice></zeroOrMore></mixed></element>
              </start>
              <define name="bold">
                <element name="i"><text/></element>
              </define>
            </grammar>
            <zeroOrMore>
              <element><choice><nsName ns="urn:example:extra"><except><name ns="urn:example:extra">banned</name></except></nsName><name>free</name></choice><empty/></element>
            </zeroOrMore>
            <optional>
              <element><anyName><except><nsName/><nsName ns="urn:example:extra"/></except></anyName><text/></element>
            </optional>
          </define>
          <define name="bold">
            <element name="b"><text/></element>
          </define>
        </grammar>
        """;

    private static readonly (string Name, string Text, bool Valid)[] FeatureDocuments =
    [
        ("full", """<root xmlns="urn:example:main" xmlns:e="urn:example:extra" e:stamp="7" kind="padded" sizes="1 2 255"><note>a <b>bold</b> and <i>italic</i> word</note><e:any/><free/><foreign xmlns="urn:other">x</foreign></root>""", true),
        ("exact-string", """<root xmlns="urn:example:main" xmlns:e="urn:example:extra" e:stamp="2" kind=" exact "><note/></root>""", true),
        ("string-not-token", """<root xmlns="urn:example:main" xmlns:e="urn:example:extra" e:stamp="2" kind="exact"><note/></root>""", false),
        ("excepted-value", """<root xmlns="urn:example:main" xmlns:e="urn:example:extra" e:stamp="13"><note/></root>""", false),
        ("below-min", """<root xmlns="urn:example:main" xmlns:e="urn:example:extra" e:stamp="0"><note/></root>""", false),
        ("unqualified-attribute", """<root xmlns="urn:example:main" stamp="2"><note/></root>""", false),
        ("list-item-too-big", """<root xmlns="urn:example:main" xmlns:e="urn:example:extra" e:stamp="2" sizes="1 256"><note/></root>""", false),
        ("excepted-name", """<root xmlns="urn:example:main" xmlns:e="urn:example:extra" e:stamp="2"><note/><e:banned/></root>""", false),
        ("main-namespace-in-any", """<root xmlns="urn:example:main" xmlns:e="urn:example:extra" e:stamp="2"><note/><other>x</other></root>""", false),
        ("wrong-namespace", """<root xmlns="urn:other" stamp="2"><note/></root>""", false),
    ];
}

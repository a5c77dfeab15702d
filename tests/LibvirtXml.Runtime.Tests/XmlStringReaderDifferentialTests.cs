using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Xml;

namespace LibvirtXml.Runtime.Tests;

/// <summary>
/// The library's own XML parser (<see cref="XmlStringReader"/>) must accept exactly what <see cref="XmlReader"/>
/// accepts with the library's secure settings and report the same content: these tests run both over libvirt's
/// corpus and schemas, over edge cases, and over thousands of seeded mutations of them, node by node.
/// </summary>
public class XmlStringReaderDifferentialTests
{
    private static string SharedDirectory =>
        typeof(XmlStringReaderDifferentialTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "LibvirtSharedDirectory").Value!;

    /// <summary>Every XML file libvirt ships beside us: the test corpus and the RELAX NG schemas (namespaces, comments).</summary>
    private static IReadOnlyList<string> LibvirtDocuments()
    {
        var files = Directory.GetFiles(Path.Combine(SharedDirectory, "tests"), "*.xml", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(SharedDirectory, "schemas"), "*.rng"))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        Assert.True(files.Count >= 60, "libvirt's corpus and schemas were not found under " + SharedDirectory);
        return files.Select(File.ReadAllText).ToList();
    }

    public static TheoryData<string> EdgeCases() => new(EdgeCaseInputs);

    private static readonly string[] EdgeCaseInputs =
    {
        "<a/>",
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n<a/>",
        "<?xml version=\"1.0\"?><a/>",
        "<?xml version='1.1'?><a/>",
        "<?xml version='2.0'?><a/>",
        "<?xml encoding='UTF-8'?><a/>",
        "<?xml version='1.0' standalone='maybe'?><a/>",
        "<?xml version='1.0'encoding='UTF-8'?><a/>",
        "<?xml version='1.0' encoding='-x'?><a/>",
        " <?xml version='1.0'?><a/>",
        "<a/><?xml version='1.0'?>",
        "<?XML version='1.0'?><a/>",
        "<?xml-stylesheet href='x'?><a/>",
        "\uFEFF<a/>",
        "<a>\uFEFF</a>",
        "<a b='1' c=\"2\" d = '3'/>",
        "<a b='1'c='2'/>",
        "<a b='1' b='2'/>",
        "<a xmlns:p='u' xmlns:q='u' p:b='1' q:b='2'/>",
        "<a xmlns:p='u' p:b='1' b='2'/>",
        "<a b='x\ty\nz\r\nw\rv'/>",
        "<a b='&#9;&#10;&#13;&#x20;'/>",
        "<a b='&lt;&gt;&amp;&apos;&quot;'/>",
        "<a b='<'/>",
        "<a b='>'/>",
        "<a b='&'/>",
        "<a b='&nbsp;'/>",
        "<a b='&#0;'/>",
        "<a b='&#x110000;'/>",
        "<a b='&#xD800;'/>",
        "<a b='&#x1F600;'/>",
        "<a b='&#;'/>",
        "<a b='&#x;'/>",
        "<a b='&#12a;'/>",
        "<a>x\r\ny\rz\n</a>",
        "<a>&lt;&gt;&amp;&apos;&quot;&#65;&#x42;</a>",
        "<a>]]></a>",
        "<a>]] ></a>",
        "<a>]</a>",
        "<a><![CDATA[<x>&amp;]]]]><![CDATA[>\r\n]]></a>",
        "<![CDATA[x]]><a/>",
        "<a><!-- c --><!----></a>",
        "<a><!-- a--b --></a>",
        "<a><!-- a ---></a>",
        "<a><!- c --></a>",
        "<a><?pi?><?pi data ?></a>",
        "<a><?xml data?></a>",
        "<a><?Xml data?></a>",
        "<a><?p:i data?></a>",
        "<a><?pi\u0001?></a>",
        "<a>\u0001</a>",
        "<a>\uFFFE</a>",
        "<a>\uD800</a>",
        "<a>\uDC00x</a>",
        "<a>\uD83D\uDE00</a>",
        "<a b='\uD83D\uDE00'/>",
        "<\uD840\uDC00/>",
        "<a\u00B7b/>",
        "<\u00B7/>",
        "<é/>",
        "<a:b xmlns:a='u'/>",
        "<a:b/>",
        "<a:b:c xmlns:a='u'/>",
        "<:a/>",
        "<a:/>",
        "<a xmlns:p=''/>",
        "<a xmlns='u'><b xmlns=''><c/></b></a>",
        "<p:a xmlns:p='u'><p:b/></p:a>",
        "<p:a xmlns:p='u'></p:a>",
        "<p:a xmlns:p='u'></a>",
        "<a xmlns:xml='http://www.w3.org/XML/1998/namespace'/>",
        "<a xmlns:xml='u'/>",
        "<a xmlns:p='http://www.w3.org/XML/1998/namespace'/>",
        "<a xmlns:xmlns='u'/>",
        "<a xmlns:p='http://www.w3.org/2000/xmlns/'/>",
        "<xmlns:a/>",
        "<a xml:lang='en' xml:space='preserve'> </a>",
        "<a b:c='1'/>",
        "<a><b></a></b>",
        "<a></b>",
        "<a></a >",
        "<a></ a>",
        "<a/ >",
        "<a",
        "<a b",
        "<a b=",
        "<a b='",
        "<a>",
        "<a><b>",
        "<a></a",
        "<a/></a>",
        "</a>",
        "<a/><b/>",
        "<a/>x",
        "x<a/>",
        "<a/>  \n\t ",
        "",
        "   ",
        "<a/><!-- c --><?pi?>",
        "<!DOCTYPE a><a/>",
        "<a><!DOCTYPE a></a>",
        "<!ELEMENT a ANY><a/>",
        "<a><!foo></a>",
        "<a>&x;</a>",
        "<a>&x y;</a>",
        "<a>&p:x;</a>",
        "<a>&</a>",
        "<a>&#</a>",
        "<1a/>",
        "<a 1b='x'/>",
        "<a b='x'/ >",
        "< a/>",
        "<a\r\nb='1'\r\n/>",
        "<a>\n  <b>text</b>\n  <c/>\n</a>\n",
        "<a>  text with  spaces  </a>",
    };

    [Theory]
    [MemberData(nameof(EdgeCases))]
    public void EdgeCaseIsReadAsXmlReaderReadsIt(string xml) => AssertSameAsXmlReader(xml);

    /// <summary>A tag with more than one fault reports the one XmlReader reports: a bad xml:space value as soon as it is read, then an undeclared prefix, then a duplicate.</summary>
    [Theory]
    [InlineData("<a b='1' b='2'\n y:c='3'/>")]
    [InlineData("<a xmlns:y='urn:y' b='1' b='2'\n z:c='3'/>")]
    [InlineData("<a xmlns:y='urn:y' xmlns:z='urn:y' y:b='1' z:b='2'\n w:c='3'/>")]
    [InlineData("<a b='1' b='2'\n xml:space='x'/>")]
    [InlineData("<a b='1' y:b='2'\n xml:space='x'/>")]
    [InlineData("<a xml:space='x'\n b='1' c/>")]
    [InlineData("<a xml:space='x'\n b=></a>")]
    public void TheFaultOfATagReportedIsTheOneXmlReaderReports(string xml) => AssertSameAsXmlReader(xml);

    /// <summary>The declared encoding is not looked up (the text is decoded already); its characters are checked as XmlReader checks them.</summary>
    [Theory]
    [InlineData("U?F-8")]
    [InlineData("?")]
    [InlineData("")]
    [InlineData("a b")]
    [InlineData("a\u00E9")]
    [InlineData("a:b")]
    [InlineData("-x")]
    [InlineData("a&amp;b")]
    [InlineData("a<b")]
    [InlineData("a>b")]
    [InlineData("a\"b")]
    [InlineData("a\tb")]
    [InlineData("a\u0001b")]
    [InlineData("a\uFFFEb")]
    [InlineData("a?>b")]
    public void TheDeclaredEncodingIsCheckedAsXmlReaderChecksIt(string encoding)
    {
        AssertSameAsXmlReader("<?xml version='1.0' encoding='" + encoding + "'?><a/>");
        AssertSameAsXmlReader("<?xml version='1.0' encoding='" + encoding + "' standalone='yes'?><a/>");
    }

    /// <summary>A pseudo-attribute out of place in the XML declaration is reported where its name is, as XmlReader reports it, also on a later line.</summary>
    [Theory]
    [InlineData("<?xml\nfoo='1'?><a/>")]
    [InlineData("<?xml \rersion='1.0'?><a/>")]
    [InlineData("<?xml \r\nencoding='x'?><a/>")]
    [InlineData("<?xml\n\nversio='1.0'?><a/>")]
    [InlineData("<?xml version='1.0'\nfoo='1'?><a/>")]
    public void AMisplacedPseudoAttributeIsReportedWhereXmlReaderReportsIt(string xml) => AssertSameAsXmlReader(xml);

    [Theory]
    [InlineData("1.0?")]
    [InlineData("1.0?x")]
    [InlineData("1.0?>")]
    public void AVersionWithAQuestionMarkIsReadAsXmlReaderReadsIt(string version) =>
        AssertSameAsXmlReader("<?xml version='" + version + "'?><a/>");

    [Fact]
    public void LibvirtsDocumentsAndSchemasAreReadAsXmlReaderReadsThem()
    {
        foreach (var xml in LibvirtDocuments())
        {
            AssertSameAsXmlReader(xml);
        }
    }

    /// <summary>
    /// The parser passes attribute values and indentation four characters at a time and looks closer at the first
    /// character that may need it: every character that matters, at every position of runs up to three blocks long,
    /// at every alignment, closed or cut short, must come out as XmlReader reads it.
    /// </summary>
    [Fact]
    public void EveryCharacterAtEveryPositionOfValuesAndIndentationIsReadAsXmlReaderReadsIt()
    {
        string[] characters =
        [
            "'", "\"", "&amp;", "&#x41;", "&", "<", ">", "(", "'(", "\t", "\n", "\r", "\r\n", " ", "\u0001", "\u001F", "\u007F",
            "\u0080", "\u7FFF", "\u8000", "\uD7FF", "\uE000", "\uFFFD", "\uFFFE", "\uD83D\uDE00", "\uD83D", "\uDE00", "x", "",
        ];
        var cases = 0;
        foreach (var length in Enumerable.Range(0, 13))
        {
            for (var position = 0; position <= length; position++)
            {
                foreach (var character in characters)
                {
                    var value = new string('v', position) + character + new string('w', length - position);
                    var indentation = new string(' ', position) + character + new string('\t', length - position);
                    foreach (var xml in new[]
                    {
                        "<r a='" + value + "'/>",
                        "<r b=\"" + value + "\"/>",
                        "<r>\n" + indentation + "<x/>" + indentation + "</r>",
                    })
                    {
                        for (var alignment = 0; alignment < 4; alignment++)
                        {
                            var aligned = new string(' ', alignment) + xml;
                            AssertSameAsXmlReader(aligned);
                            AssertSameAsXmlReader(aligned.Substring(0, aligned.Length - 3));
                            cases += 2;
                        }
                    }
                }
            }
        }

        Assert.True(cases > 20000, cases + " documents");
    }

    /// <summary>
    /// The parser first tries the name that followed the same name last time (in this document or an earlier one) and
    /// scans only when it is not there: names that begin or extend the guessed one, prefixed names, white space or the
    /// end of the tag or of the input right after a name, and repeated names must all come out as XmlReader reads them.
    /// </summary>
    [Fact]
    public void NamesInChangingOrderAreReadAsXmlReaderReadsThem()
    {
        string[] elements = ["e", "ee", "e2", "e.f", "x:e", "E"];
        string[] attributes = ["a", "ab", "a-b", "b", "x:a", "y:a", "xmlns:y", "A"];
        string[] afterAttributeName = ["=", " =", "\t= ", "\n="];
        string[] afterElementName = [">", " >", "/>", " />", "\n", ">text"];
        var random = new Random(20261128);
        var accepted = 0;
        for (var i = 0; i < 3000; i++)
        {
            var xml = new StringBuilder("<r xmlns:x='urn:x'>");
            for (var element = random.Next(1, 5); element > 0; element--)
            {
                var name = elements[random.Next(elements.Length)];
                xml.Append('<').Append(name);
                foreach (var attribute in Enumerable.Range(0, random.Next(0, 4)).Select(_ => attributes[random.Next(attributes.Length)]))
                {
                    xml.Append(' ').Append(attribute).Append(afterAttributeName[random.Next(afterAttributeName.Length)]).Append("'v'");
                }

                var end = afterElementName[random.Next(afterElementName.Length)];
                xml.Append(end);
                if (!end.Contains('/'))
                {
                    xml.Append(end == "\n" ? ">" : string.Empty).Append("</").Append(name).Append('>');
                }
            }

            var document = xml.Append("</r>").ToString();
            // Cut short too, sometimes right after a name.
            var cut = document.Substring(0, random.Next(1, document.Length));
            accepted += AssertSameAsXmlReader(document) ? 1 : 0;
            AssertSameAsXmlReader(cut);
        }

        // Duplicate attributes (x:a, y:a and repeats) make some refused; most must be read.
        Assert.True(accepted > 1000, accepted + " of 3000 accepted");
    }

    [Fact]
    public void MutatedDocumentsAreAcceptedOrRefusedAsXmlReaderDoes()
    {
        var random = new Random(20261127);
        var inputs = LibvirtDocuments().Concat(EdgeCaseInputs).ToList();
        var refused = 0;
        var compared = 0;
        foreach (var xml in inputs)
        {
            // Large schemas get fewer mutations so that the test stays a few seconds long.
            var mutations = xml.Length > 20_000 ? 5 : 40;
            for (var i = 0; i < mutations; i++)
            {
                var mutated = Mutate(xml, random);
                refused += AssertSameAsXmlReader(mutated) ? 0 : 1;
                compared++;
            }
        }

        // Both outcomes must be well represented, or the comparison says little.
        Assert.InRange(refused, compared / 10, compared * 9 / 10);
    }

    [Fact]
    public void ElementsAndAttributesReportTheLineAndColumnOfTheirNames()
    {
        var xml = "<a>\r\n  <b c='1'\n     d='2'/>\r  <e/></a>";
        using var reader = new XmlStringReader(xml, 0);
        var positions = new List<string>();
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                positions.Add(reader.LocalName + "@" + reader.LineNumber + ":" + reader.LinePosition);
                while (reader.MoveToNextAttribute())
                {
                    positions.Add(reader.LocalName + "@" + reader.LineNumber + ":" + reader.LinePosition);
                }
            }
        }

        Assert.Equal(new[] { "a@1:2", "b@2:4", "c@2:6", "d@3:6", "e@4:4" }, positions);
    }

    [Fact]
    public void TextLongerThanTheLimitIsRefusedWhereTheLimitIsReached()
    {
        using var reader = new XmlStringReader("<a><b/><c/><d/></a>", maxCharacters: 10);
        Assert.True(reader.Read()); // <a>
        Assert.True(reader.Read()); // <b/>
        var error = Assert.Throws<XmlException>(() => { while (reader.Read()) { } });
        Assert.Contains("MaxCharactersInDocument", error.Message);
        Assert.Equal(ReadState.Error, reader.ReadState);
    }

    [Fact]
    public void CreateReaderGivesTheParserWithTheOptionsLimit()
    {
        using (var reader = LibvirtXmlDocument.CreateReader("<a b='1'>t</a>"))
        {
            Assert.IsType<XmlStringReader>(reader);
            Assert.True(reader.Read());
            Assert.Equal("1", reader.GetAttribute("b"));
        }

        using var limited = LibvirtXmlDocument.CreateReader("<a>" + new string('x', 100) + "</a>", new LibvirtXmlReaderOptions { MaxCharactersInDocument = 50 });
        var error = Assert.Throws<XmlException>(() => { while (limited.Read()) { } });
        Assert.Contains("MaxCharactersInDocument", error.Message);
        Assert.Throws<XmlException>(() => LibvirtXmlDocument.CreateReader("<!DOCTYPE a><a/>").Read());
    }

    [Fact]
    public void AClosedReaderReportsNothingOfTheBuffersItGaveBack()
    {
        var first = new XmlStringReader("<first a='1'><inner/></first>", 0);
        Assert.True(first.Read());
        Assert.True(first.Read());
        first.Close();
        using var second = new XmlStringReader("<second b='2'/>", 0); // takes the buffers the first gave back
        Assert.True(second.Read());

        Assert.Equal(ReadState.Closed, first.ReadState);
        Assert.False(first.Read());
        Assert.Equal(XmlNodeType.None, first.NodeType);
        Assert.Equal(string.Empty, first.LocalName);
        Assert.Null(first.GetAttribute("b"));
        Assert.False(first.MoveToFirstAttribute());
        Assert.Equal("second", second.LocalName);
        Assert.Equal("2", second.GetAttribute("b"));
    }

    [Fact]
    public void NamesAreAtomizedInTheNameTable()
    {
        using var reader = new XmlStringReader("<disks><disk name='a'/><disk name='b'/></disks>", 0);
        var names = new List<string>();
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                names.Add(reader.LocalName);
            }
        }

        Assert.Same(names[1], names[2]);
        Assert.Same(names[1], reader.NameTable.Get("disk"));
    }

    [Fact]
    public void ValuesReadAgainAreTheSame()
    {
        // Values are cut from the text on each read, not kept: every read must give the same value.
        using var reader = new XmlStringReader("<r a='x&amp;y\tz' b='plain'>t&amp;u\r\n<![CDATA[c\r\nd]]></r>", 0);
        reader.Read();
        Assert.Equal("x&y z", reader.GetAttribute("a"));
        Assert.True(reader.MoveToFirstAttribute());
        Assert.Equal("x&y z", reader.Value);
        Assert.Equal("x&y z", reader.Value);
        Assert.True(reader.MoveToNextAttribute());
        Assert.Equal("plain", reader.Value);
        Assert.Equal("plain", reader.Value);
        Assert.Equal("plain", reader.GetAttribute(1));
        reader.Read();
        Assert.Equal("t&u\n", reader.Value);
        Assert.Equal("t&u\n", reader.Value);
        reader.Read();
        Assert.Equal(XmlNodeType.CDATA, reader.NodeType);
        Assert.Equal("c\nd", reader.Value);
        Assert.Equal("c\nd", reader.Value);
    }

    [Fact]
    public void CollidingNamesCostNoMoreThanABoundedSearch()
    {
        // Many distinct names: the table keeps working (and stays correct) whatever their hashes.
        var xml = new StringBuilder("<root>");
        for (var i = 0; i < 20_000; i++)
        {
            xml.Append("<n").Append(i).Append(" a").Append(i).Append("='v'/>");
        }

        xml.Append("</root>");
        using var reader = new XmlStringReader(xml.ToString(), 0);
        var count = 0;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName.StartsWith('n'))
            {
                Assert.Equal("n" + count, reader.LocalName);
                Assert.Equal("v", reader.GetAttribute("a" + count));
                count++;
            }
        }

        Assert.Equal(20_000, count);
    }

    /// <summary>
    /// Names the name table gives up on (more than its bounded search of names sharing a hash) are not shared atoms:
    /// they must still be reported, matched as names and compared for duplicates by value, as elements, attributes and
    /// prefixes alike.
    /// </summary>
    [Theory]
    [InlineData("<r {attributes}/>")]
    [InlineData("<r {attributes} {last}='again'/>")]
    [InlineData("<r {declarations}><x {prefixed}/></r>")]
    [InlineData("<r {declarations}><x {prefixed} {lastPrefix}:{last}='again'/></r>")]
    [InlineData("<r {declarations}><x {prefixed} {firstPrefix}:{last}='same namespace'/></r>")]
    [InlineData("<r>{elements}</r>")]
    [InlineData("<r>{elements}<{last}></{first}></r>")]
    [InlineData("<r {declarations}><{lastPrefix}:e {lastPrefix}:a='1'/></r>")]
    public void NamesTheTableGaveUpOnAreReadAsXmlReaderReadsThem(string template)
    {
        // One length and the same first, middle and last characters: one hash (XmlAtomTable.Hash) for all 40 names.
        var names = Enumerable.Range(0, 40).Select(i => "a" + (char)('a' + i % 20) + "m" + (char)('a' + i / 20) + "z").ToList();
        var xml = template
            .Replace("{attributes}", string.Join(" ", names.Select((n, i) => n + "='" + i + "'")))
            .Replace("{declarations}", string.Join(" ", names.Select((n, i) => "xmlns:" + n + "='urn:" + (i == names.Count - 1 ? 0 : i) + "'")))
            .Replace("{prefixed}", string.Join(" ", names.Select((n, i) => n + ":" + n + "='" + i + "'")))
            .Replace("{elements}", string.Concat(names.Select(n => "<" + n + " " + n + "='" + n + "'>t</" + n + ">")))
            .Replace("{firstPrefix}", names[0])
            .Replace("{lastPrefix}", names[^1])
            .Replace("{first}", names[0])
            .Replace("{last}", names[^1]);

        AssertSameAsXmlReader(xml);

        using var reader = new XmlStringReader(xml, 0);
        try
        {
            while (reader.Read())
            {
            }
        }
        catch (XmlException)
        {
        }

        Assert.True(reader.Parser.NameTable.GaveUp, "the names do not exercise the table giving up");
    }

    /// <summary>Returns whether XmlReader accepted the input.</summary>
    private static bool AssertSameAsXmlReader(string xml)
    {
        var expected = Events(XmlReader.Create(new StringReader(xml), LibvirtXmlSettings.CreateReaderSettings()));
        var actual = Events(new XmlStringReader(xml, 0));
        if (expected.Error is null)
        {
            Assert.True(actual.Error is null, "XmlReader accepts, ours refuses (" + actual.Error?.Message + "):\n" + Show(xml, actual.Error?.LineNumber ?? 1));
            Assert.True(expected.Nodes.SequenceEqual(actual.Nodes), "different nodes for:\n" + Show(xml) + "\n" + FirstDifference(expected.Nodes, actual.Nodes));
            return true;
        }

        Assert.True(actual.Error is not null, "XmlReader refuses (" + expected.Error.Message + "), ours accepts:\n" + Show(xml, expected.Error.LineNumber));
        if (expected.Error.Message.StartsWith("Unexpected end of file", StringComparison.Ordinal))
        {
            // Where XmlReader puts an end of input varies with the markup left open; ours is where that markup starts.
            Assert.True(actual.Error!.Message.StartsWith("Unexpected end of file", StringComparison.Ordinal) || actual.Error.LineNumber == expected.Error.LineNumber,
                "XmlReader '" + expected.Error.Message + "', ours '" + actual.Error.Message + "' for:\n" + Show(xml, expected.Error.LineNumber));
        }
        else if (expected.Error.LineNumber > 0)
        {
            Assert.True(expected.Error.LineNumber == actual.Error!.LineNumber,
                "errors on different lines: XmlReader '" + expected.Error.Message + "', ours '" + actual.Error.Message + "' for:\n" + Show(xml, expected.Error.LineNumber));
        }

        return false;
    }

    private static (List<string> Nodes, XmlException? Error) Events(XmlReader reader)
    {
        var nodes = new List<string>();
        var text = new StringBuilder();
        var lineInfo = (IXmlLineInfo)reader;
        try
        {
            using (reader)
            {
                while (reader.Read())
                {
                    switch (reader.NodeType)
                    {
                        case XmlNodeType.Text:
                        case XmlNodeType.CDATA:
                        case XmlNodeType.Whitespace:
                        case XmlNodeType.SignificantWhitespace:
                            // How text is split into nodes (around CDATA or skipped comments) is not content.
                            text.Append(reader.Value);
                            continue;
                        case XmlNodeType.XmlDeclaration:
                            continue;
                    }

                    FlushText(nodes, text);
                    switch (reader.NodeType)
                    {
                        case XmlNodeType.Element:
                            nodes.Add("<" + reader.Prefix + ":" + reader.LocalName + " {" + reader.NamespaceURI + "} depth " + reader.Depth
                                + (reader.IsEmptyElement ? " empty" : string.Empty) + " at " + lineInfo.LineNumber + ":" + lineInfo.LinePosition);
                            for (var more = reader.MoveToFirstAttribute(); more; more = reader.MoveToNextAttribute())
                            {
                                nodes.Add("  @" + reader.Prefix + ":" + reader.LocalName + " {" + reader.NamespaceURI + "} depth " + reader.Depth
                                    + " = '" + reader.Value + "' at " + lineInfo.LineNumber + ":" + lineInfo.LinePosition);
                            }

                            reader.MoveToElement();
                            break;
                        case XmlNodeType.EndElement:
                            nodes.Add("</" + reader.Prefix + ":" + reader.LocalName + " {" + reader.NamespaceURI + "} depth " + reader.Depth);
                            break;
                        default:
                            nodes.Add(reader.NodeType.ToString());
                            break;
                    }
                }
            }

            FlushText(nodes, text);
            return (nodes, null);
        }
        catch (XmlException e)
        {
            return (nodes, e);
        }
    }

    private static void FlushText(List<string> nodes, StringBuilder text)
    {
        if (text.Length > 0)
        {
            nodes.Add("text '" + text + "'");
            text.Clear();
        }
    }

    private static readonly string[] Fragments =
    {
        "<", ">", "&", "'", "\"", ";", ":", "/", "=", "!", "?", "-", "]", "\r", "\r\n", "\t", "\0", "\u0001", "\uD800", "\uDC00",
        "\uFFFE", "é", " ", "x", "#", "&lt;", "&#x41;", "&#0;", "&#65;", "&nbsp;", "<![CDATA[x]]>", "]]>", "<!--c-->", "--",
        "<?pi x?>", "xmlns:p='u' ", "p:", "xmlns='urn:x' ", "<!DOCTYPE a>", "<?xml version='1.0'?>", "<b/>", "</b>", "<b>",
        "xml:space='preserve' ", " a='1'", "\uD83D\uDE00",
    };

    private static string Mutate(string xml, Random random)
    {
        if (xml.Length == 0)
        {
            return Fragments[random.Next(Fragments.Length)];
        }

        var at = random.Next(xml.Length);
        switch (random.Next(4))
        {
            case 0:
                return xml.Remove(at, Math.Min(1 + random.Next(3), xml.Length - at));
            case 1:
                return xml.Insert(at, Fragments[random.Next(Fragments.Length)]);
            case 2:
                var length = Math.Min(random.Next(1, 12), xml.Length - at);
                return xml.Insert(random.Next(xml.Length), xml.Substring(at, length));
            default:
                return xml.Remove(at, 1).Insert(at, Fragments[random.Next(Fragments.Length)]);
        }
    }

    /// <summary>The input, or for a long one the lines around <paramref name="line"/>.</summary>
    private static string Show(string xml, int line = 1)
    {
        if (xml.Length <= 400)
        {
            return Escape(xml);
        }

        var lines = xml.Split('\n');
        var first = Math.Max(0, line - 3);
        return "(lines " + (first + 1) + "-) " + Escape(string.Join("\n", lines.Skip(first).Take(5)));
    }

    private static string Escape(string text) =>
        string.Concat(text.Select(c => c < ' ' && c != '\n' || c >= '\uD800' && c <= '\uDFFF' || c >= '\uFFFE' ? "\\u" + ((int)c).ToString("X4") : c.ToString()));

    private static string FirstDifference(List<string> expected, List<string> actual)
    {
        for (var i = 0; i < Math.Max(expected.Count, actual.Count); i++)
        {
            var e = i < expected.Count ? expected[i] : "(none)";
            var a = i < actual.Count ? actual[i] : "(none)";
            if (e != a)
            {
                return "node " + i + ": XmlReader " + Escape(e) + "\n        ours      " + Escape(a);
            }
        }

        return string.Empty;
    }
}

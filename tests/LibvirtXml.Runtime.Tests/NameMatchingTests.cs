using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using LibvirtXml;
using LibvirtXml.Runtime.Tests.TestElements;

namespace LibvirtXml.Runtime.Tests;

/// <summary>
/// <see cref="LibvirtXmlReader.MatchName"/> and the unknown-content overloads that place what it did not match, on the
/// library's own parser (string input) and on an <see cref="XmlReader"/> of the caller's.
/// </summary>
public class NameMatchingTests
{
    public static TheoryData<bool> BothReaders => new() { false, true };

    /// <summary>
    /// A reader entered on the root element of <paramref name="xml"/>: over an <see cref="XmlReader"/>, or over the
    /// library's own parser directly, as <c>Parse(string)</c> reads (not through its XmlReader API).
    /// </summary>
    internal static LibvirtXmlReader EnterRoot(string xml, bool useXmlReader)
    {
        LibvirtXmlReader reader;
        if (useXmlReader)
        {
            var xmlReader = XmlReader.Create(new StringReader(xml), LibvirtXmlSettings.CreateReaderSettings());
            xmlReader.MoveToContent();
            reader = new LibvirtXmlReader(xmlReader);
        }
        else
        {
            reader = new LibvirtXmlReader(new XmlTextParser(xml, 0), null);
            while (reader.NodeType != XmlNodeKind.Element)
            {
                Assert.True(reader.Read());
            }
        }

        reader.Enter();
        return reader;
    }

    /// <summary>Reads the document <paramref name="xml"/>, whose root is <c>root</c>, into <paramref name="root"/>: from an <see cref="XmlReader"/>, or from the string.</summary>
    internal static void ReadRoot(string xml, ILibvirtXmlSerializable root, bool useXmlReader)
    {
        if (useXmlReader)
        {
            using var reader = XmlReader.Create(new StringReader(xml), LibvirtXmlSettings.CreateReaderSettings());
            LibvirtXmlDocument.Read(reader, "root", root);
        }
        else
        {
            LibvirtXmlDocument.Read(xml, "root", root);
        }
    }

    /// <summary>Each attribute's qualified name with what <see cref="LibvirtXmlReader.MatchName"/> gives for it.</summary>
    private static List<(string Name, int Index)> MatchAttributes(LibvirtXmlReader reader, string names)
    {
        var results = new List<(string, int)>();
        for (var more = reader.MoveToFirstAttribute(); more; more = reader.MoveToNextAttribute())
        {
            results.Add((reader.Reader.Name, reader.MatchName(names)));
        }

        reader.MoveToElement();
        return results;
    }

    [Theory]
    [MemberData(nameof(BothReaders))]
    public void Gives_the_index_of_a_name_in_no_namespace_and_minus_one_otherwise(bool useXmlReader)
    {
        var reader = EnterRoot("<root xmlns:q='urn:q' port='1' q:type='2' typex='3' typ='4' type='5' name='6' other='7'/>", useXmlReader);

        var results = MatchAttributes(reader, "name type port");

        Assert.Equal(
            new[] { ("xmlns:q", -1), ("port", 2), ("q:type", -1), ("typex", -1), ("typ", -1), ("type", 1), ("name", 0), ("other", -1) },
            results);
    }

    [Theory]
    [MemberData(nameof(BothReaders))]
    public void Matches_element_names_as_well(bool useXmlReader)
    {
        var reader = EnterRoot("<root xmlns:q='urn:q'><disk/><q:disk/><target/><disks/></root>", useXmlReader);
        var results = new List<int>();
        Assert.True(reader.BeginChildren());
        while (reader.NextChild())
        {
            results.Add(reader.MatchName("target disk"));
            reader.SkipElement();
        }

        Assert.Equal(new[] { 1, -1, 0, -1 }, results);
    }

    [Theory]
    [MemberData(nameof(BothReaders))]
    public void A_list_of_one_name_matches_only_that_name(bool useXmlReader)
    {
        var reader = EnterRoot("<root type='1' typex='2' typ='3' ype='4'/>", useXmlReader);

        Assert.Equal(new[] { 0, -1, -1, -1 }, MatchAttributes(reader, "type").Select(r => r.Index));
    }

    [Theory]
    [MemberData(nameof(BothReaders))]
    public void A_name_that_is_a_prefix_or_an_extension_of_a_listed_name_does_not_match(bool useXmlReader)
    {
        var reader = EnterRoot("<root type='1' typ='2' typexx='3' x='4'/>", useXmlReader);

        Assert.Equal(new[] { 1, -1, -1, -1 }, MatchAttributes(reader, "typex type").Select(r => r.Index));
    }

    [Theory]
    [MemberData(nameof(BothReaders))]
    public void Lists_that_share_a_name_each_give_their_own_index_however_often_they_alternate(bool useXmlReader)
    {
        // "cd ab" and "ca cd" have the same length and first character, so "cd" falls in the same cache slot for both.
        var reader = EnterRoot("<root cd='1' ab='2' ca='3'/>", useXmlReader);
        for (var round = 0; round < 3; round++)
        {
            Assert.Equal(new[] { 0, 1, -1 }, MatchAttributes(reader, "cd ab").Select(r => r.Index));
            Assert.Equal(new[] { 1, -1, 0 }, MatchAttributes(reader, "ca cd").Select(r => r.Index));
            Assert.Equal(new[] { 0, -1, -1 }, MatchAttributes(reader, "cd").Select(r => r.Index));
        }
    }

    [Theory]
    [MemberData(nameof(BothReaders))]
    public void Names_that_fall_in_the_same_cache_slot_are_told_apart(bool useXmlReader)
    {
        // Same length, first, middle and last character: the same slot for the same list.
        var reader = EnterRoot("<root type='1' tape='2' type2='3' tope='4'/>", useXmlReader);
        for (var round = 0; round < 3; round++)
        {
            Assert.Equal(new[] { 1, 0, -1, -1 }, MatchAttributes(reader, "tape type").Select(r => r.Index));
        }
    }

    [Theory]
    [MemberData(nameof(BothReaders))]
    public void A_list_that_is_not_the_same_instance_matches_the_same(bool useXmlReader)
    {
        var reader = EnterRoot("<root name='1' port='2'/>", useXmlReader);
        for (var round = 0; round < 3; round++)
        {
            var names = string.Concat("name ", "port"); // a new instance on every call, as names that are not literals
            Assert.Equal(new[] { 0, 1 }, MatchAttributes(reader, names).Select(r => r.Index));
        }
    }

    [Fact]
    public void Names_from_a_reader_that_does_not_share_its_strings_still_match()
    {
        // Every XmlReader.Create has its own name table: the strings differ between readers, the results do not.
        for (var round = 0; round < 3; round++)
        {
            var reader = EnterRoot("<root b='1' a='2' c='3'/>", useXmlReader: true);
            Assert.Equal(new[] { 1, 0, -1 }, MatchAttributes(reader, "a b").Select(r => r.Index));
        }
    }

    [Fact]
    public void A_null_list_is_refused()
    {
        var reader = EnterRoot("<root a='1'/>", useXmlReader: false);
        reader.MoveToFirstAttribute();

        Assert.Throws<System.ArgumentNullException>(() => reader.MatchName(null!));
    }

    private const string Interleaved =
        "<root z='0' a='1' xmlns:q='urn:q' q:n='2' b='3' w='4'>\n" +
        "  <u1/>\n" +
        "  <x>t</x>\n" +
        "  <u2 k='v'>text</u2>\n" +
        "  <leaf y='1' k='2' m='3'>\n" +
        "    <c1/>\n" +
        "    <c2/>\n" +
        "  </leaf>\n" +
        "  <single a='s'>\n" +
        "    <u3/>\n" +
        "    <x>inner</x>\n" +
        "    <u4/>\n" +
        "  </single>\n" +
        "  <x>second</x>\n" +
        "  <leaf k='again'/>\n" +
        "  <item a='i1'>\n" +
        "    <x>1</x>\n" +
        "    <q:u5/>\n" +
        "  </item>\n" +
        "  <u6/>\n" +
        "  <item zz='9' a='i2'/>\n" +
        "</root>\n";

    /// <summary>Read by the element's own loops, and by the runtime's loop (<see cref="LibvirtXmlReader.ReadElement"/>).</summary>
    public static TheoryData<bool> BothWaysOfReading => new() { false, true };

    [Theory]
    [MemberData(nameof(BothWaysOfReading))]
    public void Unknown_content_comes_back_where_it_was_from_a_string(bool byParts)
    {
        var root = new MatchedItem { ByParts = byParts };
        LibvirtXmlDocument.Read(Interleaved, "root", root);

        AssertInterleavedContent(root);
        Assert.Equal(Interleaved, LibvirtXmlDocument.Write(root));
    }

    [Theory]
    [MemberData(nameof(BothWaysOfReading))]
    public void Unknown_content_comes_back_where_it_was_from_an_XmlReader(bool byParts)
    {
        var root = new MatchedItem { ByParts = byParts };
        using (var reader = XmlReader.Create(new StringReader(Interleaved), LibvirtXmlSettings.CreateReaderSettings()))
        {
            LibvirtXmlDocument.Read(reader, "root", root);
        }

        AssertInterleavedContent(root);
        Assert.Equal(Interleaved, LibvirtXmlDocument.Write(root));
    }

    private static void AssertInterleavedContent(MatchedItem root)
    {
        Assert.Equal(("1", "3", "t"), (root.A, root.B, root.X));
        var attributes = root.Unknown!.Attributes;
        Assert.Equal(new[] { "z", "{http://www.w3.org/2000/xmlns/}q", "{urn:q}n", "w" }, attributes.Select(a => a.Name.ToString()));
        Assert.Equal(new string?[] { null, "a", "a", "b" }, attributes.Select(a => UnknownPlacement.Of(a).After));

        // The second <x> and <leaf> follow <single>: a match that was undone does not count as the last known element.
        Assert.Equal(new[] { "u1", "u2", "x", "leaf", "u6" }, root.Unknown.Elements.Select(e => e.Name.LocalName));
        Assert.Equal(new string?[] { null, "x", "single", "single", "item" }, root.Unknown.Elements.Select(e => UnknownPlacement.Of(e).After));

        Assert.Equal("2", root.Leaf!.K);
        Assert.Equal(new string?[] { null, "k" }, root.Leaf.Unknown!.Attributes.Select(a => UnknownPlacement.Of(a).After));
        Assert.Equal(new string?[] { null, null }, root.Leaf.Unknown.Elements.Select(e => UnknownPlacement.Of(e).After));

        Assert.Equal(new string?[] { null, "x" }, root.Single!.Unknown!.Elements.Select(e => UnknownPlacement.Of(e).After));
        Assert.Equal(new string?[] { "x" }, root.Items[0].Unknown!.Elements.Select(e => UnknownPlacement.Of(e).After));

        // A new element starts without a last known attribute.
        Assert.Equal(new string?[] { null }, root.Items[1].Unknown!.Attributes.Select(a => UnknownPlacement.Of(a).After));
        Assert.False(root.Items[1].Unknown!.HasElements);
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void A_repeat_right_after_the_first_is_placed_after_it(bool useXmlReader, bool byParts)
    {
        const string xml = "<root>\n  <x>1</x>\n  <x>2</x>\n  <u/>\n  <item/>\n  <item/>\n  <x>3</x>\n  <v/>\n</root>\n";
        var root = new MatchedItem { ByParts = byParts };
        ReadRoot(xml, root, useXmlReader);

        Assert.Equal(new[] { "x", "u", "x", "v" }, root.Unknown!.Elements.Select(e => e.Name.LocalName));
        Assert.Equal(new string?[] { "x", "x", "item", "item" }, root.Unknown.Elements.Select(e => UnknownPlacement.Of(e).After));
    }

    [Theory]
    [MemberData(nameof(BothWaysOfReading))]
    public void An_element_without_unknown_content_has_no_holder_and_reading_again_forgets_it(bool byParts)
    {
        var root = new MatchedItem { ByParts = byParts };
        LibvirtXmlDocument.Read(Interleaved, "root", root);
        LibvirtXmlDocument.Read("<root a='1'><x>t</x><item/></root>", "root", root);

        Assert.Null(root.Unknown);
        Assert.Null(root.Items[0].Unknown);
        Assert.Equal("<root a='1'>\n  <x>t</x>\n  <item/>\n</root>\n", LibvirtXmlDocument.Write(root));
    }

    [Fact]
    public void The_holder_creates_its_lists_on_first_use_and_tests_them_without_creating_them()
    {
        var content = new LibvirtXmlUnknownContent();
        Assert.True(content.IsEmpty);
        Assert.False(content.HasAttributes);
        Assert.False(content.HasElements);
        Assert.Null(content.AttributesField);
        Assert.Null(content.ElementsField);

        content.Elements.Add(new XElement("e"));
        Assert.Null(content.AttributesField);
        Assert.True(content.HasElements);
        Assert.False(content.IsEmpty);

        content.Attributes = new List<XAttribute> { new("a", "1") };
        Assert.True(content.HasAttributes);
    }

    [Fact]
    public void Writing_with_a_null_or_empty_holder_writes_no_unknown_content()
    {
        var output = new StringWriter();
        var writer = new LibvirtXmlWriter(output);
        writer.WriteStartElement("a", (LibvirtXmlUnknownContent?)null);
        writer.WriteStartElement("b", new LibvirtXmlUnknownContent());
        writer.WriteAttribute("k", "v");
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.Flush();

        Assert.Equal("<a>\n  <b k='v'/>\n</a>\n", output.ToString());
    }

    [Fact]
    public void Nullable_parsers_give_the_value_and_the_same_errors()
    {
        var reader = EnterRoot("<root/>", useXmlReader: false);

        Assert.Equal(7u, reader.ParseNullableUInt32(" 7 ", "n"));
        Assert.Equal(ulong.MaxValue, reader.ParseNullableUInt64("18446744073709551615", "n"));
        Assert.Equal(-3, reader.ParseNullableInt32("-3", "n"));
        Assert.Equal(long.MinValue, reader.ParseNullableInt64("-9223372036854775808", "n"));
        var error = Assert.Throws<LibvirtXmlException>(() => reader.ParseNullableUInt32("-1", "port"));
        Assert.Contains("invalid value '-1' for 'port': expected an unsigned 32-bit integer", error.Message);
    }
}

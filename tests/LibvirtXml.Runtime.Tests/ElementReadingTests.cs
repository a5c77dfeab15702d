using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using LibvirtXml;
using LibvirtXml.Runtime.Tests.TestElements;

namespace LibvirtXml.Runtime.Tests;

/// <summary>
/// <see cref="LibvirtXmlReader.ReadElement"/> and <see cref="LibvirtXmlReader.ReadTextElement"/>, the runtime's loop that
/// reads an element part by part into an <see cref="ILibvirtXmlElementReader"/>, and <see cref="LibvirtXmlReader.NextAttribute"/>.
/// Where unknown content lands is tested with the other reading in <see cref="NameMatchingTests"/>.
/// </summary>
public class ElementReadingTests
{
    public static TheoryData<bool> BothReaders => NameMatchingTests.BothReaders;

    private static void Read(string xml, ILibvirtXmlSerializable root, bool useXmlReader) => NameMatchingTests.ReadRoot(xml, root, useXmlReader);

    [Theory]
    [MemberData(nameof(BothReaders))]
    public void Parts_come_in_document_order_numbered_by_their_place_in_the_list_the_bar_included(bool useXmlReader)
    {
        // Names: "a b | x leaf single item": a is 0, b is 1, the bar 2, x 3, leaf 4, single 5, item 6.
        var root = new MatchedItem { ByParts = true };
        Read("<root b='2' zz='3' a='1'><item/><x>t</x><u/><item/></root>", root, useXmlReader);

        Assert.Equal(
            new[] { LibvirtXmlPart.Start, 1, LibvirtXmlPart.OtherAttribute, 0, 6, 3, LibvirtXmlPart.OtherChild, 6, LibvirtXmlPart.End },
            root.PartsRead);
        Assert.Equal(("1", "2", "t", 2), (root.A, root.B, root.X, root.Items.Count));
        Assert.Equal(new[] { LibvirtXmlPart.Start, LibvirtXmlPart.End }, root.Items[0].PartsRead);
    }

    [Theory]
    [MemberData(nameof(BothReaders))]
    public void A_name_on_the_other_side_of_the_bar_is_not_matched(bool useXmlReader)
    {
        // An attribute named like a child element, and child elements named like attributes.
        var root = new MatchedItem { ByParts = true };
        Read("<root x='1' item='2'><a/><b/></root>", root, useXmlReader);

        Assert.Equal(
            new[] { LibvirtXmlPart.Start, LibvirtXmlPart.OtherAttribute, LibvirtXmlPart.OtherAttribute, LibvirtXmlPart.OtherChild, LibvirtXmlPart.OtherChild, LibvirtXmlPart.End },
            root.PartsRead);
        Assert.Equal(new[] { "x", "item" }, root.Unknown!.Attributes.Select(a => a.Name.LocalName));
        Assert.Equal(new[] { "a", "b" }, root.Unknown.Elements.Select(e => e.Name.LocalName));
    }

    [Theory]
    [MemberData(nameof(BothReaders))]
    public void The_reader_is_left_after_the_element_with_its_path_as_before(bool useXmlReader)
    {
        var root = new MatchedItem { ByParts = true };
        Read("<root a='1'><single b='2'><leaf k='3'><u/></leaf></single><item/></root>", root, useXmlReader);

        Assert.Equal("2", root.Single!.B);
        Assert.Equal("3", root.Single.Leaf!.K);
        Assert.Equal(new[] { "u" }, root.Single.Leaf.Unknown!.Elements.Select(e => e.Name.LocalName));
        Assert.Single(root.Items);
    }

    [Theory]
    [MemberData(nameof(BothReaders))]
    public void A_text_element_is_read_as_start_attributes_text_and_end(bool useXmlReader)
    {
        var element = new TextElement();
        Read("<root unit='KiB' other='x'>42<!-- c --></root>", element, useXmlReader);

        Assert.Equal(new[] { LibvirtXmlPart.Start, 0, LibvirtXmlPart.OtherAttribute, LibvirtXmlPart.Text, LibvirtXmlPart.End }, element.PartsRead);
        Assert.Equal(("KiB", "42"), (element.Unit, element.Text));
        Assert.Equal(new[] { "other" }, element.Unknown!.Attributes.Select(a => a.Name.LocalName));
    }

    [Fact]
    public void Errors_give_the_line_and_the_path_of_the_elements_being_read()
    {
        var root = new MatchedItem { ByParts = true };
        var error = Assert.Throws<LibvirtXmlException>(() => LibvirtXmlDocument.Read("<root>\n  <single>\n    <leaf k='1' k='2'/>", "root", root));

        Assert.Equal(3, error.LineNumber);
        Assert.Equal("/root/single", error.ElementPath);
    }

    [Fact]
    public void Null_arguments_are_refused()
    {
        var reader = new LibvirtXmlReader(new XmlTextParser("<root/>", 0), null);
        reader.Read();

        Assert.Throws<System.ArgumentNullException>(() => reader.ReadElement(null!, "|"));
        Assert.Throws<System.ArgumentNullException>(() => reader.ReadElement(new MatchedItem(), null!));
        Assert.Throws<System.ArgumentNullException>(() => reader.ReadTextElement(null!, "|"));
    }

    [Theory]
    [MemberData(nameof(BothReaders))]
    public void NextAttribute_visits_each_attribute_once_and_ends_on_the_element(bool useXmlReader)
    {
        var reader = NameMatchingTests.EnterRoot("<root a='1' xmlns:q='urn:q' q:b='2'><child c='3'/></root>", useXmlReader);
        var seen = new List<string>();
        while (reader.NextAttribute())
        {
            seen.Add(reader.Reader.Name + "=" + reader.Value);
        }

        Assert.Equal(new[] { "a=1", "xmlns:q=urn:q", "q:b=2" }, seen);
        Assert.Equal(XmlNodeKind.Element, reader.NodeType);
        Assert.Equal("root", reader.LocalName);
        Assert.True(reader.BeginChildren());
        Assert.True(reader.NextChild());
        Assert.Equal("child", reader.LocalName);
    }

    [Theory]
    [MemberData(nameof(BothReaders))]
    public void NextAttribute_on_an_element_without_attributes_stays_on_it(bool useXmlReader)
    {
        var reader = NameMatchingTests.EnterRoot("<root><child/></root>", useXmlReader);

        Assert.False(reader.NextAttribute());
        Assert.Equal(XmlNodeKind.Element, reader.NodeType);
        Assert.Equal("root", reader.LocalName);
    }

    /// <summary><c>&lt;any unit=''&gt;text&lt;/any&gt;</c>, read as generated classes of text elements that occur once are.</summary>
    private sealed class TextElement : ILibvirtXmlSerializable, ILibvirtXmlElementReader
    {
        private LibvirtXmlUnknownContent? _unknown;

        public string? Unit { get; private set; }

        public string? Text { get; private set; }

        public LibvirtXmlUnknownContent? Unknown => _unknown;

        public List<int> PartsRead { get; } = new();

        void ILibvirtXmlSerializable.ReadXml(LibvirtXmlReader reader) => reader.ReadTextElement(this, "unit |");

        bool ILibvirtXmlElementReader.ReadPart(LibvirtXmlReader reader, int part)
        {
            PartsRead.Add(part);
            switch (part)
            {
                case LibvirtXmlPart.Start:
                    Unit = Text = null;
                    _unknown = null;
                    return true;
                case 0:
                    Unit = reader.Value;
                    return true;
                case LibvirtXmlPart.Text:
                    Text = reader.ReadTextContent();
                    return true;
                case LibvirtXmlPart.End:
                    reader.TakeUnknownContent(ref _unknown);
                    return true;
            }

            return false;
        }

        void ILibvirtXmlSerializable.WriteXml(LibvirtXmlWriter writer) => throw new System.NotSupportedException();
    }
}

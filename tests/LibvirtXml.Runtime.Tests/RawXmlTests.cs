using System;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using LibvirtXml;

namespace LibvirtXml.Runtime.Tests;

/// <summary>Elements kept as XML: read as XElement, written back in the canonical format.</summary>
public class RawXmlTests
{
    private static XElement ReadFirstChild(string xml, LibvirtXmlReaderOptions? options = null)
    {
        using var xmlReader = XmlReader.Create(new StringReader(xml), LibvirtXmlSettings.CreateReaderSettings());
        var reader = new LibvirtXmlReader(xmlReader, options);
        xmlReader.MoveToContent();
        reader.Enter();
        Assert.True(reader.BeginChildren());
        Assert.True(reader.NextChild());
        var element = reader.ReadElementAsXml();
        Assert.False(reader.NextChild());
        return element;
    }

    private static string Write(XElement element)
    {
        var text = new StringWriter();
        var writer = new LibvirtXmlWriter(text);
        writer.WriteStartElement("root");
        writer.WriteXml(element);
        writer.WriteEndElement();
        return text.ToString();
    }

    [Fact]
    public void ElementsComeBackReindentedWithTheirAttributesInOrder()
    {
        var element = ReadFirstChild("<root><domain type=\"kvm\" id=\"1\">\n\t<name>vm</name><devices><disk type='file'/></devices></domain></root>");

        Assert.Equal(
            "<root>\n  <domain type='kvm' id='1'>\n    <name>vm</name>\n    <devices>\n      <disk type='file'/>\n    </devices>\n  </domain>\n</root>\n",
            Write(element));
    }

    [Fact]
    public void NamespacesAndTheirPrefixesSurvive()
    {
        var element = ReadFirstChild("<root><metadata><app:info xmlns:app='urn:example:app' app:level='3'>x</app:info><plain xmlns='urn:example:default'/></metadata></root>");

        Assert.Equal(
            "<root>\n  <metadata>\n    <app:info xmlns:app='urn:example:app' app:level='3'>x</app:info>\n    <plain xmlns='urn:example:default'/>\n  </metadata>\n</root>\n",
            Write(element));
    }

    [Fact]
    public void MixedContentIsWrittenWithoutAddedWhitespace()
    {
        var element = ReadFirstChild("<root><description>Hello <b>bold</b> world &amp; more</description></root>");

        Assert.Equal("<root>\n  <description>Hello <b>bold</b> world &amp; more</description>\n</root>\n", Write(element));
    }

    [Fact]
    public void CommentsAndProcessingInstructionsAreDropped()
    {
        var element = ReadFirstChild("<root><a><!-- c --><?pi x?><b/></a></root>");

        Assert.Equal("<root>\n  <a>\n    <b/>\n  </a>\n</root>\n", Write(element));
    }

    [Fact]
    public void RawContentCountsAgainstTheDepthLimit()
    {
        var deep = "<root><a>" + string.Concat(Enumerable.Repeat("<n>", 10)) + string.Concat(Enumerable.Repeat("</n>", 10)) + "</a></root>";

        var error = Assert.Throws<LibvirtXmlException>(() => ReadFirstChild(deep, new LibvirtXmlReaderOptions { MaxDepth = 8 }));

        Assert.Contains("deep", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(10, ReadFirstChild(deep, new LibvirtXmlReaderOptions { MaxDepth = 16 }).Descendants("n").Count());
    }

    [Fact]
    public void ThroughAnXmlWriterTheElementIsWrittenAsIs()
    {
        var element = XElement.Parse("<domain type='kvm'><name>vm</name></domain>");
        var text = new StringWriter();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { OmitXmlDeclaration = true }))
        {
            var writer = new LibvirtXmlWriter(xml);
            writer.WriteStartElement("root");
            writer.WriteXml(element);
            writer.WriteEndElement();
        }

        Assert.Equal("<root><domain type=\"kvm\"><name>vm</name></domain></root>", text.ToString());
    }
}

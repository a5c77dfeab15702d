using System.IO;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using LibvirtXml;
using LibvirtXml.Runtime.Tests.TestElements;

namespace LibvirtXml.Runtime.Tests;

public class DocumentWriteTests
{
    private static TestRoot Sample() => new()
    {
        Name = "a\nb <&> 'q' \"d\"\t",
        Disks =
        {
            new TestDisk
            {
                Port = 10809,
                Target = new DomainDiskSource
                {
                    File = new DomainDiskSourceFile
                    {
                        File = "/path/to/file",
                        SecLabel = { new DomainDeviceSecLabel { Model = "dac", Relabel = "no" } },
                    },
                    Encryption = new DomainDiskEncryption
                    {
                        Format = "luks",
                        Secrets = { new DomainDiskSecret { Type = "passphrase", Usage = "/storage/backup/vda" } },
                    },
                },
            },
            new TestDisk { Type = "block" },
        },
        Notes = { "text & more", string.Empty },
    };

    private const string SampleCanonical =
        "<root name='a&#10;b &lt;&amp;&gt; &apos;q&apos; &quot;d&quot;&#9;'>\n" +
        "  <disk type='file' port='10809'>\n" +
        "    <target file='/path/to/file'>\n" +
        "      <seclabel model='dac' relabel='no'/>\n" +
        "      <encryption format='luks'>\n" +
        "        <secret type='passphrase' usage='/storage/backup/vda'/>\n" +
        "      </encryption>\n" +
        "    </target>\n" +
        "  </disk>\n" +
        "  <disk type='block'/>\n" +
        "  <note>text &amp; more</note>\n" +
        "  <note/>\n" +
        "</root>\n";

    [Fact]
    public void StringOverloadWritesTheCanonicalFormat()
    {
        Assert.Equal(SampleCanonical, LibvirtXmlDocument.Write(Sample()));
    }

    [Fact]
    public void AttributeLineBreaksSurviveARoundTrip()
    {
        var reread = TestRoot.Parse(LibvirtXmlDocument.Write(Sample()));
        Assert.Equal(Sample().Name, reread.Name);
        Assert.Equal(SampleCanonical, LibvirtXmlDocument.Write(reread));
    }

    [Fact]
    public void StreamOverloadWritesUtf8WithoutByteOrderMark()
    {
        var root = new TestRoot { Name = "é€" };
        using var stream = new MemoryStream();
        LibvirtXmlDocument.Write(stream, root);
        Assert.True(stream.CanWrite); // left open
        var bytes = stream.ToArray();
        Assert.Equal((byte)'<', bytes[0]);
        Assert.Equal("<root name='é€'/>\n", Encoding.UTF8.GetString(bytes));

        stream.Position = 0;
        var reread = new TestRoot();
        LibvirtXmlDocument.Read(stream, "root", reread);
        Assert.Equal("é€", reread.Name);
    }

    [Fact]
    public void TextWriterOverloadAppendsToTheWriter()
    {
        var text = new StringWriter();
        text.Write("#");
        LibvirtXmlDocument.Write(text, new TestRoot());
        Assert.Equal("#<root/>\n", text.ToString());
    }

    [Fact]
    public void XmlWriterOverloadProducesEquivalentXml()
    {
        var output = new StringBuilder();
        var settings = new XmlWriterSettings { OmitXmlDeclaration = true, Indent = true };
        using (var xml = XmlWriter.Create(output, settings))
        {
            LibvirtXmlDocument.Write(xml, Sample());
        }

        var viaXmlWriter = XDocument.Parse(output.ToString());
        var canonical = XDocument.Parse(SampleCanonical);
        Assert.True(XNode.DeepEquals(canonical, viaXmlWriter), output.ToString());
        Assert.Equal(Sample().Name, viaXmlWriter.Root!.Attribute("name")!.Value);
        Assert.Contains("\"", output.ToString()); // the XmlWriter's own quoting applies
    }

    [Fact]
    public void XmlWriterOverloadWritesNoNamespaceInsideADefaultNamespace()
    {
        var output = new StringBuilder();
        using (var xml = XmlWriter.Create(output, new XmlWriterSettings { OmitXmlDeclaration = true }))
        {
            xml.WriteStartElement("wrapper", "urn:outer");
            LibvirtXmlDocument.Write(xml, new TestRoot { Notes = { "n" } });
            xml.WriteEndElement();
        }

        var root = XElement.Parse(output.ToString()).Element("root");
        Assert.NotNull(root);
        Assert.NotNull(root!.Element("note"));
    }

    [Fact]
    public void XmlWriterOverloadDropsControlCharactersLikeTheCanonicalWriter()
    {
        var output = new StringBuilder();
        using (var xml = XmlWriter.Create(output, new XmlWriterSettings { OmitXmlDeclaration = true }))
        {
            LibvirtXmlDocument.Write(xml, new TestRoot { Name = "a\u0001b", Notes = { "c\u0002d" } });
        }

        Assert.Equal("<root name=\"ab\"><note>cd</note></root>", output.ToString());
    }
}

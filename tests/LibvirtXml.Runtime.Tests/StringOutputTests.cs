using System.IO;
using LibvirtXml;
using LibvirtXml.Runtime.Tests.TestElements;

namespace LibvirtXml.Runtime.Tests;

/// <summary>The string overload writes through a reused per-thread buffer; it must give what a TextWriter gets, at any size.</summary>
public class StringOutputTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(200)] // beyond the initial buffer
    [InlineData(20_000)] // beyond the largest buffer kept between documents
    public void StringOverloadMatchesTheTextWriterOverload(int diskCount)
    {
        var root = new TestRoot { Name = "n" };
        for (var i = 0; i < diskCount; i++)
        {
            root.Disks.Add(new TestDisk { Port = (uint)i, Target = new DomainDiskSource { File = new DomainDiskSourceFile { File = "/backup/disk" + i + ".qcow2" } } });
        }

        var expected = new StringWriter();
        LibvirtXmlDocument.Write(expected, root);

        Assert.Equal(expected.ToString(), LibvirtXmlDocument.Write(root));
        Assert.Equal(expected.ToString(), LibvirtXmlDocument.Write(root)); // again, with the buffer the first call kept
    }

    [Fact]
    public void LargeThenSmallDocumentsDoNotShareContent()
    {
        var large = new TestRoot { Name = new string('x', 10_000) };
        var small = new TestRoot { Name = "s" };

        LibvirtXmlDocument.Write(large);

        Assert.Equal("<root name='s'/>\n", LibvirtXmlDocument.Write(small));
    }

    [Fact]
    public void MarshalInsideMarshalOnTheSameThreadWritesBothDocuments()
    {
        var inner = new TestRoot { Name = "inner" };
        var outer = new WritesAnotherDocument(inner);

        var text = LibvirtXmlDocument.Write(outer);

        Assert.Equal("<outer inner='&lt;root name=&apos;inner&apos;/&gt;&#10;'/>\n", text);
    }

    /// <summary>Writes another document as an attribute value while its own document is being written.</summary>
    private sealed class WritesAnotherDocument(TestRoot inner) : ILibvirtXmlSerializable
    {
        void ILibvirtXmlSerializable.ReadXml(LibvirtXmlReader reader) => throw new System.NotSupportedException();

        void ILibvirtXmlSerializable.WriteXml(LibvirtXmlWriter writer)
        {
            writer.WriteStartElement("outer");
            writer.WriteAttribute("inner", LibvirtXmlDocument.Write(inner));
            writer.WriteEndElement();
        }
    }
}

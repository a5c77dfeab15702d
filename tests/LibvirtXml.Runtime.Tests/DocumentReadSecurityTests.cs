using System.IO;
using System.Text;
using System.Xml;
using LibvirtXml;
using LibvirtXml.Runtime.Tests.TestElements;

namespace LibvirtXml.Runtime.Tests;

public class DocumentReadSecurityTests
{
    private const string BillionLaughs =
        "<?xml version=\"1.0\"?>\n" +
        "<!DOCTYPE root [\n" +
        " <!ENTITY lol \"lol\">\n" +
        " <!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n" +
        " <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n" +
        " <!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n" +
        " <!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">\n" +
        " <!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">\n" +
        " <!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">\n" +
        " <!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">\n" +
        " <!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">\n" +
        "]>\n" +
        "<root><note>&lol9;</note></root>\n";

    private const string ExternalEntity =
        "<?xml version=\"1.0\"?>\n" +
        "<!DOCTYPE root [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n" +
        "<root><note>&xxe;</note></root>\n";

    [Fact]
    public void BillionLaughsIsRefusedAtTheDtd()
    {
        var error = Assert.Throws<LibvirtXmlException>(() => TestRoot.Parse(BillionLaughs));
        Assert.Equal(2, error.LineNumber);
        Assert.Equal(1, error.LinePosition); // where <!DOCTYPE starts
        Assert.Null(error.ElementPath);
        Assert.Contains("DTD", error.Message);
        Assert.IsType<XmlException>(error.InnerException);
        Assert.DoesNotContain(" Line 2, position", error.Reason); // the location is not repeated
    }

    [Fact]
    public void ExternalEntityIsRefused()
    {
        var error = Assert.Throws<LibvirtXmlException>(() => TestRoot.Parse(ExternalEntity));
        Assert.Equal(2, error.LineNumber);
        Assert.Equal(1, error.LinePosition);
    }

    [Theory]
    [InlineData("<!DOCTYPE root><root/>", 1, 1)]
    [InlineData("<?xml version='1.0'?>\n  \n\t<!DOCTYPE root><root/>", 3, 2)]
    [InlineData("<?xml version='1.0'?><!DOCTYPE root><root/>", 1, 22)]
    public void DtdInTextIsRefusedWhereItStarts(string xml, int line, int column)
    {
        var error = Assert.Throws<LibvirtXmlException>(() => TestRoot.Parse(xml));
        Assert.Equal(line, error.LineNumber);
        Assert.Equal(column, error.LinePosition);
    }

    [Theory]
    [InlineData("<!DOCTYPE root><root/>", 1, 1)]
    [InlineData("<?xml version='1.0'?>\n  \n\t<!DOCTYPE root><root/>", 3, 2)]
    [InlineData("<?xml version='1.0'?><!DOCTYPE root><root/>", 1, 0)] // only the line is known
    public void DtdPositionIsEstimatedWhereXmlReaderGivesNone(string xml, int line, int column)
    {
        // Streams are read by XmlReader, which reports a prohibited DTD without a position.
        using var bytes = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        var error = Assert.Throws<LibvirtXmlException>(() => LibvirtXmlDocument.Read(bytes, "root", new TestRoot()));
        Assert.Equal(line, error.LineNumber);
        Assert.Equal(column, error.LinePosition);
    }

    [Fact]
    public void CallersReaderThatAllowsDtdsStillGetsTheDtdRefused()
    {
        var permissive = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse, XmlResolver = null };
        using var input = XmlReader.Create(new StringReader(ExternalEntity), permissive);
        var error = Assert.Throws<LibvirtXmlException>(() => LibvirtXmlDocument.Read(input, "root", new TestRoot()));
        Assert.Contains("DTDs are not allowed", error.Message);
        Assert.Equal(2, error.LineNumber);
    }

    [Fact]
    public void StreamAndTextReaderOverloadsRefuseDtdsToo()
    {
        using var bytes = new MemoryStream(Encoding.UTF8.GetBytes(BillionLaughs));
        Assert.Throws<LibvirtXmlException>(() => LibvirtXmlDocument.Read(bytes, "root", new TestRoot()));
        Assert.Throws<LibvirtXmlException>(() => LibvirtXmlDocument.Read(new StringReader(ExternalEntity), "root", new TestRoot()));
    }

    [Fact]
    public void SettingsAreSecure()
    {
        var settings = LibvirtXmlSettings.CreateReaderSettings();
        Assert.Equal(DtdProcessing.Prohibit, settings.DtdProcessing);
        Assert.True(settings.IgnoreComments);
        Assert.True(settings.IgnoreProcessingInstructions);
        Assert.Equal(LibvirtXmlReaderOptions.DefaultMaxCharactersInDocument, settings.MaxCharactersInDocument);
        Assert.InRange(settings.MaxCharactersFromEntities, 1, 4096);
        Assert.False(settings.CloseInput);

        var custom = LibvirtXmlSettings.CreateReaderSettings(new LibvirtXmlReaderOptions { MaxCharactersInDocument = 10 });
        Assert.Equal(10, custom.MaxCharactersInDocument);
    }

    [Fact]
    public void WrongRootNameIsRefused()
    {
        var error = Assert.Throws<LibvirtXmlException>(() => TestRoot.Parse("<!-- c -->\n<domain type='kvm'/>"));
        Assert.Equal("line 2, column 2: expected <root>, found <domain>", error.Message);
        Assert.Null(error.ElementPath);
    }

    [Fact]
    public void NamespacedRootIsRefused()
    {
        var error = Assert.Throws<LibvirtXmlException>(() => TestRoot.Parse("<root xmlns='urn:x'/>"));
        Assert.Contains("expected <root>, found <root> in namespace 'urn:x'", error.Message);
        Assert.Equal(1, error.LineNumber);
        Assert.Equal(2, error.LinePosition);
    }

    [Theory]
    [InlineData("<root>\n  <disk>\n  </dsk>\n</root>", 3, "/root/disk")]
    [InlineData("<root name='a>", 1, null)]
    [InlineData("<root>\n<note>unterminated", 2, "/root/note")]
    [InlineData("", 1, null)]
    [InlineData("just text", 1, null)]
    [InlineData("<root/>\n<root/>", 2, null)]
    [InlineData("<root/>trailing text", 1, null)]
    [InlineData("<root>&nbsp;</root>", 1, "/root")]
    public void MalformedXmlIsALibvirtXmlException(string xml, int line, string? path)
    {
        var error = Assert.Throws<LibvirtXmlException>(() => TestRoot.Parse(xml));
        Assert.Equal(line, error.LineNumber);
        if (line > 0)
        {
            Assert.True(error.LinePosition > 0);
        }

        Assert.Equal(path, error.ElementPath);
    }

    [Fact]
    public void WhitespaceCommentsAndProcessingInstructionsMayFollowTheRoot()
    {
        var root = TestRoot.Parse("<?xml version='1.0'?>\n<!-- before -->\n<root name='x'/>\n<!-- after -->\n<?pi data?>\n\n");
        Assert.Equal("x", root.Name);
    }

    [Fact]
    public void SmallDocumentLargerThanTheLimitIsRefused()
    {
        var options = new LibvirtXmlReaderOptions { MaxCharactersInDocument = 100 };
        var xml = "<root>" + new string(' ', 200) + "</root>";
        var error = Assert.Throws<LibvirtXmlException>(() => TestRoot.Parse(xml, options));
        Assert.Contains("MaxCharactersInDocument", error.Message);
    }

    [Fact]
    public void LargeDocumentLargerThanTheLimitIsRefusedNearTheLastElementRead()
    {
        var options = new LibvirtXmlReaderOptions { MaxCharactersInDocument = 50_000 };
        var xml = new StringBuilder("<root>\n");
        for (var i = 0; i < 10_000; i++)
        {
            xml.Append("  <note>n</note>\n");
        }

        xml.Append("</root>\n");
        var error = Assert.Throws<LibvirtXmlException>(() => TestRoot.Parse(xml.ToString(), options));
        Assert.Contains("MaxCharactersInDocument", error.Message);
        Assert.InRange(error.LineNumber, 2000, 3000); // about 50,000 / 18 characters per line
        Assert.Equal(4, error.LinePosition); // the last <note> entered
        Assert.Equal("/root/note", error.ElementPath); // the limit falls inside it: 50,000 is not a multiple of a line's 18
    }

    [Fact]
    public void NestingDeeperThanTheLimitIsRefusedForKnownElements()
    {
        var options = new LibvirtXmlReaderOptions { MaxDepth = 3 };
        TestRoot.Parse("<root><disk><target/></disk></root>", options); // exactly 3 levels

        var error = Assert.Throws<LibvirtXmlException>(() =>
            TestRoot.Parse("<root><disk><target><seclabel/></target></disk></root>", options));
        Assert.Equal("/root/disk/target/seclabel", error.ElementPath);
        Assert.Contains("limit of 3", error.Message);
    }

    [Fact]
    public void NestingDeeperThanTheLimitIsRefusedForSkippedElements()
    {
        var options = new LibvirtXmlReaderOptions { MaxDepth = 4 };
        TestRoot.Parse("<root><unknown><a><b/></a></unknown></root>", options);

        var error = Assert.Throws<LibvirtXmlException>(() =>
            TestRoot.Parse("<root><unknown><a><b><c/></b></a></unknown></root>", options));
        Assert.Equal("/root", error.ElementPath);
        Assert.Equal(1, error.LineNumber);
        Assert.Equal(23, error.LinePosition); // <c>'s name
    }

    [Fact]
    public void DefaultDepthLimitStopsHostileNesting()
    {
        var xml = new StringBuilder("<root>");
        for (var i = 0; i < 10_000; i++)
        {
            xml.Append("<x>");
        }

        var error = Assert.Throws<LibvirtXmlException>(() => TestRoot.Parse(xml.ToString()));
        Assert.Contains("limit of 256", error.Message);
    }

    [Fact]
    public void InvalidOptionsAreRejected()
    {
        Assert.Throws<System.ArgumentOutOfRangeException>(() => new LibvirtXmlReaderOptions { MaxDepth = 0 });
        Assert.Throws<System.ArgumentOutOfRangeException>(() => new LibvirtXmlReaderOptions { MaxCharactersInDocument = -1 });
    }

    [Fact]
    public void InvalidUtf8IsALibvirtXmlException()
    {
        using var bytes = new MemoryStream(new byte[] { (byte)'<', (byte)'r', (byte)'o', (byte)'o', (byte)'t', (byte)' ', (byte)'n', (byte)'=', (byte)'\'', 0xC3, 0x28, (byte)'\'', (byte)'/', (byte)'>' });
        var error = Assert.Throws<LibvirtXmlException>(() => LibvirtXmlDocument.Read(bytes, "root", new TestRoot()));
        Assert.Equal(1, error.LineNumber);
    }
}

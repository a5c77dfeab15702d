using System;
using System.IO;
using System.Xml;
using LibvirtXml;
using LibvirtXml.Runtime.Tests.TestElements;

namespace LibvirtXml.Runtime.Tests;

public class ReaderProtocolTests
{
    [Fact]
    public void ReadTextConcatenatesTextAndCdataAndSkipsChildElements()
    {
        var root = TestRoot.Parse(
            "<root>\n" +
            "  <note>a<![CDATA[<b>]]>c<!--x--><skip><deep>zz</deep></skip>d<?pi?>e</note>\n" +
            "  <note> keep  spaces </note>\n" +
            "  <note/>\n" +
            "  <note></note>\n" +
            "  <note>&lt;&#65;&amp;</note>\n" +
            "  <note>  </note>\n" +
            "</root>");
        Assert.Equal(new[] { "a<b>cde", " keep  spaces ", "", "", "<A&", "  " }, root.Notes);
    }

    [Fact]
    public void StrayTextCommentsAndUnknownElementsInElementContentAreIgnored()
    {
        var root = TestRoot.Parse(
            "<root name='r' xmlns:q='urn:q' q:name='ignored'>\n" +
            "  stray text\n" +
            "  <!-- comment -->\n" +
            "  <unknown a='1'><disk type='bogus'/></unknown>\n" +
            "  <q:disk type='block'/>\n" +
            "  <disk type='file' port=' 5 '/>\n" +
            "  <![CDATA[more stray]]>\n" +
            "</root>");
        Assert.Equal("r", root.Name);
        var disk = Assert.Single(root.Disks);
        Assert.Equal("file", disk.Type);
        Assert.Equal(5u, disk.Port);
    }

    [Fact]
    public void ReadingAgainReplacesEverything()
    {
        var root = TestRoot.Parse("<root name='a'><disk/><note>n</note></root>");
        LibvirtXmlDocument.Read("<root/>", "root", root);
        Assert.Null(root.Name);
        Assert.Empty(root.Disks);
        Assert.Empty(root.Notes);
    }

    [Fact]
    public void ErrorPathsFollowTheNestingAfterSiblingsWereRead()
    {
        const string xml =
            "<root>\n" +
            "  <disk type='file'><target file='/a'><seclabel><label>x</label></seclabel></target></disk>\n" +
            "  <note>n</note>\n" +
            "  <disk type='file'>\n" +
            "    <target file='/b'>\n" +
            "      <encryption format='luks'>\n" +
            "        <secret type='passphrase' usage='u'/>\n" +
            "        <cipher name='aes' size='big'/>\n" +
            "      </encryption>\n" +
            "    </target>\n" +
            "  </disk>\n" +
            "</root>";
        var error = Assert.Throws<LibvirtXmlException>(() => TestRoot.Parse(xml));
        Assert.Equal("/root/disk/target/encryption/cipher", error.ElementPath);
        Assert.Equal(8, error.LineNumber);
        Assert.Equal(28, error.LinePosition);
        Assert.Equal(
            "line 8, column 28 (/root/disk/target/encryption/cipher): invalid value 'big' for 'size': expected an unsigned 32-bit integer",
            error.Message);
    }

    [Fact]
    public void MalformedXmlReportsThePathOfTheOpenElements()
    {
        const string xml = "<root>\n  <disk type='file'>\n    <target file='/a'>\n      <seclabel>\n    </target>";
        var error = Assert.Throws<LibvirtXmlException>(() => TestRoot.Parse(xml));
        Assert.Equal("/root/disk/target/seclabel", error.ElementPath);
        Assert.Equal(5, error.LineNumber);
        Assert.IsType<XmlException>(error.InnerException);
    }

    [Fact]
    public void ElementPathIncludesTheCurrentElementWhileItsAttributesAreRead()
    {
        using var x = XmlReader.Create(new StringReader("<a><b c='1'/></a>"), LibvirtXmlSettings.CreateReaderSettings());
        var reader = new LibvirtXmlReader(x);
        x.MoveToContent();
        Assert.Equal(string.Empty, reader.ElementPath);
        reader.Enter();
        Assert.Equal("/a", reader.ElementPath);
        Assert.True(reader.BeginChildren());
        Assert.True(reader.NextChild());
        reader.Enter();
        x.MoveToFirstAttribute();
        Assert.Equal("/a/b", reader.ElementPath);
        x.MoveToElement();
        Assert.False(reader.BeginChildren()); // empty element: consumed and left
        Assert.Equal("/a", reader.ElementPath);
        Assert.False(reader.NextChild());
        Assert.Equal(string.Empty, reader.ElementPath);
        Assert.Equal(0, reader.Depth);
        Assert.True(x.EOF);
    }

    [Fact]
    public void SkipElementLeavesTheReaderOnTheNextSibling()
    {
        using var x = XmlReader.Create(new StringReader("<a><skip><x><y/></x>t</skip><skip/><keep/></a>"), LibvirtXmlSettings.CreateReaderSettings());
        var reader = new LibvirtXmlReader(x);
        x.MoveToContent();
        reader.Enter();
        Assert.True(reader.BeginChildren());
        Assert.True(reader.NextChild());
        reader.SkipElement();
        Assert.True(reader.NextChild());
        Assert.Equal("skip", x.LocalName);
        reader.SkipElement();
        Assert.True(reader.NextChild());
        Assert.Equal("keep", x.LocalName);
        Assert.Equal(string.Empty, reader.ReadText());
        Assert.False(reader.NextChild());
    }

    [Fact]
    public void ProtocolMisuseIsAnInvalidOperation()
    {
        using var x = XmlReader.Create(new StringReader("<a>text</a>"), LibvirtXmlSettings.CreateReaderSettings());
        var reader = new LibvirtXmlReader(x);
        x.MoveToContent();
        Assert.Throws<InvalidOperationException>(() => reader.BeginChildren()); // not entered
        reader.Enter();
        x.Read();
        Assert.Throws<InvalidOperationException>(() => reader.Enter()); // on text
        Assert.Throws<InvalidOperationException>(() => reader.SkipElement());
    }

    [Fact]
    public void CallersReaderOnANestedElementReadsOnlyThatElement()
    {
        const string xml = "<outer><root name='inner'><note>n</note></root><after/></outer>";
        using var x = XmlReader.Create(new StringReader(xml));
        x.MoveToContent();
        x.Read(); // on <root>
        var root = new TestRoot();
        LibvirtXmlDocument.Read(x, "root", root);
        Assert.Equal("inner", root.Name);
        Assert.Equal(XmlNodeType.Element, x.NodeType);
        Assert.Equal("after", x.LocalName);
    }

    [Fact]
    public void CallersReaderAtTheStartReadsTheWholeDocument()
    {
        using var x = XmlReader.Create(new StringReader("<root name='r'/>\n<!-- tail -->\n"));
        var root = new TestRoot();
        LibvirtXmlDocument.Read(x, "root", root);
        Assert.Equal("r", root.Name);
        Assert.True(x.EOF);
    }
}

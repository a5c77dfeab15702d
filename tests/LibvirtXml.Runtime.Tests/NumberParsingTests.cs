using System;
using System.IO;
using System.Xml;
using LibvirtXml;

namespace LibvirtXml.Runtime.Tests;

public class NumberParsingTests
{
    private static LibvirtXmlReader ReaderOnAttribute(string value)
    {
        var xml = "<root>\n  <server port='" + value + "'/>\n</root>";
        var x = XmlReader.Create(new StringReader(xml), LibvirtXmlSettings.CreateReaderSettings());
        var reader = new LibvirtXmlReader(x);
        x.MoveToContent();
        reader.Enter();
        x.Read();
        x.MoveToContent();
        reader.Enter();
        Assert.True(x.MoveToAttribute("port"));
        return reader;
    }

    [Theory]
    [InlineData("0", 0u)]
    [InlineData("5", 5u)]
    [InlineData("+5", 5u)]
    [InlineData(" 7 ", 7u)]
    [InlineData("\t\n0007\r\n", 7u)]
    [InlineData("-0", 0u)]
    [InlineData("4294967295", uint.MaxValue)]
    public void UInt32AcceptsXsdLexicalForms(string text, uint expected)
    {
        Assert.Equal(expected, ReaderOnAttribute(text).ParseUInt32(text, "port"));
    }

    [Theory]
    [InlineData("4294967296")]
    [InlineData("-1")]
    [InlineData("1e3")]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("+")]
    [InlineData("+-1")]
    [InlineData("0x10")]
    [InlineData("1 2")]
    [InlineData("1.0")]
    [InlineData("1,000")]
    [InlineData("\u0663")] // ARABIC-INDIC DIGIT THREE
    public void UInt32RejectsEverythingElse(string text)
    {
        var reader = ReaderOnAttribute(text);
        var error = Assert.Throws<LibvirtXmlException>(() => reader.ParseUInt32(text, "port"));
        Assert.Equal(2, error.LineNumber);
        Assert.Equal(11, error.LinePosition); // the attribute's position
        Assert.Equal("/root/server", error.ElementPath);
        Assert.Contains("'port'", error.Message);
        Assert.Contains("'" + text + "'", error.Message);
        Assert.StartsWith("line 2, column 11 (/root/server): ", error.Message);
    }

    [Theory]
    [InlineData("18446744073709551615", ulong.MaxValue)]
    [InlineData("+18446744073709551615", ulong.MaxValue)]
    [InlineData(" 0 ", 0ul)]
    public void UInt64AcceptsItsRange(string text, ulong expected)
    {
        Assert.Equal(expected, ReaderOnAttribute(text).ParseUInt64(text, "size"));
    }

    [Theory]
    [InlineData("18446744073709551616")]
    [InlineData("99999999999999999999")]
    [InlineData("-1")]
    public void UInt64RejectsOverflowAndNegatives(string text)
    {
        var reader = ReaderOnAttribute(text);
        Assert.Throws<LibvirtXmlException>(() => reader.ParseUInt64(text, "size"));
    }

    [Theory]
    [InlineData("-2147483648", int.MinValue)]
    [InlineData("2147483647", int.MaxValue)]
    [InlineData("+12", 12)]
    [InlineData(" -12 ", -12)]
    [InlineData("-0", 0)]
    public void Int32AcceptsItsRange(string text, int expected)
    {
        Assert.Equal(expected, ReaderOnAttribute(text).ParseInt32(text, "offset"));
    }

    [Theory]
    [InlineData("2147483648")]
    [InlineData("-2147483649")]
    [InlineData("--1")]
    [InlineData("- 1")]
    public void Int32RejectsOverflowAndJunk(string text)
    {
        var reader = ReaderOnAttribute(text);
        Assert.Throws<LibvirtXmlException>(() => reader.ParseInt32(text, "offset"));
    }

    [Theory]
    [InlineData("-9223372036854775808", long.MinValue)]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("+0", 0L)]
    public void Int64AcceptsItsRange(string text, long expected)
    {
        Assert.Equal(expected, ReaderOnAttribute(text).ParseInt64(text, "offset"));
    }

    [Theory]
    [InlineData("9223372036854775808")]
    [InlineData("-9223372036854775809")]
    [InlineData("1e3")]
    public void Int64RejectsOverflowAndJunk(string text)
    {
        var reader = ReaderOnAttribute(text);
        Assert.Throws<LibvirtXmlException>(() => reader.ParseInt64(text, "offset"));
    }

    [Fact]
    public void BadNumberInADocumentIsReportedWithItsLocation()
    {
        const string xml = "<root>\n  <disk/>\n  <disk port='70000000000'/>\n</root>";
        var error = Assert.Throws<LibvirtXmlException>(() => TestElements.TestRoot.Parse(xml));
        Assert.Equal(3, error.LineNumber);
        Assert.Equal(9, error.LinePosition);
        Assert.Equal("/root/disk", error.ElementPath);
        Assert.Equal(
            "line 3, column 9 (/root/disk): invalid value '70000000000' for 'port': expected an unsigned 32-bit integer",
            error.Message);
        Assert.Null(error.InnerException);
    }
}

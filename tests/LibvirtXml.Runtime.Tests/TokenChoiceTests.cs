using System.IO;
using System.Xml;
using LibvirtXml;

namespace LibvirtXml.Runtime.Tests;

/// <summary>
/// <see cref="LibvirtXmlReader.ChooseBranch"/> and <see cref="LibvirtXmlReader.RequireToken"/>, which generated code calls
/// for enumerated attributes: values compare as RELAX NG tokens, and an unknown one is refused with the attribute and element named.
/// </summary>
public class TokenChoiceTests
{
    private static LibvirtXmlReader EnterRoot(string xml)
    {
        var xmlReader = XmlReader.Create(new StringReader(xml), LibvirtXmlSettings.CreateReaderSettings());
        xmlReader.MoveToContent();
        var reader = new LibvirtXmlReader(xmlReader);
        reader.Enter();
        return reader;
    }

    [Theory]
    [InlineData("<server transport='tcp'/>", 0)]
    [InlineData("<server transport='unix'/>", 1)]
    [InlineData("<server transport='fd'/>", 2)]
    [InlineData("<server transport=' unix&#9;'/>", 1)] // a token: surrounding whitespace is collapsed away
    [InlineData("<server/>", 7)]
    [InlineData("<server other='unix'/>", 7)]
    public void ChooseBranch_gives_the_position_of_the_value_or_the_one_for_a_missing_attribute(string xml, int expected)
    {
        Assert.Equal(expected, EnterRoot(xml).ChooseBranch("transport", "tcp unix fd", 7));
    }

    [Theory]
    [InlineData("un ix")]
    [InlineData("tcpx")]
    [InlineData("tc")]
    [InlineData("")]
    [InlineData("TCP")]
    public void ChooseBranch_refuses_any_other_value_naming_the_attribute_and_the_element(string value)
    {
        var reader = EnterRoot($"<server transport='{value}'/>");

        var error = Assert.Throws<LibvirtXmlException>(() => reader.ChooseBranch("transport", "tcp unix fd", 0));

        Assert.Equal($"unknown transport '{value}' on <server>", error.Reason);
        Assert.Equal("/server", error.ElementPath);
    }

    [Theory]
    [InlineData("file")]
    [InlineData("block")]
    [InlineData("\n block ")]
    public void RequireToken_accepts_each_value_as_a_token(string value)
    {
        EnterRoot("<disk/>").RequireToken(value, "file block", "type");
    }

    [Fact]
    public void RequireToken_refuses_another_value_naming_the_attribute_and_the_entered_element()
    {
        var reader = EnterRoot("<disks><disk type='network'/></disks>");
        reader.MoveToElement();
        Assert.True(reader.BeginChildren());
        Assert.True(reader.NextChild());
        reader.Enter();
        Assert.True(reader.MoveToFirstAttribute());

        var error = Assert.Throws<LibvirtXmlException>(() => reader.RequireToken(reader.Value, "file block", "type"));

        Assert.Equal("unknown type 'network' on <disk>", error.Reason);
        Assert.Equal("/disks/disk", error.ElementPath);
        Assert.Equal(1, error.LineNumber);
    }
}

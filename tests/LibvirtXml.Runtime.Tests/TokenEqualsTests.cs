using LibvirtXml;

namespace LibvirtXml.Runtime.Tests;

public class TokenEqualsTests
{
    [Theory]
    [InlineData("pull", "pull")]
    [InlineData(" pull ", "pull")]
    [InlineData("\t\npull\r\n", "pull")]
    [InlineData("luks  any", "luks any")]
    [InlineData(" a \t b\n", "a b")]
    [InlineData("", "")]
    [InlineData("   ", "")]
    public void CollapsedValuesMatch(string value, string token)
    {
        Assert.True(LibvirtXmlReader.TokenEquals(value, token));
    }

    [Theory]
    [InlineData("pu ll", "pull")]
    [InlineData("Pull", "pull")]
    [InlineData("pul", "pull")]
    [InlineData("pulls", "pull")]
    [InlineData("pull x", "pull")]
    [InlineData("ab", "a b")]
    [InlineData("", "pull")]
    [InlineData("pull\u00A0", "pull")] // a no-break space is not XML whitespace
    public void DifferentValuesDoNotMatch(string value, string token)
    {
        Assert.False(LibvirtXmlReader.TokenEquals(value, token));
    }
}

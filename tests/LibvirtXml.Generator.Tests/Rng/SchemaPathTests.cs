using LibvirtXml.Generator.Rng;

namespace LibvirtXml.Generator.Tests.Rng;

public class SchemaPathTests
{
    [Theory]
    [InlineData("/a/b/main.rng", "common.rng", "/a/b/common.rng")]
    [InlineData("/a/b/main.rng", "../c/./x.rng", "/a/c/x.rng")]
    [InlineData("/a/b/main.rng", "/abs/x.rng", "/abs/x.rng")]
    [InlineData("main.rng", "x.rng", "x.rng")]
    [InlineData("schemas/main.rng", "../../x.rng", "../x.rng")]
    [InlineData(@"C:\s\doc\main.rng", @"..\lib\x.rng", "C:/s/lib/x.rng")]
    [InlineData("/a/main.rng", "file:///etc/x.rng", "/etc/x.rng")]
    [InlineData("/a/main.rng", "with%20space.rng", "/a/with space.rng")]
    [InlineData("/a/main.rng", "/../x.rng", "/x.rng")]
    public void ResolvesHrefsAgainstTheIncludingFile(string basePath, string href, string expected) =>
        Assert.Equal(expected, SchemaPath.Resolve(basePath, href));

    [Theory]
    [InlineData("http://example.org/x.rng")]
    [InlineData("urn:x")]
    public void RefusesOtherUriSchemes(string href) => Assert.Null(SchemaPath.Resolve("/a/main.rng", href));
}

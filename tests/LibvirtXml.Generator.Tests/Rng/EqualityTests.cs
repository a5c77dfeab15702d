using System.IO;
using LibvirtXml.Generator.Rng;
using static LibvirtXml.Generator.Tests.Rng.SchemaFiles;

namespace LibvirtXml.Generator.Tests.Rng;

/// <summary>The incremental generator caches by value equality: same text, equal models; other text, unequal models.</summary>
public class EqualityTests
{
    private static readonly string Text = Grammar("""
        <start><ref name="a"/></start>
        <define name="a"><element name="a"><attribute name="x"><choice><value>1</value><value>2</value></choice></attribute></element></define>
        """);

    [Fact]
    public void TheSameTextParsesToEqualDocuments()
    {
        var first = RngParser.Parse("/s/a.rng", Text);
        var second = RngParser.Parse("/s/a.rng", Text);

        Assert.NotSame(first, second);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void DifferentTextOrPathParsesToUnequalDocuments()
    {
        var original = RngParser.Parse("/s/a.rng", Text);

        Assert.NotEqual(original, RngParser.Parse("/s/a.rng", Text.Replace("<value>2</value>", "<value>3</value>")));
        Assert.NotEqual(original, RngParser.Parse("/s/b.rng", Text));
        Assert.NotEqual(original, RngParser.Parse("/s/a.rng", "\n" + Text)); // positions are part of the model
    }

    [Fact]
    public void TheSameTextResolvesToEqualGrammars()
    {
        var first = LoadClean(("/s/a.rng", Text));
        var second = LoadClean(("/s/a.rng", Text));

        Assert.NotSame(first, second);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, LoadClean(("/s/a.rng", Text.Replace("name=\"x\"", "name=\"y\""))));
    }

    [Fact]
    public void LibvirtGrammarsLoadEquallyTwice()
    {
        var directory = SchemaFiles.Debian900Schemas;
        var files = SchemaFiles.ReadDirectory(directory);
        var root = Path.Combine(directory, "domainsnapshot.rng");

        var first = RngLoader.Load(root, files);
        var second = RngLoader.Load(root, files);

        Assert.Equal(first, second);
        var changed = new System.Collections.Generic.Dictionary<string, string>(files);
        var basicTypes = Path.Combine(directory, "basictypes.rng");
        changed[basicTypes] = changed[basicTypes].Replace("[0-9]+", "[0-9]*");
        Assert.NotEqual(first, RngLoader.Load(root, changed));
    }
}

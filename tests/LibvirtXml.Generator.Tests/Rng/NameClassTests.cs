using LibvirtXml.Generator.Rng;
using static LibvirtXml.Generator.Tests.Rng.SchemaFiles;

namespace LibvirtXml.Generator.Tests.Rng;

public class NameClassTests
{
    private static NameClass ElementName(string elementBody, string grammarAttributes = "")
    {
        var grammar = LoadClean(Grammar($"<start><element>{elementBody}<empty/></element></start>", grammarAttributes));
        return Assert.IsType<ElementPattern>(grammar.Start).Name;
    }

    [Fact]
    public void NameElementGivesAQualifiedName() =>
        Assert.Equal(new QualifiedName("urn:x", "e"), ElementName("<name ns=\"urn:x\"> e </name>"));

    [Fact]
    public void AnyNameWithExceptOfSeveralNamesMakesANameChoice() =>
        Assert.Equal(
            new AnyName(new NameChoice(new QualifiedName("", "a"), new QualifiedName("", "b"))),
            ElementName("<anyName><except><name>a</name><name>b</name></except></anyName>"));

    [Fact]
    public void NsNameTakesTheInheritedNsAndMayExceptNames() =>
        Assert.Equal(
            new NamespaceName("urn:x", new QualifiedName("urn:x", "private")),
            ElementName("<nsName><except><name>private</name></except></nsName>", "ns=\"urn:x\""));

    [Fact]
    public void ChoiceOfThreeNameClassesFoldsFromTheLeft() =>
        Assert.Equal(
            new NameChoice(new NameChoice(new QualifiedName("", "a"), new NamespaceName("urn:n", null)), new AnyName(null)),
            ElementName("<choice><name>a</name><nsName ns=\"urn:n\"/><anyName/></choice>"));

    [Fact]
    public void AttributeNameClassesWork()
    {
        var grammar = LoadClean(Grammar("<start><element name=\"e\"><attribute><anyName/></attribute></element></start>"));

        var attribute = Assert.IsType<AttributePattern>(Assert.IsType<ElementPattern>(grammar.Start).Content);
        Assert.Equal(new AnyName(null), attribute.Name);
        Assert.IsType<TextPattern>(attribute.Content);
    }

    [Fact]
    public void AnyNameInsideTheExceptOfAnyNameIsAnError()
    {
        var result = Load(("/s/main.rng", Grammar("<start><element><anyName><except><anyName/></except></anyName><empty/></element></start>")));

        Assert.Equal("LVX0001", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void NsNameInsideTheExceptOfNsNameIsAnError()
    {
        var result = Load(("/s/main.rng", Grammar("<start><element><nsName><except><nsName/></except></nsName><empty/></element></start>")));

        Assert.Equal("LVX0001", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void APatternWhereANameClassIsExpectedIsAnError()
    {
        var result = Load(("/s/main.rng", Grammar("<start><element><empty/><empty/></element></start>")));

        Assert.Contains("not a name class", Assert.Single(result.Diagnostics).Message);
    }
}

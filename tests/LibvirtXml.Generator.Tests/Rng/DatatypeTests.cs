using System.Linq;
using LibvirtXml.Generator.Common;
using LibvirtXml.Generator.Rng;
using static LibvirtXml.Generator.Tests.Rng.SchemaFiles;

namespace LibvirtXml.Generator.Tests.Rng;

public class DatatypeTests
{
    private const string Xsd = "http://www.w3.org/2001/XMLSchema-datatypes";

    private static Pattern StartContent(string content, string grammarAttributes = "") =>
        Assert.IsType<ElementPattern>(LoadClean(Grammar($"<start><element name=\"e\">{content}</element></start>", grammarAttributes)).Start).Content;

    [Fact]
    public void DataInheritsTheNearestDatatypeLibrary()
    {
        var group = Assert.IsType<GroupPattern>(StartContent(
            "<data type=\"int\"/><group datatypeLibrary=\"urn:other\"><data type=\"t\"/><data type=\"x\" datatypeLibrary=\"\"/></group>",
            $"datatypeLibrary=\"{Xsd}\""));

        // The inner group is spliced into the element's implicit group.
        Assert.Equal([Xsd, "urn:other", ""], group.Items.Cast<DataPattern>().Select(data => data.DatatypeLibrary).ToArray());
    }

    [Fact]
    public void AValueWithoutTypeIsABuiltInTokenWhateverLibraryIsInEffect()
    {
        var choice = Assert.IsType<ChoicePattern>(StartContent(
            "<choice><value>plain</value><value type=\"int\">42</value><value type=\"string\"> spaced </value></choice>",
            $"datatypeLibrary=\"{Xsd}\""));

        Assert.Equal(new ValuePattern("", "token", "plain", ""), choice.Items[0] with { Span = SourceSpan.None });
        Assert.Equal(new ValuePattern(Xsd, "int", "42", ""), choice.Items[1] with { Span = SourceSpan.None });
        Assert.Equal(new ValuePattern(Xsd, "string", " spaced ", ""), choice.Items[2] with { Span = SourceSpan.None });
    }

    [Fact]
    public void DataKeepsItsParamsAndExcept()
    {
        var data = Assert.IsType<DataPattern>(StartContent("""
            <data type="string">
              <param name="pattern">[^/]+</param>
              <param name=" maxLength ">10</param>
              <except><value>.</value><value>..</value></except>
            </data>
            """, $"datatypeLibrary=\"{Xsd}\""));

        Assert.Equal(Xsd, data.DatatypeLibrary);
        Assert.Equal("string", data.Type);
        Assert.Equal(EquatableArray.Create(new DataParam("pattern", "[^/]+"), new DataParam("maxLength", "10")), data.Params);
        var except = Assert.IsType<ChoicePattern>(data.Except);
        Assert.Equal([".", ".."], except.Items.Cast<ValuePattern>().Select(value => value.Value).ToArray());
    }

    [Fact]
    public void DataWithoutTypeIsAnError()
    {
        var result = Load(("/s/main.rng", Grammar("<start><element name=\"e\"><data/></element></start>")));

        Assert.Contains("type attribute", Assert.Single(result.Diagnostics).Message);
    }
}

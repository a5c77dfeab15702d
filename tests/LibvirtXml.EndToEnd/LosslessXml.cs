using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace LibvirtXml.EndToEnd;

/// <summary>
/// Compares two documents for a lossless round trip: the same elements in the same order, the same attributes with
/// the same values (in any order: libvirt's reader does not care), the same text; whitespace-only text is formatting.
/// </summary>
internal static class LosslessXml
{
    public static void AssertSame(string expectedXml, string actualXml)
    {
        var differences = Differences(XElement.Parse(expectedXml), XElement.Parse(actualXml));
        Assert.True(differences.Count == 0,
            string.Join("\n", differences) + "\n--- expected:\n" + expectedXml + "\n--- actual:\n" + actualXml);
    }

    public static List<string> Differences(XElement expected, XElement actual)
    {
        var differences = new List<string>();
        Compare(expected, actual, "/", differences);
        return differences;
    }

    private static void Compare(XElement expected, XElement actual, string parentPath, List<string> differences)
    {
        var path = parentPath + expected.Name.LocalName;
        if (expected.Name != actual.Name)
        {
            differences.Add($"{path}: <{actual.Name}> instead of <{expected.Name}>");
            return;
        }

        var expectedAttributes = Attributes(expected);
        var actualAttributes = Attributes(actual);
        foreach (var (name, value) in expectedAttributes)
        {
            if (!actualAttributes.TryGetValue(name, out var actualValue)) differences.Add($"{path}/@{name}: missing (was '{value}')");
            else if (actualValue != value) differences.Add($"{path}/@{name}: '{actualValue}' instead of '{value}'");
        }
        foreach (var (name, value) in actualAttributes.Where(a => !expectedAttributes.ContainsKey(a.Key)))
            differences.Add($"{path}/@{name}: added '{value}'");

        var expectedText = Text(expected);
        var actualText = Text(actual);
        if (expectedText != actualText) differences.Add($"{path}: text '{actualText}' instead of '{expectedText}'");

        var expectedChildren = expected.Elements().ToList();
        var actualChildren = actual.Elements().ToList();
        for (var i = 0; i < expectedChildren.Count && i < actualChildren.Count; i++)
            Compare(expectedChildren[i], actualChildren[i], path + "/", differences);
        foreach (var missing in expectedChildren.Skip(actualChildren.Count)) differences.Add($"{path}/{missing.Name.LocalName}: missing");
        foreach (var added in actualChildren.Skip(expectedChildren.Count)) differences.Add($"{path}/{added.Name.LocalName}: added");
    }

    private static Dictionary<XName, string> Attributes(XElement element) =>
        element.Attributes().Where(a => !a.IsNamespaceDeclaration).ToDictionary(a => a.Name, a => a.Value);

    private static string Text(XElement element) =>
        string.Concat(element.Nodes().OfType<XText>().Select(t => t.Value)).Trim();
}

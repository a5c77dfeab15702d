using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace LibvirtXml.Generator.Tests.Versions;

/// <summary>
/// Two documents as libvirt reads them: same elements in the same order, same attribute sets (order aside), same trimmed
/// text. The writer may state what the grammar makes implicit: <c>mode='push'</c>, <c>transport='tcp'</c>.
/// </summary>
internal static class DocumentEquivalence
{
    private static readonly (string Element, string Attribute, string Value)[] ImplicitDefaults = { ("domainbackup", "mode", "push"), ("server", "transport", "tcp") };

    public static IReadOnlyList<string> Differences(string expectedXml, string actualXml)
    {
        var problems = new List<string>();
        Compare(XElement.Parse(expectedXml), XElement.Parse(actualXml), "/", problems);
        return problems;
    }

    private static void Compare(XElement expected, XElement actual, string parent, List<string> problems)
    {
        var path = parent + expected.Name.LocalName;
        if (expected.Name != actual.Name)
        {
            problems.Add($"{path}: <{actual.Name}> instead");
            return;
        }
        var expectedAttributes = expected.Attributes().Where(a => !a.IsNamespaceDeclaration).ToDictionary(a => a.Name.ToString(), a => a.Value);
        var actualAttributes = actual.Attributes().Where(a => !a.IsNamespaceDeclaration).ToDictionary(a => a.Name.ToString(), a => a.Value);
        foreach (var (name, value) in expectedAttributes)
        {
            if (!actualAttributes.TryGetValue(name, out var actualValue)) problems.Add($"{path}/@{name}: lost");
            else if (actualValue != value) problems.Add($"{path}/@{name}: '{actualValue}' instead of '{value}'");
        }
        foreach (var (name, value) in actualAttributes.Where(a => !expectedAttributes.ContainsKey(a.Key)))
        {
            if (!ImplicitDefaults.Contains((expected.Name.LocalName, name, value))) problems.Add($"{path}/@{name}: added '{value}'");
        }
        var expectedText = string.Concat(expected.Nodes().OfType<XText>().Select(t => t.Value)).Trim();
        var actualText = string.Concat(actual.Nodes().OfType<XText>().Select(t => t.Value)).Trim();
        if (expectedText != actualText) problems.Add($"{path}: text '{actualText}' instead of '{expectedText}'");
        var expectedChildren = expected.Elements().ToList();
        var actualChildren = actual.Elements().ToList();
        if (expectedChildren.Count != actualChildren.Count)
        {
            problems.Add($"{path}: {actualChildren.Count} children instead of {expectedChildren.Count}");
            return;
        }
        for (var i = 0; i < expectedChildren.Count; i++) Compare(expectedChildren[i], actualChildren[i], path + "/", problems);
    }
}

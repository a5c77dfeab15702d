using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace LibvirtXml.Tests;

/// <summary>
/// Compares two documents as libvirt reads them: element names, attribute sets (order ignored, values exact),
/// children in order, text trimmed; whitespace-only text is formatting.
/// The serializer may add <c>mode='push'</c> and <c>transport='tcp'</c> where they were implicit.
/// </summary>
internal static class XmlEquivalence
{
    private static readonly (string Element, string Attribute, string Value)[] AllowedAdditions =
    {
        ("domainbackup", "mode", "push"),
        ("server", "transport", "tcp"),
    };

    public static void AssertEquivalent(string expectedXml, string actualXml)
    {
        var problems = new List<string>();
        Compare(XElement.Parse(expectedXml), XElement.Parse(actualXml), "/", problems);
        Assert.True(problems.Count == 0, string.Join("\n", problems) + "\n--- expected:\n" + expectedXml + "\n--- actual:\n" + actualXml);
    }

    private static void Compare(XElement expected, XElement actual, string parentPath, List<string> problems)
    {
        var path = parentPath + expected.Name.LocalName;
        if (expected.Name != actual.Name)
        {
            problems.Add($"{path}: element <{actual.Name}> instead of <{expected.Name}>");
            return;
        }

        var expectedAttributes = expected.Attributes().Where(a => !a.IsNamespaceDeclaration).ToDictionary(a => a.Name, a => a.Value);
        var actualAttributes = actual.Attributes().Where(a => !a.IsNamespaceDeclaration).ToDictionary(a => a.Name, a => a.Value);
        foreach (var (name, value) in expectedAttributes)
        {
            if (!actualAttributes.TryGetValue(name, out var actualValue)) problems.Add($"{path}/@{name}: missing");
            else if (actualValue != value) problems.Add($"{path}/@{name}: '{actualValue}' instead of '{value}'");
        }
        foreach (var (name, value) in actualAttributes)
        {
            if (expectedAttributes.ContainsKey(name)) continue;
            if (!AllowedAdditions.Contains((expected.Name.LocalName, name.LocalName, value)))
                problems.Add($"{path}/@{name}: added '{value}'");
        }

        var expectedText = string.Concat(expected.Nodes().OfType<XText>().Select(t => t.Value)).Trim();
        var actualText = string.Concat(actual.Nodes().OfType<XText>().Select(t => t.Value)).Trim();
        if (expectedText != actualText) problems.Add($"{path}: text '{actualText}' instead of '{expectedText}'");

        var expectedChildren = expected.Elements().ToList();
        var actualChildren = actual.Elements().ToList();
        if (expectedChildren.Count != actualChildren.Count)
        {
            problems.Add($"{path}: {actualChildren.Count} child elements instead of {expectedChildren.Count} ({string.Join(",", actualChildren.Select(c => c.Name.LocalName))} vs {string.Join(",", expectedChildren.Select(c => c.Name.LocalName))})");
            return;
        }
        for (var i = 0; i < expectedChildren.Count; i++) Compare(expectedChildren[i], actualChildren[i], path + "/", problems);
    }
}

using System;
using System.Collections.Generic;
using System.Linq;

namespace LibvirtXml.Generator.Binding;

/// <summary>
/// A path of element names from the document root, as binding files write it: <c>domainbackup[mode=pull]/server</c>.
/// A segment's <c>[attribute=value]</c> names one variant branch; a segment without it stands for the element in every branch.
/// </summary>
internal sealed record BindingPathSegment(string Element, string? Attribute, string? Value)
{
    public override string ToString() => Attribute is null ? Element : $"{Element}[{Attribute}={Value}]";
}

internal static class BindingPath
{
    public static bool TryParse(string text, out IReadOnlyList<BindingPathSegment> segments, out string problem)
    {
        var result = new List<BindingPathSegment>();
        segments = result;
        problem = "";
        foreach (var raw in text.Split('/'))
        {
            var part = raw.Trim();
            if (part.Length == 0)
            {
                problem = "empty segment";
                return false;
            }

            var open = part.IndexOf('[');
            if (open < 0)
            {
                result.Add(new BindingPathSegment(part, null, null));
                continue;
            }

            var equals = part.IndexOf('=', open);
            if (!part.EndsWith("]", StringComparison.Ordinal) || equals < 0 || open == 0)
            {
                problem = $"segment '{part}' must look like element[attribute=value]";
                return false;
            }
            result.Add(new BindingPathSegment(part.Substring(0, open), part.Substring(open + 1, equals - open - 1), part.Substring(equals + 1, part.Length - equals - 2)));
        }
        return true;
    }

    /// <summary>Whether a binding path selects a model path (the model path always has every variant qualifier).</summary>
    public static bool Matches(IReadOnlyList<BindingPathSegment> pattern, IReadOnlyList<BindingPathSegment> modelPath)
    {
        if (pattern.Count != modelPath.Count) return false;
        for (var i = 0; i < pattern.Count; i++)
        {
            var p = pattern[i];
            var m = modelPath[i];
            if (p.Element != m.Element) return false;
            if (p.Attribute is not null && (p.Attribute != m.Attribute || p.Value != m.Value)) return false;
        }
        return true;
    }

    public static string Format(IEnumerable<BindingPathSegment> segments) => string.Join("/", segments.Select(s => s.ToString()));
}

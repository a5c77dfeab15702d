using System.Linq;
using System.Text;
using LibvirtXml.Generator.Rng;

namespace LibvirtXml.Generator.Tests.Coverage;

/// <summary>A one-line, shortened rendering of a pattern, to name a choice alternative in a failure message.</summary>
internal static class PatternSummary
{
    private const int MaxLength = 110;
    private const int MaxDepth = 3;

    public static string Describe(Pattern pattern)
    {
        var text = Render(pattern, 0);
        return text.Length <= MaxLength ? text : text.Substring(0, MaxLength - 3) + "...";
    }

    private static string Render(Pattern pattern, int depth)
    {
        if (depth > MaxDepth) return "...";
        return pattern switch
        {
            AttributePattern { Content: ValuePattern value } attribute => $"attribute {NameOf(attribute.Name)}='{value.Value}'",
            AttributePattern attribute => $"attribute {NameOf(attribute.Name)}={{{Render(attribute.Content, depth + 1)}}}",
            ElementPattern element => $"element {NameOf(element.Name)}({Render(element.Content, depth + 1)})",
            GroupPattern group => "group(" + Join(group.Items, depth) + ")",
            InterleavePattern interleave => "interleave(" + Join(interleave.Items, depth) + ")",
            ChoicePattern choice => "choice(" + Join(choice.Items, depth) + ")",
            OptionalPattern optional => "optional(" + Render(optional.Content, depth + 1) + ")",
            ZeroOrMorePattern zeroOrMore => "zeroOrMore(" + Render(zeroOrMore.Content, depth + 1) + ")",
            OneOrMorePattern oneOrMore => "oneOrMore(" + Render(oneOrMore.Content, depth + 1) + ")",
            MixedPattern mixed => "mixed(" + Render(mixed.Content, depth + 1) + ")",
            ListPattern list => "list(" + Render(list.Content, depth + 1) + ")",
            EmptyPattern => "empty",
            TextPattern => "text",
            NotAllowedPattern => "notAllowed",
            ValuePattern value => $"value '{value.Value}'",
            DataPattern data => DescribeData(data),
            RefPattern reference => "ref " + reference.Key,
            _ => pattern.GetType().Name,
        };
    }

    private static string Join(System.Collections.Generic.IEnumerable<Pattern> items, int depth) =>
        string.Join(", ", items.Select(item => Render(item, depth + 1)));

    private static string DescribeData(DataPattern data)
    {
        var text = new StringBuilder("data ").Append(data.Type);
        foreach (var parameter in data.Params) text.Append(' ').Append(parameter.Name).Append("='").Append(parameter.Value).Append('\'');
        return text.ToString();
    }

    private static string NameOf(NameClass name) => name is QualifiedName qualified ? qualified.ToString() : GrammarPrinter.Print(name);
}

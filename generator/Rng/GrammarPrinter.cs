using System.Text;

namespace LibvirtXml.Generator.Rng;

/// <summary>
/// A compact, indented text dump of a grammar for debugging and tests: the start, then one block per define,
/// one pattern per line. Spans are left out so the dump only changes when the grammar does.
/// </summary>
internal static class GrammarPrinter
{
    private const string Indent = "  ";

    public static string Print(Grammar grammar)
    {
        var text = new StringBuilder();
        text.Append("start\n");
        PrintPattern(text, grammar.Start, 1);
        foreach (var define in grammar.Defines)
        {
            text.Append('\n').Append("define ").Append(define.Key).Append('\n');
            PrintPattern(text, define.Pattern, 1);
        }
        return text.ToString();
    }

    public static string Print(Pattern pattern)
    {
        var text = new StringBuilder();
        PrintPattern(text, pattern, 0);
        return text.ToString();
    }

    public static string Print(NameClass nameClass) => nameClass switch
    {
        QualifiedName name => name.ToString(),
        AnyName { Except: null } => "*",
        AnyName any => "* - (" + Print(any.Except!) + ")",
        NamespaceName { Except: null } ns => "{" + ns.Namespace + "}*",
        NamespaceName ns => "{" + ns.Namespace + "}* - (" + Print(ns.Except!) + ")",
        NameChoice choice => Print(choice.First) + " | " + Print(choice.Second),
        _ => nameClass.GetType().Name,
    };

    private static void PrintPattern(StringBuilder text, Pattern pattern, int depth)
    {
        for (var i = 0; i < depth; i++) text.Append(Indent);
        text.Append(Head(pattern)).Append('\n');

        if (pattern is DataPattern { Except: { } except })
        {
            for (var i = 0; i <= depth; i++) text.Append(Indent);
            text.Append("except\n");
            PrintPattern(text, except, depth + 2);
            return;
        }
        foreach (var child in pattern.Children()) PrintPattern(text, child, depth + 1);
    }

    private static string Head(Pattern pattern) => pattern switch
    {
        ElementPattern element => "element " + Print(element.Name),
        AttributePattern attribute => "attribute " + Print(attribute.Name),
        GroupPattern => "group",
        InterleavePattern => "interleave",
        ChoicePattern => "choice",
        OptionalPattern => "optional",
        ZeroOrMorePattern => "zeroOrMore",
        OneOrMorePattern => "oneOrMore",
        MixedPattern => "mixed",
        ListPattern => "list",
        EmptyPattern => "empty",
        TextPattern => "text",
        NotAllowedPattern => "notAllowed",
        RefPattern reference => "ref " + reference.Key,
        ValuePattern value => ValueHead(value),
        DataPattern data => DataHead(data),
        _ => pattern.GetType().Name,
    };

    private static string ValueHead(ValuePattern value)
    {
        var head = new StringBuilder("value ");
        if (value.DatatypeLibrary.Length > 0 || value.Type != "token")
        {
            head.Append(DatatypeName(value.DatatypeLibrary, value.Type)).Append(' ');
        }
        head.Append(Quoted(value.Value));
        // The ns only matters to types whose values are qualified names.
        if (value.Namespace.Length > 0 && value.Type is "QName" or "NOTATION") head.Append(" ns=").Append(Quoted(value.Namespace));
        return head.ToString();
    }

    private static string DataHead(DataPattern data)
    {
        var head = new StringBuilder("data ").Append(DatatypeName(data.DatatypeLibrary, data.Type));
        foreach (var parameter in data.Params)
        {
            head.Append(' ').Append(parameter.Name).Append('=').Append(Quoted(parameter.Value));
        }
        return head.ToString();
    }

    private static string DatatypeName(string library, string type) =>
        library.Length == 0 ? type
        : library == RngNamespaces.XmlSchemaDatatypes ? "xsd:" + type
        : "{" + library + "}" + type;

    private static string Quoted(string value)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': quoted.Append("\\\""); break;
                case '\\': quoted.Append("\\\\"); break;
                case '\n': quoted.Append("\\n"); break;
                case '\r': quoted.Append("\\r"); break;
                case '\t': quoted.Append("\\t"); break;
                default: quoted.Append(c); break;
            }
        }
        return quoted.Append('"').ToString();
    }
}

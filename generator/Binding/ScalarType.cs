using System.Collections.Generic;
using System.Linq;
using LibvirtXml.Generator.Rng;

namespace LibvirtXml.Generator.Binding;

/// <summary>The C# scalar for a data pattern, and the fixed values it lists (null when it also allows other text).</summary>
/// <param name="ExactValues">Some fixed value has datatype <c>string</c>, compared character for character;
/// RELAX NG's default <c>token</c> values compare with whitespace collapsed.</param>
internal sealed record ScalarType(ScalarKind Kind, IReadOnlyList<string>? Values, bool ExactValues = false)
{
    public static ScalarType AnyString { get; } = new(ScalarKind.String, null);

    public static ScalarType Merge(ScalarType a, ScalarType b)
    {
        var kind = a.Kind == b.Kind ? a.Kind : ScalarKind.String;
        var values = a.Values is null || b.Values is null ? null : a.Values.Concat(b.Values.Where(v => !a.Values.Contains(v))).ToList();
        return new ScalarType(kind, values, a.ExactValues || b.ExactValues);
    }

    public static ScalarType Of(Pattern pattern, Grammar grammar) => Of(pattern, grammar, new HashSet<string>());

    private static ScalarType Of(Pattern pattern, Grammar grammar, HashSet<string> active)
    {
        switch (pattern)
        {
            case ValuePattern value:
                return new ScalarType(ScalarKind.String, new[] { value.Value }, value.Type == "string");
            case DataPattern data:
                return new ScalarType(KindOf(data), null);
            case ChoicePattern choice:
                ScalarType? merged = null;
                foreach (var item in choice.Items)
                {
                    if (item is EmptyPattern) continue;
                    var type = Of(item, grammar, active);
                    merged = merged is null ? type : Merge(merged, type);
                }
                return merged ?? AnyString;
            case RefPattern reference when grammar.FindDefine(reference.Key) is { } define && active.Add(reference.Key):
                var result = Of(define.Pattern, grammar, active);
                active.Remove(reference.Key);
                return result;
            default:
                return AnyString;
        }
    }

    private static ScalarKind KindOf(DataPattern data)
    {
        if (data.DatatypeLibrary != "http://www.w3.org/2001/XMLSchema-datatypes") return ScalarKind.String;
        return data.Type switch
        {
            "unsignedInt" or "unsignedShort" or "unsignedByte" => ScalarKind.UInt32,
            "unsignedLong" or "nonNegativeInteger" or "positiveInteger" => ScalarKind.UInt64,
            "int" or "short" or "byte" => ScalarKind.Int32,
            "long" or "integer" => ScalarKind.Int64,
            _ => ScalarKind.String,
        };
    }
}

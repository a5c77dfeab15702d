using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using LibvirtXml.Generator.Rng;

namespace LibvirtXml.Generator.Binding;

/// <summary>An XSD <c>pattern</c> a value must match; <see cref="Collapse"/> when the datatype collapses whitespace first.</summary>
internal sealed record PatternRule(string XsdPattern, bool Collapse);

/// <summary>
/// The C# scalar for a data pattern and what the grammar allows in it: fixed values, XSD patterns, numeric bounds.
/// A value is allowed when it equals one of <see cref="AllValues"/> or matches one of <see cref="Patterns"/>, or always when <see cref="AnyText"/>.
/// </summary>
/// <param name="Values">Every allowed value, when the grammar allows nothing but fixed values; null otherwise.</param>
/// <param name="ExactValues">Some fixed value has datatype <c>string</c>, compared character for character;
/// RELAX NG's default <c>token</c> values compare with whitespace collapsed.</param>
internal sealed record ScalarType(
    ScalarKind Kind,
    IReadOnlyList<string>? Values,
    bool ExactValues,
    IReadOnlyList<string> AllValues,
    IReadOnlyList<PatternRule> Patterns,
    bool AnyText,
    string? MinInclusive,
    string? MaxInclusive)
{
    public static ScalarType AnyString { get; } = new(ScalarKind.String, null, false, new string[0], new PatternRule[0], AnyText: true, null, null);

    public static ScalarType Merge(ScalarType a, ScalarType b)
    {
        var kind = a.Kind == b.Kind ? a.Kind : ScalarKind.String;
        var values = a.Values is null || b.Values is null ? null : Union(a.Values, b.Values);
        // Bounds only hold when both sides are one numeric alternative with the same kind.
        var sameBounds = a.Kind == b.Kind && a.MinInclusive == b.MinInclusive && a.MaxInclusive == b.MaxInclusive;
        return new ScalarType(kind, values, a.ExactValues || b.ExactValues, Union(a.AllValues, b.AllValues),
            a.Patterns.Concat(b.Patterns.Where(p => !a.Patterns.Contains(p))).ToList(), a.AnyText || b.AnyText,
            sameBounds ? a.MinInclusive : null, sameBounds ? a.MaxInclusive : null);
    }

    private static IReadOnlyList<string> Union(IReadOnlyList<string> a, IReadOnlyList<string> b) => a.Concat(b.Where(v => !a.Contains(v))).ToList();

    public static ScalarType Of(Pattern pattern, Grammar grammar) => Of(pattern, grammar, new HashSet<string>());

    private static ScalarType Of(Pattern pattern, Grammar grammar, HashSet<string> active)
    {
        switch (pattern)
        {
            case ValuePattern value:
                return new ScalarType(ScalarKind.String, new[] { value.Value }, value.Type == "string", new[] { value.Value }, new PatternRule[0], false, null, null);
            case DataPattern data:
                return OfData(data);
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

    private static ScalarType OfData(DataPattern data)
    {
        var kind = KindOf(data);
        var isXsd = data.DatatypeLibrary == XsdLibrary;
        var patterns = data.Params.Where(p => p.Name == "pattern").Select(p => new PatternRule(p.Value, Collapse: isXsd && data.Type != "string")).ToList();
        var min = data.Params.FirstOrDefault(p => p.Name == "minInclusive")?.Value ?? (isXsd ? ImplicitMinimum(data.Type) : null);
        var max = data.Params.FirstOrDefault(p => p.Name == "maxInclusive")?.Value ?? (isXsd ? ImplicitMaximum(data.Type) : null);
        if (kind != ScalarKind.String)
        {
            // A number's lexical form, so that a string-typed choice holding it can still check it.
            patterns.Add(new PatternRule(kind is ScalarKind.UInt32 or ScalarKind.UInt64 ? @"\+?[0-9]+" : @"[+\-]?[0-9]+", Collapse: true));
            return new ScalarType(kind, null, false, new string[0], patterns, false, Number(min), Number(max));
        }

        // Only patterns are checked for string datatypes: other facets and datatypes (anyURI, dateTime...) accept any text here.
        var anyText = patterns.Count == 0 || data.Except is not null;
        return new ScalarType(kind, null, false, new string[0], anyText ? new PatternRule[0] : patterns, anyText, null, null);
    }

    private static string? Number(string? text) =>
        text is not null && decimal.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number.ToString(CultureInfo.InvariantCulture) : null;

    /// <summary>The bounds of XSD's narrower integer types, which share a C# type with a wider one.</summary>
    private static string? ImplicitMinimum(string type) => type switch
    {
        "short" => "-32768",
        "byte" => "-128",
        "positiveInteger" => "1",
        _ => null,
    };

    private static string? ImplicitMaximum(string type) => type switch
    {
        "unsignedShort" => "65535",
        "unsignedByte" => "255",
        "short" => "32767",
        "byte" => "127",
        _ => null,
    };

    private const string XsdLibrary = "http://www.w3.org/2001/XMLSchema-datatypes";

    private static ScalarKind KindOf(DataPattern data)
    {
        if (data.DatatypeLibrary != XsdLibrary) return ScalarKind.String;
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

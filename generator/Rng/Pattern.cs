using LibvirtXml.Generator.Common;

namespace LibvirtXml.Generator.Rng;

/// <summary>
/// A RELAX NG pattern after syntax simplification: includes, divs, externalRefs and nested grammars are gone,
/// every <see cref="RefPattern"/> names a key of <see cref="Grammar.Defines"/>, group/interleave/choice are n-ary,
/// and datatype libraries and namespaces are resolved. Patterns that came from schema text carry their <see cref="SourceSpan"/>.
/// </summary>
internal abstract record Pattern
{
    public SourceSpan Span { get; init; } = SourceSpan.None;
}

internal sealed record ElementPattern(NameClass Name, Pattern Content) : Pattern;

internal sealed record AttributePattern(NameClass Name, Pattern Content) : Pattern;

internal sealed record GroupPattern(EquatableArray<Pattern> Items) : Pattern;

internal sealed record InterleavePattern(EquatableArray<Pattern> Items) : Pattern;

internal sealed record ChoicePattern(EquatableArray<Pattern> Items) : Pattern;

internal sealed record OptionalPattern(Pattern Content) : Pattern;

internal sealed record ZeroOrMorePattern(Pattern Content) : Pattern;

internal sealed record OneOrMorePattern(Pattern Content) : Pattern;

internal sealed record MixedPattern(Pattern Content) : Pattern;

internal sealed record ListPattern(Pattern Content) : Pattern;

internal sealed record EmptyPattern : Pattern;

internal sealed record TextPattern : Pattern;

internal sealed record NotAllowedPattern : Pattern;

/// <summary><c>&lt;value&gt;</c>. <see cref="DatatypeLibrary"/> is empty for RELAX NG's built-in library (type <c>token</c> or <c>string</c>).</summary>
internal sealed record ValuePattern(string DatatypeLibrary, string Type, string Value, string Namespace) : Pattern;

internal sealed record DataParam(string Name, string Value);

/// <summary><c>&lt;data&gt;</c> with its params and optional <c>&lt;except&gt;</c>.</summary>
internal sealed record DataPattern(string DatatypeLibrary, string Type, EquatableArray<DataParam> Params, Pattern? Except) : Pattern;

/// <summary>A reference to <see cref="Grammar.Defines"/> by key (parentRef and nested grammars already resolved to keys).</summary>
internal sealed record RefPattern(string Key) : Pattern;

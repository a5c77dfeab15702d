using LibvirtXml.Generator.Common;

namespace LibvirtXml.Generator.Rng;

/// <summary>One named pattern. <see cref="Key"/> is unique in its grammar; <see cref="Name"/> is the name the schema gave it
/// (defines of nested grammars keep their name but get a distinct key).</summary>
internal sealed record Define(string Key, string Name, Pattern Pattern, SourceSpan Span);

/// <summary>A fully loaded and resolved grammar: a start pattern and every define reachable or not, refs checked.</summary>
internal sealed record Grammar(string RootPath, Pattern Start, EquatableArray<Define> Defines)
{
    private System.Collections.Generic.Dictionary<string, Define>? _byKey;

    /// <summary>Copies for <c>with</c> without the lookup cache, which belongs to the original's defines.</summary>
    private Grammar(Grammar original)
    {
        RootPath = original.RootPath;
        Start = original.Start;
        Defines = original.Defines;
    }

    public Define? FindDefine(string key)
    {
        if (_byKey is null)
        {
            var map = new System.Collections.Generic.Dictionary<string, Define>(System.StringComparer.Ordinal);
            foreach (var d in Defines) map[d.Key] = d;
            _byKey = map;
        }
        return _byKey.TryGetValue(key, out var define) ? define : null;
    }

    // Same instance first: the incremental pipeline compares a cached grammar with itself on every run.
    public bool Equals(Grammar? other) =>
        ReferenceEquals(this, other) || other is not null && RootPath == other.RootPath && Start.Equals(other.Start) && Defines.Equals(other.Defines);

    public override int GetHashCode() => (RootPath, Start, Defines).GetHashCode();
}

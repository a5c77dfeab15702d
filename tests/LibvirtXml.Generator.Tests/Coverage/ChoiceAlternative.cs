using System.Collections.Immutable;

namespace LibvirtXml.Generator.Tests.Coverage;

/// <summary>
/// One item of one <c>choice</c>: where it stands (the define holding it, null for the start, and the child indexes
/// leading to it, as <see cref="Rng.PatternTraversal.Children"/> numbers them) and a readable description for messages.
/// </summary>
internal sealed record ChoiceAlternative(string? DefineKey, ImmutableArray<int> Path, string Description)
{
    /// <summary>Stable across runs and independent of the description: "define@0.1.2".</summary>
    public string Id => (DefineKey ?? "(start)") + "@" + string.Join(".", Path);

    public override string ToString() => Description;
}

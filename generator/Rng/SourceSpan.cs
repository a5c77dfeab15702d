namespace LibvirtXml.Generator.Rng;

/// <summary>Where a schema construct stands: file path as the build passed it, 1-based line and column (0 when unknown).</summary>
internal sealed record SourceSpan(string Path, int Line, int Column)
{
    public static SourceSpan None { get; } = new("", 0, 0);

    public override string ToString() => $"{Path}({Line},{Column})";
}

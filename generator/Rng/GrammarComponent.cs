namespace LibvirtXml.Generator.Rng;

/// <summary>A <c>start</c> or <c>define</c> element with the context its content is read in.</summary>
internal sealed class GrammarComponent(RngNode node, LexicalContext context, string name, string? combine)
{
    public RngNode Node { get; } = node;
    public LexicalContext Context { get; } = context;

    /// <summary>The define name; "" for start.</summary>
    public string Name { get; } = name;

    public string? Combine { get; } = combine;

    public bool IsStart => Node.Name == "start";
}

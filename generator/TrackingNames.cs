namespace LibvirtXml.Generator;

/// <summary>Names of the pipeline steps, for incremental-caching tests.</summary>
internal static class TrackingNames
{
    public const string Inputs = nameof(Inputs);
    public const string ParsedSchemas = nameof(ParsedSchemas);
    public const string Grammars = nameof(Grammars);
    public const string Bindings = nameof(Bindings);
    public const string Models = nameof(Models);
}

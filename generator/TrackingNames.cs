namespace LibvirtXml.Generator;

/// <summary>Names of the pipeline steps, for incremental-caching tests (and to read a driver's timing per step).</summary>
internal static class TrackingNames
{
    /// <summary>Each additional file with its role and text.</summary>
    public const string Inputs = nameof(Inputs);

    /// <summary>Each schema file parsed, once per content.</summary>
    public const string ParsedSchemas = nameof(ParsedSchemas);

    /// <summary>Each schema file's include and externalRef targets.</summary>
    public const string SchemaReferences = nameof(SchemaReferences);

    /// <summary>Each LibvirtSchema root.</summary>
    public const string Roots = nameof(Roots);

    /// <summary>Per root: the paths of the files it reaches.</summary>
    public const string RootFiles = nameof(RootFiles);

    /// <summary>Per root: the parsed files it reaches.</summary>
    public const string RootDocuments = nameof(RootDocuments);

    /// <summary>Per root: the resolved grammar.</summary>
    public const string Grammars = nameof(Grammars);

    /// <summary>Each binding file read.</summary>
    public const string Bindings = nameof(Bindings);

    /// <summary>Per root: its grammar with the binding files of its schema.</summary>
    public const string BindInputs = nameof(BindInputs);

    /// <summary>The runtime types binding files name that generated code could not use (checked against the compilation).</summary>
    public const string RuntimeTypes = nameof(RuntimeTypes);

    /// <summary>The namespace of the generated classes.</summary>
    public const string Namespace = nameof(Namespace);

    /// <summary>Per root: the type model.</summary>
    public const string Models = nameof(Models);

    /// <summary>Per root: the generated sources.</summary>
    public const string Sources = nameof(Sources);

    /// <summary>The consumer's C# language version.</summary>
    public const string LanguageVersion = nameof(LanguageVersion);
}

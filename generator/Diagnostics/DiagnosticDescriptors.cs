using Microsoft.CodeAnalysis;

namespace LibvirtXml.Generator.Diagnostics;

/// <summary>The LVX diagnostics. Messages are the schema-specific text; titles say what kind of problem it is.</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "LibvirtXml";

    public static readonly DiagnosticDescriptor MalformedSchema = Error(DiagnosticIds.MalformedSchema, "Schema file is not well-formed RELAX NG XML");
    public static readonly DiagnosticDescriptor SchemaFileNotFound = Error(DiagnosticIds.SchemaFileNotFound, "Included schema file not found");
    public static readonly DiagnosticDescriptor UndefinedReference = Error(DiagnosticIds.UndefinedReference, "Reference to an undefined pattern");
    public static readonly DiagnosticDescriptor DuplicateDefine = Error(DiagnosticIds.DuplicateDefine, "Pattern defined twice without combine");
    public static readonly DiagnosticDescriptor UnsupportedConstruct = Error(DiagnosticIds.UnsupportedConstruct, "Unsupported or invalid schema construct");
    public static readonly DiagnosticDescriptor DuplicateMember = Error(DiagnosticIds.DuplicateMember, "Two generated members have one name");
    public static readonly DiagnosticDescriptor InvalidBinding = Error(DiagnosticIds.InvalidBinding, "Invalid binding file entry");
    public static readonly DiagnosticDescriptor UnmatchedBinding = new(DiagnosticIds.UnmatchedBinding, "Binding entry matches nothing in this grammar", "{0}", Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor MissingRootSchema = Error(DiagnosticIds.MissingRootSchema, "LibvirtSchema file not found");
    public static readonly DiagnosticDescriptor InternalError = Error(DiagnosticIds.InternalError, "The generator failed on this input");
    public static readonly DiagnosticDescriptor UnsupportedLanguageVersion = Error(DiagnosticIds.UnsupportedLanguageVersion, "C# language version too old for the generated code");

    /// <summary>Every descriptor, for the release-tracking and documentation tests.</summary>
    public static readonly DiagnosticDescriptor[] All =
    {
        MalformedSchema, SchemaFileNotFound, UndefinedReference, DuplicateDefine, UnsupportedConstruct, DuplicateMember,
        InvalidBinding, UnmatchedBinding, MissingRootSchema, InternalError, UnsupportedLanguageVersion,
    };

    public static DiagnosticDescriptor For(string id, bool isWarning) => id switch
    {
        DiagnosticIds.MalformedSchema => MalformedSchema,
        DiagnosticIds.SchemaFileNotFound => SchemaFileNotFound,
        DiagnosticIds.UndefinedReference => UndefinedReference,
        DiagnosticIds.DuplicateDefine => DuplicateDefine,
        DiagnosticIds.DuplicateMember => DuplicateMember,
        DiagnosticIds.InvalidBinding => InvalidBinding,
        DiagnosticIds.UnmatchedBinding => UnmatchedBinding,
        DiagnosticIds.MissingRootSchema => MissingRootSchema,
        DiagnosticIds.InternalError => InternalError,
        DiagnosticIds.UnsupportedLanguageVersion => UnsupportedLanguageVersion,
        _ => isWarning ? UnmatchedBinding : UnsupportedConstruct,
    };

    private static DiagnosticDescriptor Error(string id, string title) =>
        new(id, title, "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true);
}

namespace LibvirtXml.Generator.Diagnostics;

/// <summary>Stable diagnostic ids (docs/diagnostics.md explains each). Never reuse or renumber one: users suppress them by id.</summary>
internal static class DiagnosticIds
{
    public const string MalformedSchema = "LVX0001";
    public const string SchemaFileNotFound = "LVX0002";
    public const string UndefinedReference = "LVX0003";
    public const string DuplicateDefine = "LVX0004";
    public const string UnsupportedConstruct = "LVX0005";
    public const string DuplicateMember = "LVX0006";
    public const string InvalidBinding = "LVX0007";
    public const string UnmatchedBinding = "LVX0008";
    public const string MissingRootSchema = "LVX0009";
    public const string InternalError = "LVX0010";
    public const string UnsupportedLanguageVersion = "LVX0011";
}

using LibvirtXml.Generator.Binding;
using LibvirtXml.Generator.Common;
using LibvirtXml.Generator.Rng;

namespace LibvirtXml.Generator;

/// <summary>What an additional file is to the generator, from its <c>LibvirtXmlRole</c> metadata (set by the package's targets).</summary>
internal enum InputRole
{
    None,
    /// <summary>A root document grammar (a <c>LibvirtSchema</c> item).</summary>
    Root,
    /// <summary>A grammar that roots may include.</summary>
    Schema,
    /// <summary>A binding file that comes with the generator (the package's).</summary>
    Binding,
    /// <summary>A binding file of the consuming project (a <c>LibvirtBinding</c> item): where it and the package's name one thing, it wins.</summary>
    UserBinding,
    /// <summary>A <c>LibvirtSchema</c> item whose file does not exist.</summary>
    Missing,
}

internal sealed record InputFile(string Path, InputRole Role, string? Text);

/// <summary>The result of loading one root grammar: the grammar (when usable) and what was wrong.</summary>
internal sealed record GrammarResult(string RootPath, Grammar? Grammar, EquatableArray<SchemaDiagnostic> Diagnostics);

/// <summary>A parsed binding file (null when unreadable) with its problems; <c>IsUsers</c> for a <c>LibvirtBinding</c> item.</summary>
internal sealed record BindingResult(string Path, BindingFile? Binding, EquatableArray<SchemaDiagnostic> Diagnostics, bool IsUsers = false);

/// <summary>The type model of one root grammar (null when it could not be built) with every diagnostic on the way.</summary>
internal sealed record ModelResult(string RootPath, TypeModel? Model, EquatableArray<SchemaDiagnostic> Diagnostics);

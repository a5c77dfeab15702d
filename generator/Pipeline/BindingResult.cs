using LibvirtXml.Generator.Binding;
using LibvirtXml.Generator.Common;
using LibvirtXml.Generator.Rng;

namespace LibvirtXml.Generator.Pipeline;

/// <summary>A parsed binding file (null when unreadable) with its problems.</summary>
/// <param name="IsUsers">From a <c>LibvirtBinding</c> item of the consuming project.</param>
internal sealed record BindingResult(string Path, BindingFile? Binding, EquatableArray<SchemaDiagnostic> Diagnostics, bool IsUsers = false);

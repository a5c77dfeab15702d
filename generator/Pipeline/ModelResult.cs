using LibvirtXml.Generator.Binding;
using LibvirtXml.Generator.Common;
using LibvirtXml.Generator.Rng;

namespace LibvirtXml.Generator.Pipeline;

/// <summary>The type model of one root grammar (null when it could not be built) with every diagnostic on the way.</summary>
internal sealed record ModelResult(string RootPath, TypeModel? Model, EquatableArray<SchemaDiagnostic> Diagnostics);

using LibvirtXml.Generator.Common;
using LibvirtXml.Generator.Rng;

namespace LibvirtXml.Generator.Pipeline;

/// <summary>The result of loading one root grammar: the grammar (when usable) and what was wrong.</summary>
internal sealed record GrammarResult(string RootPath, Grammar? Grammar, EquatableArray<SchemaDiagnostic> Diagnostics);

using LibvirtXml.Generator.Common;
using LibvirtXml.Generator.Rng;

namespace LibvirtXml.Generator.Pipeline;

/// <summary>The source of one generated class, and where its element is declared (for a clash with another root's class).</summary>
internal sealed record GeneratedClass(string Name, string Source, SourceSpan Declaration);

/// <summary>What one root contributes to the compilation: its classes' sources and its diagnostics.</summary>
internal sealed record RootOutput(string RootPath, EquatableArray<GeneratedClass> Classes, EquatableArray<SchemaDiagnostic> Diagnostics);

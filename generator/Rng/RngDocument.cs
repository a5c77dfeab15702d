using LibvirtXml.Generator.Common;

namespace LibvirtXml.Generator.Rng;

/// <summary>
/// One parsed .rng file. <see cref="Root"/> is null when the file could not be read as RELAX NG
/// (malformed XML, foreign root element); <see cref="Diagnostics"/> then says why.
/// </summary>
internal sealed record RngDocument(string Path, RngNode? Root, EquatableArray<SchemaDiagnostic> Diagnostics);

namespace LibvirtXml.Generator.Rng;

/// <summary>A problem found in a schema or binding file, kept as plain data; the generator turns it into an LVX diagnostic.</summary>
internal sealed record SchemaDiagnostic(string Id, string Message, SourceSpan Span, bool IsWarning = false);

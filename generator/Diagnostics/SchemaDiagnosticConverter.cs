using System;
using LibvirtXml.Generator.Rng;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace LibvirtXml.Generator.Diagnostics;

/// <summary>
/// Turns the plain-data <see cref="SchemaDiagnostic"/>s the pipeline carries into Roslyn diagnostics, only at output time:
/// cached models hold no <see cref="Location"/>. The location names the schema or binding file, so the build prints
/// <c>file.rng(line,column): error LVX....: message</c>.
/// </summary>
internal static class SchemaDiagnosticConverter
{
    public static Diagnostic ToRoslyn(SchemaDiagnostic diagnostic)
    {
        var descriptor = DiagnosticDescriptors.For(diagnostic.Id, diagnostic.IsWarning);
        return Diagnostic.Create(descriptor, LocationOf(diagnostic.Span), diagnostic.Message);
    }

    public static Location LocationOf(SourceSpan span)
    {
        if (span.Path.Length == 0) return Location.None;
        // SourceSpan is 1-based (as XML line info is), Roslyn 0-based; 0 (unknown) becomes the start of the file.
        var position = new LinePosition(Math.Max(span.Line - 1, 0), Math.Max(span.Column - 1, 0));
        return Location.Create(span.Path, default, new LinePositionSpan(position, position));
    }
}

using LibvirtXml.Generator.Common;

namespace LibvirtXml.Generator.Rng;

/// <summary>
/// One RELAX NG element of a schema file as written, before any simplification. Foreign elements and attributes
/// (annotations) and comments are already gone. Value-equatable so that the incremental generator can cache a parsed file.
/// </summary>
/// <param name="Name">Local name in the RELAX NG namespace (<c>element</c>, <c>ref</c>, ...).</param>
/// <param name="Attributes">Unqualified attributes in document order.</param>
/// <param name="NamespaceDeclarations">Prefixed <c>xmlns:p</c> declarations made on this element (needed to resolve QNames).</param>
/// <param name="Children">RELAX NG child elements.</param>
/// <param name="Text">
/// Character content. Kept verbatim for <c>value</c>, <c>param</c> and <c>name</c>; for other elements whitespace-only
/// content is dropped (RELAX NG ignores it) and anything else is kept so that the resolver can report it.
/// </param>
/// <param name="Span">Where the element starts (line and column of its name, as <see cref="System.Xml.IXmlLineInfo"/> reports it).</param>
internal sealed record RngNode(
    string Name,
    EquatableArray<RngAttribute> Attributes,
    EquatableArray<RngNamespaceDeclaration> NamespaceDeclarations,
    EquatableArray<RngNode> Children,
    string Text,
    SourceSpan Span)
{
    public string? GetAttribute(string name)
    {
        foreach (var attribute in Attributes)
        {
            if (attribute.Name == name) return attribute.Value;
        }
        return null;
    }

    public bool HasAttribute(string name) => GetAttribute(name) is not null;
}

/// <summary>An unqualified attribute of a RELAX NG element.</summary>
internal sealed record RngAttribute(string Name, string Value);

/// <summary>An <c>xmlns:Prefix="Uri"</c> declaration.</summary>
internal sealed record RngNamespaceDeclaration(string Prefix, string Uri);

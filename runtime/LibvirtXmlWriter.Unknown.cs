using System;
using System.Collections.Generic;
using System.Xml.Linq;

namespace LibvirtXml;

/// <summary>
/// Putting back what the grammar does not describe: unknown attributes and elements are written right after the
/// known item they followed when read (the first ones before every known item, ones added in code after all).
/// </summary>
public sealed partial class LibvirtXmlWriter
{
    private int _writingUnknown;
    private int _generatedPrefixes;

    /// <summary>
    /// Opens an element (no namespace) that carries unknown content: its unknown attributes and child elements are
    /// written among the known ones the caller writes next, each where it was read.
    /// </summary>
    /// <param name="localName">The element name.</param>
    /// <param name="unknownAttributes">Attributes to put back; may be null.</param>
    /// <param name="unknownElements">Child elements to put back; may be null.</param>
    public void WriteStartElement(string localName, List<XAttribute>? unknownAttributes, List<XElement>? unknownElements)
    {
        WriteStartElement(localName);
        if ((unknownAttributes is null || unknownAttributes.Count == 0) && (unknownElements is null || unknownElements.Count == 0))
        {
            return;
        }

        var content = new UnknownContent(unknownAttributes, unknownElements);
        _unknown[_depth - 1] = content;
        WriteUnknownAttributes(content, after: null, atEnd: false);
    }

    /// <summary>
    /// Opens an element (no namespace) that may carry unknown content: its unknown attributes and child elements are
    /// written among the known ones the caller writes next, each where it was read.
    /// </summary>
    /// <param name="localName">The element name.</param>
    /// <param name="unknown">The element's unknown content; may be null.</param>
    public void WriteStartElement(string localName, LibvirtXmlUnknownContent? unknown)
    {
        if (unknown is null)
        {
            WriteStartElement(localName);
            return;
        }

        WriteStartElementWithUnknown(localName, unknown);
    }

    /// <summary>Apart, so that <see cref="WriteStartElement(string, LibvirtXmlUnknownContent?)"/> names no LINQ to XML type.</summary>
    private void WriteStartElementWithUnknown(string localName, LibvirtXmlUnknownContent unknown) =>
        WriteStartElement(localName, unknown.AttributesField, unknown.ElementsField);

    // Namespace declarations written so far and still in scope, innermost last; created when the first is written.
    // An array of our own struct rather than a List of a tuple: ReadyToRun cannot precompile a framework generic over
    // framework value types into this assembly, so such a List would be JIT-compiled on every process's first Marshal.
    private NamespaceDeclaration[]? _declarations;
    private int _declarationCount;

    private void NoteDeclaration(string declaration, string uri)
    {
        if (_declarations is null)
        {
            _declarations = new NamespaceDeclaration[4];
        }
        else if (_declarationCount == _declarations.Length)
        {
            var grown = new NamespaceDeclaration[_declarations.Length * 2];
            Array.Copy(_declarations, grown, _declarationCount);
            _declarations = grown;
        }

        _declarations[_declarationCount++] = new NamespaceDeclaration(_depth, declaration, uri);
    }

    private bool IsDeclared(string declaration, string uri)
    {
        for (var i = _declarationCount - 1; i >= 0; i--)
        {
            if (_declarations![i].Declaration == declaration)
            {
                return _declarations[i].Uri == uri;
            }
        }

        return false;
    }

    private void ForgetDeclarationsBelow(int depth)
    {
        while (_declarationCount > 0 && _declarations![_declarationCount - 1].Depth > depth)
        {
            _declarations[--_declarationCount] = default;
        }
    }

    private UnknownContent? Current => _depth == 0 || _writingUnknown > 0 ? null : _unknown[_depth - 1];

    private void AfterKnownAttribute(string localName)
    {
        if (Current is { AttributesDone: false } content)
        {
            WriteUnknownAttributes(content, localName, atEnd: false);
        }
    }

    /// <summary>The attributes of the innermost element are complete: everything still pending goes now.</summary>
    private void CloseUnknownAttributes(UnknownContent content)
    {
        if (!content.AttributesDone)
        {
            WriteUnknownAttributes(content, after: null, atEnd: true);
            content.AttributesDone = true;
        }
    }

    private void BeforeText()
    {
        if (Current is { } content)
        {
            CloseUnknownAttributes(content);
        }
    }

    private void BeforeChildElement()
    {
        if (Current is not { } content)
        {
            return;
        }

        CloseUnknownAttributes(content);
        if (!content.ElementsStarted)
        {
            content.ElementsStarted = true;
            WriteUnknownElements(content, after: null, atEnd: false);
        }
    }

    private void AfterKnownElement(string localName)
    {
        if (Current is { } content)
        {
            WriteUnknownElements(content, localName, atEnd: false);
        }
    }

    private void BeforeEndElement()
    {
        if (Current is not { } content)
        {
            return;
        }

        CloseUnknownAttributes(content);
        if (content.HasPendingElements)
        {
            BeforeChildElement();
            WriteUnknownElements(content, after: null, atEnd: true);
        }
    }

    private void WriteUnknownAttributes(UnknownContent content, string? after, bool atEnd)
    {
        var attributes = content.Attributes;
        if (attributes is null)
        {
            return;
        }

        for (var i = 0; i < attributes.Count; i++)
        {
            if (content.AttributeWritten![i])
            {
                continue;
            }

            var placement = UnknownPlacement.Of(attributes[i]);
            if (atEnd || (!placement.IsAtEnd && placement.After == after))
            {
                content.AttributeWritten[i] = true;
                WriteUnknownAttribute(attributes[i], placement);
            }
        }
    }

    private void WriteUnknownElements(UnknownContent content, string? after, bool atEnd)
    {
        var elements = content.Elements;
        if (elements is null)
        {
            return;
        }

        for (var i = 0; i < elements.Count; i++)
        {
            if (content.ElementWritten![i])
            {
                continue;
            }

            var placement = UnknownPlacement.Of(elements[i]);
            if (atEnd || (!placement.IsAtEnd && placement.After == after))
            {
                content.ElementWritten[i] = true;
                _writingUnknown++;
                try
                {
                    WriteXml(elements[i]);
                }
                finally
                {
                    _writingUnknown--;
                }
            }
        }
    }

    private void WriteUnknownAttribute(XAttribute attribute, UnknownPlacement placement)
    {
        var name = attribute.Name;
        if (attribute.IsNamespaceDeclaration)
        {
            if (_xml is not null)
            {
                // The XmlWriter declares namespaces itself; a default namespace on an element in no namespace cannot be written.
                if (name.NamespaceName.Length != 0)
                {
                    _xml.WriteAttributeString("xmlns", name.LocalName, XNamespace.Xmlns.NamespaceName, attribute.Value);
                }

                return;
            }

            WriteAttributeCore(name.NamespaceName.Length == 0 ? "xmlns" : "xmlns:" + name.LocalName, attribute.Value);
            return;
        }

        if (name.NamespaceName.Length == 0)
        {
            WriteAttributeCore(name.LocalName, attribute.Value);
            return;
        }

        var prefix = string.IsNullOrEmpty(placement.Prefix) ? null : placement.Prefix;
        if (_xml is not null)
        {
            _xml.WriteAttributeString(prefix, name.LocalName, name.NamespaceName, XmlEscaping.RemoveForbiddenControlCharacters(attribute.Value));
            return;
        }

        if (prefix is null)
        {
            // Added in code without a prefix: declare one of our own right here.
            prefix = "lvx" + (++_generatedPrefixes).ToString(System.Globalization.CultureInfo.InvariantCulture);
            WriteAttributeCore("xmlns:" + prefix, name.NamespaceName);
        }

        WriteAttributeCore(prefix + ":" + name.LocalName, attribute.Value);
    }

    /// <summary>A namespace declaration written as an attribute: the depth of its element, "xmlns:p" (or "xmlns"), the namespace.</summary>
    private readonly struct NamespaceDeclaration
    {
        public NamespaceDeclaration(int depth, string declaration, string uri)
        {
            Depth = depth;
            Declaration = declaration;
            Uri = uri;
        }

        public readonly int Depth;
        public readonly string Declaration;
        public readonly string Uri;
    }

    /// <summary>Unknown content of one open element, and which of it is already written.</summary>
    private sealed class UnknownContent
    {
        public UnknownContent(List<XAttribute>? attributes, List<XElement>? elements)
        {
            Attributes = attributes is { Count: > 0 } ? attributes : null;
            Elements = elements is { Count: > 0 } ? elements : null;
            AttributeWritten = Attributes is null ? null : new bool[Attributes.Count];
            ElementWritten = Elements is null ? null : new bool[Elements.Count];
            AttributesDone = Attributes is null;
        }

        public List<XAttribute>? Attributes { get; }

        public List<XElement>? Elements { get; }

        public bool[]? AttributeWritten { get; }

        public bool[]? ElementWritten { get; }

        public bool AttributesDone { get; set; }

        public bool ElementsStarted { get; set; }

        public bool HasPendingElements => ElementWritten is not null && Array.IndexOf(ElementWritten, false) >= 0;
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Xml;
using LibvirtXml.Generator.Common;
using LibvirtXml.Generator.Diagnostics;

namespace LibvirtXml.Generator.Rng;

/// <summary>
/// Reads one .rng file into an <see cref="RngDocument"/>. Pure function of (path, text): no file I/O, no exceptions,
/// so the incremental generator can cache the result per file content.
/// </summary>
internal static class RngParser
{
    /// <summary>Deeper nesting is refused: the resolver recurses over the tree and must not overflow the stack.</summary>
    public const int MaxDepth = 256;

    public static RngDocument Parse(string path, string text)
    {
        var diagnostics = new List<SchemaDiagnostic>();
        RngNode? root = null;
        try
        {
            root = ReadRoot(path, text, diagnostics);
        }
        catch (XmlException e)
        {
            diagnostics.Add(new SchemaDiagnostic(DiagnosticIds.MalformedSchema, $"'{path}' is not well-formed XML: {e.Message}", new SourceSpan(path, e.LineNumber, e.LinePosition)));
        }
        catch (Exception e)
        {
            diagnostics.Add(new SchemaDiagnostic(DiagnosticIds.InternalError, $"unexpected error while reading '{path}': {e.GetType().Name}: {e.Message}", new SourceSpan(path, 0, 0)));
        }

        // A partial tree is of no use once the XML turned out to be broken.
        if (diagnostics.Count > 0) root = null;
        return new RngDocument(path, root, diagnostics.ToEquatableArray());
    }

    private static RngNode? ReadRoot(string path, string text, List<SchemaDiagnostic> diagnostics)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = false, // whitespace inside <value> is significant
        };
        using var reader = XmlReader.Create(new StringReader(text), settings);
        var lineInfo = (IXmlLineInfo)reader;

        var open = new Stack<NodeBuilder>();
        RngNode? root = null;
        var sawRootElement = false;

        reader.Read();
        while (!reader.EOF)
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    var span = new SourceSpan(path, lineInfo.LineNumber, lineInfo.LinePosition);
                    if (reader.NamespaceURI != RngNamespaces.RelaxNg)
                    {
                        if (!sawRootElement)
                        {
                            diagnostics.Add(new SchemaDiagnostic(DiagnosticIds.MalformedSchema,
                                $"the root element <{reader.Name}> of '{path}' is not in the RELAX NG namespace '{RngNamespaces.RelaxNg}'", span));
                        }
                        sawRootElement = true;
                        reader.Skip(); // annotation: dropped with everything inside it
                        continue;
                    }

                    sawRootElement = true;
                    if (open.Count >= MaxDepth)
                    {
                        diagnostics.Add(new SchemaDiagnostic(DiagnosticIds.MalformedSchema, $"elements are nested more than {MaxDepth} deep", span));
                        return null;
                    }

                    var builder = new NodeBuilder(reader.LocalName, span);
                    var isEmpty = reader.IsEmptyElement;
                    ReadAttributes(reader, builder);
                    if (isEmpty) Attach(builder.Build(), open, ref root);
                    else open.Push(builder);
                    break;

                case XmlNodeType.EndElement:
                    Attach(open.Pop().Build(), open, ref root);
                    break;

                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                case XmlNodeType.Whitespace:
                case XmlNodeType.SignificantWhitespace:
                    if (open.Count > 0) open.Peek().AppendText(reader.Value);
                    break;
            }
            reader.Read();
        }
        return root;
    }

    private static void ReadAttributes(XmlReader reader, NodeBuilder builder)
    {
        while (reader.MoveToNextAttribute())
        {
            if (reader.NamespaceURI == RngNamespaces.XmlnsAttributes)
            {
                // Only prefixed declarations matter: unprefixed names in RELAX NG take their namespace from ns="...".
                if (reader.Prefix == "xmlns") builder.NamespaceDeclarations.Add(new RngNamespaceDeclaration(reader.LocalName, reader.Value));
            }
            else if (reader.NamespaceURI.Length == 0)
            {
                builder.Attributes.Add(new RngAttribute(reader.LocalName, reader.Value));
            }
            // Qualified attributes are annotations (e.g. a:documentation, v:since): dropped.
        }
        reader.MoveToElement();
    }

    private static void Attach(RngNode node, Stack<NodeBuilder> open, ref RngNode? root)
    {
        if (open.Count == 0) root = node;
        else open.Peek().Children.Add(node);
    }

    private sealed class NodeBuilder(string name, SourceSpan span)
    {
        private StringBuilder? _text;

        public List<RngAttribute> Attributes { get; } = new();
        public List<RngNamespaceDeclaration> NamespaceDeclarations { get; } = new();
        public List<RngNode> Children { get; } = new();

        public void AppendText(string value) => (_text ??= new StringBuilder()).Append(value);

        public RngNode Build()
        {
            var text = _text?.ToString() ?? "";
            if (!KeepsWhitespace(name) && IsWhitespace(text)) text = "";
            return new RngNode(name, Attributes.ToEquatableArray(), NamespaceDeclarations.ToEquatableArray(), Children.ToEquatableArray(), text, span);
        }

        private static bool KeepsWhitespace(string name) => name is "value" or "param" or "name";

        private static bool IsWhitespace(string text)
        {
            foreach (var c in text)
            {
                if (c is not (' ' or '\t' or '\r' or '\n')) return false;
            }
            return true;
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using LibvirtXml.Generator.Common;
using LibvirtXml.Generator.Diagnostics;
using LibvirtXml.Generator.Rng;
using Microsoft.CodeAnalysis.CSharp;

namespace LibvirtXml.Generator.Binding;

/// <summary>Reads a binding file (XML) into a <see cref="BindingFile"/>; problems become LVX0007 diagnostics, never exceptions.</summary>
internal static class BindingReader
{
    public const string Namespace = "urn:libvirtxml:binding:1";

    public static (BindingFile? Binding, EquatableArray<SchemaDiagnostic> Diagnostics) Read(string path, string text)
    {
        var diagnostics = new List<SchemaDiagnostic>();
        XDocument document;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var reader = XmlReader.Create(new StringReader(text), settings);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            diagnostics.Add(new SchemaDiagnostic(DiagnosticIds.InvalidBinding, $"binding file is not well-formed XML: {e.Message}", new SourceSpan(path, e.LineNumber, e.LinePosition)));
            return (null, diagnostics.ToEquatableArray());
        }

        var root = document.Root!;
        if (root.Name != XName.Get("binding", Namespace))
        {
            diagnostics.Add(Error(path, root, $"the root element of a binding file must be <binding xmlns=\"{Namespace}\">"));
            return (null, diagnostics.ToEquatableArray());
        }

        var schema = Required(path, root, "schema", diagnostics) ?? "";
        var documents = new List<DocumentBinding>();
        var words = new List<WordBinding>();
        var types = new List<TypeBinding>();
        var properties = new List<PropertyBinding>();
        var runtimes = new List<RuntimeBinding>();
        var raws = new List<RawBinding>();
        var orders = new List<OrderBinding>();

        foreach (var entry in root.Elements())
        {
            if (entry.Name.Namespace != Namespace)
            {
                continue; // other namespaces are annotations
            }

            var span = SpanOf(path, entry);
            var optional = (string?)entry.Attribute("optional") == "true";
            switch (entry.Name.LocalName)
            {
                case "document":
                    if (Required(path, entry, "element", diagnostics) is { } element && TypeIdentifier(path, entry, "type", diagnostics) is { } typeName)
                        documents.Add(new DocumentBinding(element, typeName, span, optional));
                    break;
                case "word":
                    if (Required(path, entry, "xml", diagnostics) is { } xml && Identifier(path, entry, "cs", diagnostics) is { } cs)
                    {
                        var plural = entry.Attribute("plural") is null ? null : Identifier(path, entry, "plural", diagnostics);
                        words.Add(new WordBinding(xml, cs, plural, span, optional));
                    }
                    break;
                case "type":
                    if (Path(path, entry, diagnostics) is { } typePath && TypeIdentifier(path, entry, "name", diagnostics) is { } name)
                        types.Add(new TypeBinding(typePath, name, span, optional));
                    break;
                case "property":
                    if (Path(path, entry, diagnostics) is { } propertyPath && Required(path, entry, "xml", diagnostics) is { } member && Identifier(path, entry, "name", diagnostics) is { } propertyName)
                        properties.Add(new PropertyBinding(propertyPath, member, propertyName, span, optional));
                    break;
                case "runtime":
                    if (Path(path, entry, diagnostics) is { } runtimePath && QualifiedIdentifier(path, entry, "type", diagnostics) is { } runtimeType)
                        runtimes.Add(new RuntimeBinding(runtimePath, runtimeType, (string?)entry.Attribute("discriminator"), span, optional));
                    break;
                case "raw":
                    if (Path(path, entry, diagnostics) is { } rawPath)
                        raws.Add(new RawBinding(rawPath, span, optional));
                    break;
                case "order":
                    if (Path(path, entry, diagnostics) is { } orderPath)
                        orders.Add(new OrderBinding(orderPath, Names(entry, "attributes"), Names(entry, "elements"), span, optional));
                    break;
                default:
                    diagnostics.Add(Error(path, entry, $"unknown binding entry <{entry.Name.LocalName}>; expected document, word, type, property, runtime, raw or order"));
                    break;
            }
        }

        var binding = new BindingFile(path, schema, documents.ToEquatableArray(), words.ToEquatableArray(), types.ToEquatableArray(),
            properties.ToEquatableArray(), runtimes.ToEquatableArray(), raws.ToEquatableArray(), orders.ToEquatableArray());
        return (binding, diagnostics.ToEquatableArray());
    }

    private static EquatableArray<string> Names(XElement entry, string attribute) =>
        ((string?)entry.Attribute(attribute) ?? "").Split(new[] { ' ', '\t', '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries).ToEquatableArray();

    private static string? Path(string file, XElement entry, List<SchemaDiagnostic> diagnostics)
    {
        var value = Required(file, entry, "path", diagnostics);
        if (value is null) return null;
        if (!BindingPath.TryParse(value, out _, out var problem))
        {
            diagnostics.Add(Error(file, AttributeOrEntry(entry, "path"), $"invalid path '{value}': {problem}"));
            return null;
        }
        return value;
    }

    private static string? Required(string file, XElement entry, string attribute, List<SchemaDiagnostic> diagnostics)
    {
        var value = (string?)entry.Attribute(attribute);
        if (string.IsNullOrWhiteSpace(value))
        {
            diagnostics.Add(Error(file, entry, $"<{entry.Name.LocalName}> needs a non-empty '{attribute}' attribute"));
            return null;
        }
        return value!.Trim();
    }

    private static string? Identifier(string file, XElement entry, string attribute, List<SchemaDiagnostic> diagnostics)
    {
        var value = Required(file, entry, attribute, diagnostics);
        if (value is null) return null;
        if (!SyntaxFacts.IsValidIdentifier(value) || SyntaxFacts.GetKeywordKind(value) != SyntaxKind.None)
        {
            diagnostics.Add(Error(file, AttributeOrEntry(entry, attribute), $"'{value}' is not a valid C# identifier"));
            return null;
        }
        return value;
    }

    /// <summary>A class name: an identifier that is not all lower-case ASCII, which C# reserves for future keywords (CS8981).</summary>
    private static string? TypeIdentifier(string file, XElement entry, string attribute, List<SchemaDiagnostic> diagnostics)
    {
        var value = Identifier(file, entry, attribute, diagnostics);
        if (value is null || value.Any(c => c is not (>= 'a' and <= 'z'))) return value;
        diagnostics.Add(Error(file, AttributeOrEntry(entry, attribute), $"'{value}' is all lower-case, which C# reserves for keywords as a type name; capitalize it"));
        return null;
    }

    private static string? QualifiedIdentifier(string file, XElement entry, string attribute, List<SchemaDiagnostic> diagnostics)
    {
        var value = Required(file, entry, attribute, diagnostics);
        if (value is null) return null;
        if (value.Split('.').Any(part => !SyntaxFacts.IsValidIdentifier(part) || SyntaxFacts.GetKeywordKind(part) != SyntaxKind.None))
        {
            diagnostics.Add(Error(file, AttributeOrEntry(entry, attribute), $"'{value}' is not a valid C# type name"));
            return null;
        }
        return value;
    }

    private static SchemaDiagnostic Error(string file, XObject at, string message) =>
        new(DiagnosticIds.InvalidBinding, message, SpanOf(file, at));

    /// <summary>A bad value is reported at its attribute, a missing one at its entry.</summary>
    private static XObject AttributeOrEntry(XElement entry, string attribute) => (XObject?)entry.Attribute(attribute) ?? entry;

    private static SourceSpan SpanOf(string file, XObject entry)
    {
        var info = (IXmlLineInfo)entry;
        return info.HasLineInfo() ? new SourceSpan(file, info.LineNumber, info.LinePosition) : new SourceSpan(file, 0, 0);
    }
}

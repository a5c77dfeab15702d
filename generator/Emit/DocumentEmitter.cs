using LibvirtXml.Generator.Binding;
using static LibvirtXml.Generator.Emit.CSharpNames;

namespace LibvirtXml.Generator.Emit;

/// <summary>The public document API of a root class: Go's Unmarshal/Marshal, plus Parse and the stream and reader overloads.</summary>
internal static class DocumentEmitter
{
    public static void EmitDocumentApi(CodeWriter w, ClassModel document)
    {
        var type = document.Name;
        var root = Literal(document.XmlName);
        const string doc = "global::LibvirtXml.LibvirtXmlDocument";

        // Parse calls the runtime as Unmarshal does, rather than through Unmarshal: one method less for the JIT on a first Parse.
        foreach (var (parameter, description) in Sources)
        {
            w.Line($"/// <summary>Reads a <c>&lt;{document.XmlName}&gt;</c> document from {description}.</summary>");
            w.Line("/// <exception cref=\"global::LibvirtXml.LibvirtXmlException\">The input is not a valid document: malformed XML, a DTD, a wrong root element or a value the grammar does not allow.</exception>");
            w.Line($"public static {type} Parse({parameter} xml)");
            w.Line("{");
            w.Line($"    var document = new {type}();");
            w.Line($"    {doc}.Read(xml, {root}, document);");
            w.Line("    return document;");
            w.Line("}");
            w.Line();
        }

        foreach (var (parameter, description) in Sources)
        {
            w.Line($"/// <summary>Reads a <c>&lt;{document.XmlName}&gt;</c> document from {description}, within the given limits.</summary>");
            w.Line("/// <exception cref=\"global::LibvirtXml.LibvirtXmlException\">The input is not a valid document, or exceeds the limits.</exception>");
            w.Line($"public static {type} Parse({parameter} xml, global::LibvirtXml.LibvirtXmlReaderOptions options)");
            w.Line("{");
            w.Line($"    var document = new {type}();");
            w.Line($"    {doc}.Read(xml, {root}, document, options);");
            w.Line("    return document;");
            w.Line("}");
            w.Line();
        }

        foreach (var (parameter, description) in Sources)
        {
            w.Line($"/// <summary>Replaces this object's content with the <c>&lt;{document.XmlName}&gt;</c> document read from {description}.</summary>");
            w.Line("/// <exception cref=\"global::LibvirtXml.LibvirtXmlException\">The input is not a valid document: malformed XML, a DTD, a wrong root element or a value the grammar does not allow.</exception>");
            w.Line($"public void Unmarshal({parameter} xml) => {doc}.Read(xml, {root}, this);");
            w.Line();
            w.Line($"/// <summary>Replaces this object's content with the <c>&lt;{document.XmlName}&gt;</c> document read from {description}, within the given limits.</summary>");
            w.Line("/// <exception cref=\"global::LibvirtXml.LibvirtXmlException\">The input is not a valid document, or exceeds the limits.</exception>");
            w.Line($"public void Unmarshal({parameter} xml, global::LibvirtXml.LibvirtXmlReaderOptions options) => {doc}.Read(xml, {root}, this, options);");
            w.Line();
        }

        w.Line("/// <summary>Writes this object as a document in libvirt's own format (two-space indent, single quotes, no XML declaration).</summary>");
        w.Line("/// <exception cref=\"global::LibvirtXml.LibvirtXmlException\">More than one branch of a choice is set.</exception>");
        w.Line($"public string Marshal() => {doc}.Write(this);");
        w.Line();
        w.Line("/// <summary>Writes this object as a document in libvirt's own format, UTF-8 without a byte order mark.</summary>");
        w.Line("/// <exception cref=\"global::LibvirtXml.LibvirtXmlException\">More than one branch of a choice is set.</exception>");
        w.Line($"public void Marshal(global::System.IO.Stream output) => {doc}.Write(output, this);");
        w.Line();
        w.Line("/// <summary>Writes this object as a document in libvirt's own format.</summary>");
        w.Line("/// <exception cref=\"global::LibvirtXml.LibvirtXmlException\">More than one branch of a choice is set.</exception>");
        w.Line($"public void Marshal(global::System.IO.TextWriter output) => {doc}.Write(output, this);");
        w.Line();
        w.Line("/// <summary>Writes this object through a caller's XmlWriter, whose own settings (quoting, indentation) apply.</summary>");
        w.Line("/// <exception cref=\"global::LibvirtXml.LibvirtXmlException\">More than one branch of a choice is set.</exception>");
        w.Line($"public void Marshal(global::System.Xml.XmlWriter output) => {doc}.Write(output, this);");
        w.Line();
    }

    private static readonly (string Parameter, string Description)[] Sources =
    {
        ("string", "a string"),
        ("global::System.IO.Stream", "a stream"),
        ("global::System.IO.TextReader", "a text reader"),
        ("global::System.Xml.XmlReader", "an XmlReader positioned before or on the root element"),
    };
}

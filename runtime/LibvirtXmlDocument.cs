using System;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using System.Xml;

namespace LibvirtXml;

/// <summary>
/// Entry points that read a whole document into an object and write an object as a whole document.
/// The generated <c>Unmarshal</c>, <c>Marshal</c> and <c>Parse</c> members call these.
/// </summary>
public static class LibvirtXmlDocument
{
    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Reads the document in <paramref name="xml"/> into <paramref name="target"/>.</summary>
    /// <param name="xml">The XML text.</param>
    /// <param name="rootElementName">The required local name of the root element (no namespace), such as <c>domainbackup</c>.</param>
    /// <param name="target">The object that reads the root element; its previous content is replaced.</param>
    /// <param name="options">Limits to apply; <see langword="null"/> means <see cref="LibvirtXmlReaderOptions.Default"/>.</param>
    /// <exception cref="LibvirtXmlException">The text is malformed, contains a DTD, exceeds a limit, has another root
    /// element, has content after the root element, or contains a value the binding cannot represent.</exception>
    public static void Read(string xml, string rootElementName, ILibvirtXmlSerializable target, LibvirtXmlReaderOptions? options = null)
    {
        if (xml is null)
        {
            throw new ArgumentNullException(nameof(xml));
        }

        ReadText(xml, rootElementName, target, options);
    }

    /// <summary>Reads the document from <paramref name="input"/> into <paramref name="target"/>. The input is not closed.</summary>
    /// <param name="input">The XML text.</param>
    /// <param name="rootElementName">The required local name of the root element (no namespace), such as <c>domainbackup</c>.</param>
    /// <param name="target">The object that reads the root element; its previous content is replaced.</param>
    /// <param name="options">Limits to apply; <see langword="null"/> means <see cref="LibvirtXmlReaderOptions.Default"/>.</param>
    /// <exception cref="LibvirtXmlException">The input is not a valid document for <paramref name="target"/>
    /// (see <see cref="Read(string, string, ILibvirtXmlSerializable, LibvirtXmlReaderOptions?)"/>).</exception>
    public static void Read(TextReader input, string rootElementName, ILibvirtXmlSerializable target, LibvirtXmlReaderOptions? options = null)
    {
        if (input is null)
        {
            throw new ArgumentNullException(nameof(input));
        }

        ReadText(ReadText(input, (options ?? LibvirtXmlReaderOptions.Shared).MaxCharactersInDocument), rootElementName, target, options);
    }

    /// <summary>
    /// Reads the document from <paramref name="input"/> into <paramref name="target"/>. The encoding is detected
    /// from a byte order mark or the XML declaration (UTF-8 by default). The stream is not closed.
    /// </summary>
    /// <param name="input">The XML bytes.</param>
    /// <param name="rootElementName">The required local name of the root element (no namespace), such as <c>domainbackup</c>.</param>
    /// <param name="target">The object that reads the root element; its previous content is replaced.</param>
    /// <param name="options">Limits to apply; <see langword="null"/> means <see cref="LibvirtXmlReaderOptions.Default"/>.</param>
    /// <exception cref="LibvirtXmlException">The input is not a valid document for <paramref name="target"/>
    /// (see <see cref="Read(string, string, ILibvirtXmlSerializable, LibvirtXmlReaderOptions?)"/>).</exception>
    public static void Read(Stream input, string rootElementName, ILibvirtXmlSerializable target, LibvirtXmlReaderOptions? options = null)
    {
        if (input is null)
        {
            throw new ArgumentNullException(nameof(input));
        }

        using var reader = CreateReader(input, options);
        ReadDocument(new LibvirtXmlReader(reader, options), rootElementName, target);
    }

    /// <summary>
    /// Reads an element from a caller's <see cref="XmlReader"/>, whose settings are used as they are (a DTD node
    /// is still refused). When the reader is at the start of a document, or on its root element, the whole
    /// document is read and nothing but whitespace, comments and processing instructions may follow the root.
    /// When it is on a nested element, only that element is read and the reader is left on the node after it.
    /// </summary>
    /// <param name="input">The reader, at the start of a document or on the element to read.</param>
    /// <param name="rootElementName">The required local name of the element (no namespace), such as <c>domainbackup</c>.</param>
    /// <param name="target">The object that reads the element; its previous content is replaced.</param>
    /// <param name="options">Limits to apply; <see langword="null"/> means <see cref="LibvirtXmlReaderOptions.Default"/>.
    /// Only <see cref="LibvirtXmlReaderOptions.MaxDepth"/> applies; the reader's own settings bound the size.</param>
    /// <exception cref="LibvirtXmlException">The input is not a valid document for <paramref name="target"/>
    /// (see <see cref="Read(string, string, ILibvirtXmlSerializable, LibvirtXmlReaderOptions?)"/>).</exception>
    public static void Read(XmlReader input, string rootElementName, ILibvirtXmlSerializable target, LibvirtXmlReaderOptions? options = null)
    {
        if (input is null)
        {
            throw new ArgumentNullException(nameof(input));
        }

        ReadDocument(new LibvirtXmlReader(input, options), rootElementName, target);
    }

    /// <summary>
    /// Creates the reader <see cref="Read(string, string, ILibvirtXmlSerializable, LibvirtXmlReaderOptions?)"/> reads with:
    /// the library's own XML parser over the text, which accepts and reports what <see cref="XmlReader"/> does with
    /// <see cref="LibvirtXmlSettings.CreateReaderSettings"/> (DTDs refused, comments and processing instructions skipped,
    /// whitespace reported), and starts faster. For code that reads libvirt XML itself.
    /// </summary>
    /// <param name="xml">The XML text.</param>
    /// <param name="options">Limits to apply; <see langword="null"/> means <see cref="LibvirtXmlReaderOptions.Default"/>.
    /// Only <see cref="LibvirtXmlReaderOptions.MaxCharactersInDocument"/> applies.</param>
    /// <returns>A reader before the first node; dispose it when done.</returns>
    public static XmlReader CreateReader(string xml, LibvirtXmlReaderOptions? options = null)
    {
        if (xml is null)
        {
            throw new ArgumentNullException(nameof(xml));
        }

        return new XmlStringReader(xml, (options ?? LibvirtXmlReaderOptions.Shared).MaxCharactersInDocument);
    }

    /// <summary>Writes <paramref name="source"/> as a document in libvirt's canonical format.</summary>
    /// <param name="source">The object that writes the root element.</param>
    /// <returns>The XML text, ending with a newline.</returns>
    /// <exception cref="LibvirtXmlException">The object graph cannot be written (for example two exclusive branches are set).</exception>
    public static string Write(ILibvirtXmlSerializable source)
    {
        using var text = new StringBufferWriter();
        Write(text, source);
        return text.ToString();
    }

    /// <summary>Writes <paramref name="source"/> to <paramref name="output"/> in libvirt's canonical format. The output is flushed, not closed.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="source">The object that writes the root element.</param>
    /// <exception cref="LibvirtXmlException">The object graph cannot be written.</exception>
    public static void Write(TextWriter output, ILibvirtXmlSerializable source)
    {
        if (output is null)
        {
            throw new ArgumentNullException(nameof(output));
        }

        WriteDocument(new LibvirtXmlWriter(output), source);
    }

    /// <summary>Writes <paramref name="source"/> to <paramref name="output"/> as UTF-8 without a byte order mark,
    /// in libvirt's canonical format. The stream is flushed, not closed.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="source">The object that writes the root element.</param>
    /// <exception cref="LibvirtXmlException">The object graph cannot be written.</exception>
    public static void Write(Stream output, ILibvirtXmlSerializable source)
    {
        if (output is null)
        {
            throw new ArgumentNullException(nameof(output));
        }

        using var text = new StreamWriter(output, Utf8WithoutBom, bufferSize: 4096, leaveOpen: true);
        Write(text, source);
    }

    /// <summary>
    /// Writes <paramref name="source"/> through a caller's <see cref="XmlWriter"/>, whose settings decide the
    /// formatting (declaration, indentation, quoting). The writer is flushed, not closed.
    /// </summary>
    /// <param name="output">Where to write.</param>
    /// <param name="source">The object that writes its element.</param>
    /// <exception cref="LibvirtXmlException">The object graph cannot be written.</exception>
    public static void Write(XmlWriter output, ILibvirtXmlSerializable source)
    {
        if (output is null)
        {
            throw new ArgumentNullException(nameof(output));
        }

        WriteDocument(new LibvirtXmlWriter(output), source);
    }

    /// <summary>
    /// The whole text of <paramref name="input"/>, or, when it is longer than the limit, a little more than the limit
    /// (the parser then reports the limit where it reaches it, as XmlReader does).
    /// </summary>
    private static string ReadText(TextReader input, long maxCharacters)
    {
        if (maxCharacters <= 0)
        {
            return input.ReadToEnd();
        }

        var buffer = new char[4096];
        var text = new StringBuilder();
        int read;
        while (text.Length <= maxCharacters && (read = input.Read(buffer, 0, buffer.Length)) > 0)
        {
            text.Append(buffer, 0, read);
        }

        return text.ToString();
    }

    /// <summary>Reads text with the library's own parser, directly: no System.Xml type is involved unless the text is bad.</summary>
    private static void ReadText(string xml, string rootElementName, ILibvirtXmlSerializable target, LibvirtXmlReaderOptions? options)
    {
        var parser = new XmlTextParser(xml, (options ?? LibvirtXmlReaderOptions.Shared).MaxCharactersInDocument);
        try
        {
            ReadDocument(new LibvirtXmlReader(parser, options), rootElementName, target);
        }
        finally
        {
            parser.Close();
        }
    }

    private static XmlReader CreateReader(Stream input, LibvirtXmlReaderOptions? options)
    {
        try
        {
            return XmlReader.Create(input, (options ?? LibvirtXmlReaderOptions.Default).ReaderSettings);
        }
        catch (XmlException e)
        {
            throw FromXmlException(e, null);
        }
    }

    private static void WriteDocument(LibvirtXmlWriter writer, ILibvirtXmlSerializable source)
    {
        if (source is null)
        {
            throw new ArgumentNullException(nameof(source));
        }

        source.WriteXml(writer);
        writer.Flush();
    }

    private static void ReadDocument(LibvirtXmlReader reader, string rootElementName, ILibvirtXmlSerializable target)
    {
        if (rootElementName is null)
        {
            throw new ArgumentNullException(nameof(rootElementName));
        }

        if (target is null)
        {
            throw new ArgumentNullException(nameof(target));
        }

        try
        {
            var wholeDocument = MoveToRootElement(reader, rootElementName);
            if (reader.LocalName != rootElementName || reader.NamespaceURI.Length != 0)
            {
                throw reader.Error("expected <" + rootElementName + ">, found <" + reader.NodeName + ">"
                    + (reader.NamespaceURI.Length != 0 ? " in namespace '" + reader.NamespaceURI + "'" : string.Empty));
            }

            target.ReadXml(reader);
            if (reader.Depth == 0 && wholeDocument)
            {
                RequireNothingAfterRootElement(reader);
            }
        }
        catch (Exception e) when (IsBadInput(e))
        {
            throw FromBadInput(e, reader);
        }

        if (reader.Depth != 0)
        {
            // A bug in the ReadXml implementation, not bad input: report it as such.
            throw new InvalidOperationException("ReadXml of " + target.GetType().FullName + " did not leave the element it entered.");
        }
    }

    // Kept out of ReadDocument's body: these look at System.Xml's exception types, which only bad input needs loaded.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool IsBadInput(Exception e) =>
        e is XmlParseException or XmlException
        // XmlReader reports some bad input (for example undecodable bytes or an invalid state the input
        // caused) with these types; callers are promised a LibvirtXmlException for any bad input.
        || (e is InvalidOperationException or ArgumentException or FormatException or OverflowException && e is not ObjectDisposedException);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static LibvirtXmlException FromBadInput(Exception e, LibvirtXmlReader reader) => e switch
    {
        XmlParseException parse => FromXmlException(parse.ToXmlException(), reader),
        XmlException xml => FromXmlException(xml, reader),
        _ => reader.Error(e.Message, e),
    };

    /// <summary>Moves to the element to read; returns whether it is the document element.</summary>
    private static bool MoveToRootElement(LibvirtXmlReader reader, string rootElementName)
    {
        if (reader.AtStart)
        {
            reader.NotePosition(1, 1);
            reader.Read();
        }

        reader.MoveToElement();
        while (reader.NodeType != XmlNodeKind.Element)
        {
            NoteWhereTheNextNodeStarts(reader);
            switch (reader.NodeType)
            {
                case XmlNodeKind.DocumentType:
                    throw reader.Error("DTDs are not allowed");
                case XmlNodeKind.Text:
                case XmlNodeKind.CDATA:
                case XmlNodeKind.EntityReference:
                case XmlNodeKind.EndElement:
                    throw reader.Error("expected <" + rootElementName + ">, found " + reader.NodeType);
            }

            if (!reader.Read())
            {
                throw reader.Error("the document has no root element");
            }
        }

        return reader.NodeDepth == 0;
    }

    /// <summary>
    /// XmlReader reports a prohibited DTD without a position. The prolog only yields the XML declaration and
    /// whitespace (comments and processing instructions are ignored), so the end of the last whitespace node
    /// is where the DOCTYPE starts.
    /// </summary>
    private static void NoteWhereTheNextNodeStarts(LibvirtXmlReader reader)
    {
        var (line, column) = reader.Position;
        if (line == 0)
        {
            return;
        }

        if (reader.NodeType is not (XmlNodeKind.Whitespace or XmlNodeKind.SignificantWhitespace))
        {
            reader.NotePosition(line, 0); // the node's extent in the source text is unknown
            return;
        }

        foreach (var c in reader.Value)
        {
            if (c == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }

        reader.NotePosition(line, column);
    }

    private static void RequireNothingAfterRootElement(LibvirtXmlReader reader)
    {
        while (!reader.AtEnd)
        {
            switch (reader.NodeType)
            {
                case XmlNodeKind.None:
                case XmlNodeKind.Whitespace:
                case XmlNodeKind.SignificantWhitespace:
                case XmlNodeKind.Comment:
                case XmlNodeKind.ProcessingInstruction:
                    if (!reader.Read())
                    {
                        return;
                    }

                    break;
                default:
                    throw reader.Error("unexpected " + reader.NodeType + " after the root element");
            }
        }
    }

    private static LibvirtXmlException FromXmlException(XmlException e, LibvirtXmlReader? reader)
    {
        // XmlException appends " Line n, position m." to its message; the location goes in our prefix instead.
        var reason = e.Message;
        var suffix = " Line " + e.LineNumber.ToString(CultureInfo.InvariantCulture)
            + ", position " + e.LinePosition.ToString(CultureInfo.InvariantCulture) + ".";
        if (e.LineNumber > 0 && reason.EndsWith(suffix, StringComparison.Ordinal))
        {
            reason = reason.Substring(0, reason.Length - suffix.Length);
        }

        var line = e.LineNumber;
        var column = e.LinePosition;
        if (line == 0 && reader is not null)
        {
            line = reader.LastKnownLine;
            column = reader.LastKnownColumn;
        }

        return new LibvirtXmlException(reason, line, column, reader?.ElementPath, e);
    }
}

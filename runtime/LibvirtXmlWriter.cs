using System;
using System.Collections;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace LibvirtXml;

/// <summary>
/// The only way generated code writes XML. Over a <see cref="TextWriter"/> it prints libvirt's canonical format;
/// over an <see cref="XmlWriter"/> it forwards every call and that writer's settings decide the format.
/// </summary>
/// <remarks>
/// The canonical format is the one libvirt prints: no XML declaration; each element on its own line, indented
/// two spaces per level; attributes single-quoted and separated by one space; <c>&lt;a x='1'/&gt;</c> for an
/// element without content, <c>&lt;a&gt;text&lt;/a&gt;</c> for text content, and an end tag on its own line for
/// an element with children; a newline after the root's end tag. Values are escaped as libvirt's
/// <c>virBufferEscapeString</c> does (<c>&lt; &gt; &amp; ' "</c> become entity references, control characters
/// XML cannot carry are dropped); in attribute values tab, line feed and carriage return also become character
/// references so that they survive a re-read.
/// </remarks>
public sealed partial class LibvirtXmlWriter
{
    private const int SpacesPerLevel = 2;

    private readonly TextWriter? _text;
    private readonly XmlWriter? _xml;
    private readonly char[] _numberBuffer = new char[20]; // ulong.MaxValue and long.MinValue's magnitude have 20 digits or fewer
    private string[] _open = new string[16];
    private UnknownContent?[] _unknown = new UnknownContent?[16];
    private int _depth;
    private char[] _indentation = CreateIndentation(16);

    // State of the innermost open element (only tracked for the canonical text format).
    private ContentState _state = ContentState.Children;

    /// <summary>Creates a writer that prints libvirt's canonical format to <paramref name="output"/>.</summary>
    /// <param name="output">Where to write; the caller owns it.</param>
    public LibvirtXmlWriter(TextWriter output)
    {
        _text = output ?? throw new ArgumentNullException(nameof(output));
    }

    /// <summary>Creates a writer that forwards to <paramref name="output"/>, adding no formatting of its own.</summary>
    /// <param name="output">Where to write; the caller owns it and its settings apply.</param>
    public LibvirtXmlWriter(XmlWriter output)
    {
        _xml = output ?? throw new ArgumentNullException(nameof(output));
    }

    private enum ContentState
    {
        /// <summary>The start tag is still open: attributes may follow.</summary>
        StartTagOpen,

        /// <summary>The start tag was closed by text content.</summary>
        Text,

        /// <summary>The start tag was closed by a child element (or no element is open).</summary>
        Children,
    }

    /// <summary>The number of open elements.</summary>
    public int Depth => _depth;

    /// <summary>The names of the open elements joined with '/', with a leading '/'; empty when none is open.</summary>
    public string ElementPath
    {
        get
        {
            var path = new StringBuilder();
            for (var i = 0; i < _depth; i++)
            {
                path.Append('/').Append(_open[i]);
            }

            return path.ToString();
        }
    }

    /// <summary>Creates an exception about the object being written, located at <see cref="ElementPath"/>. The caller throws it.</summary>
    /// <param name="message">What cannot be written.</param>
    /// <returns>The exception to throw.</returns>
    public LibvirtXmlException Error(string message) => new(message, 0, 0, ElementPath);

    /// <summary>Opens an element (no namespace). Attributes may be written until content is.</summary>
    /// <param name="localName">The element name.</param>
    public void WriteStartElement(string localName)
    {
        if (localName is null)
        {
            throw new ArgumentNullException(nameof(localName));
        }

        BeforeChildElement();
        if (_xml is not null)
        {
            _xml.WriteStartElement(string.Empty, localName, string.Empty);
        }
        else
        {
            BeginChildLine();
            _text!.Write('<');
            _text.Write(localName);
            _state = ContentState.StartTagOpen;
        }

        Push(localName);
    }

    /// <summary>Writes an attribute of the open start tag; nothing when <paramref name="value"/> is <see langword="null"/>.</summary>
    /// <param name="localName">The attribute name.</param>
    /// <param name="value">The value, written as is (escaped).</param>
    public void WriteAttribute(string localName, string? value)
    {
        if (value is not null)
        {
            WriteAttributeCore(localName, value);
        }

        AfterKnownAttribute(localName);
    }

    private void WriteAttributeCore(string qualifiedName, string value)
    {
        if (qualifiedName.StartsWith("xmlns", StringComparison.Ordinal))
        {
            NoteDeclaration(qualifiedName, value);
        }

        if (_xml is not null)
        {
            _xml.WriteAttributeString(qualifiedName, XmlEscaping.RemoveForbiddenControlCharacters(value));
            return;
        }

        BeginAttribute(qualifiedName);
        XmlEscaping.WriteAttributeValue(_text!, value);
        _text!.Write('\'');
    }

    /// <summary>Writes an attribute as an invariant decimal number; nothing when <paramref name="value"/> is <see langword="null"/>.</summary>
    /// <param name="localName">The attribute name.</param>
    /// <param name="value">The value.</param>
    public void WriteAttribute(string localName, uint? value)
    {
        if (value.HasValue)
        {
            WriteNumberAttribute(localName, false, value.GetValueOrDefault());
        }

        AfterKnownAttribute(localName);
    }

    /// <summary>Writes an attribute as an invariant decimal number; nothing when <paramref name="value"/> is <see langword="null"/>.</summary>
    /// <param name="localName">The attribute name.</param>
    /// <param name="value">The value.</param>
    public void WriteAttribute(string localName, ulong? value)
    {
        if (value.HasValue)
        {
            WriteNumberAttribute(localName, false, value.GetValueOrDefault());
        }

        AfterKnownAttribute(localName);
    }

    /// <summary>Writes an attribute as an invariant decimal number; nothing when <paramref name="value"/> is <see langword="null"/>.</summary>
    /// <param name="localName">The attribute name.</param>
    /// <param name="value">The value.</param>
    public void WriteAttribute(string localName, int? value)
    {
        if (value.HasValue)
        {
            WriteAttribute(localName, (long?)value.GetValueOrDefault());
        }
    }

    /// <summary>Writes an attribute as an invariant decimal number; nothing when <paramref name="value"/> is <see langword="null"/>.</summary>
    /// <param name="localName">The attribute name.</param>
    /// <param name="value">The value.</param>
    public void WriteAttribute(string localName, long? value)
    {
        if (value.HasValue)
        {
            var number = value.GetValueOrDefault();
            var negative = number < 0;

            // Negating in ulong handles long.MinValue, whose magnitude does not fit a long.
            WriteNumberAttribute(localName, negative, negative ? 0UL - unchecked((ulong)number) : (ulong)number);
        }

        AfterKnownAttribute(localName);
    }

    /// <summary>
    /// Writes text content of the open element, after its attributes. An element with text content cannot have
    /// child elements. An empty string writes nothing, so the element stays empty (<c>&lt;a/&gt;</c>).
    /// </summary>
    /// <param name="value">The text; nothing is written when it is <see langword="null"/>.</param>
    public void WriteText(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        if (_depth == 0)
        {
            throw new InvalidOperationException("Text can only be written inside an element.");
        }

        BeforeText();

        if (_xml is not null)
        {
            _xml.WriteString(XmlEscaping.RemoveForbiddenControlCharacters(value!));
            return;
        }

        switch (_state)
        {
            case ContentState.StartTagOpen:
                _text!.Write('>');
                _state = ContentState.Text;
                break;
            case ContentState.Children:
                throw new InvalidOperationException("The canonical format cannot mix text and child elements (in " + ElementPath + ").");
        }

        XmlEscaping.WriteText(_text!, value!);
    }

    /// <summary>
    /// Writes a whole element with text content: nothing when <paramref name="value"/> is <see langword="null"/>,
    /// <c>&lt;a/&gt;</c> when it is empty, <c>&lt;a&gt;value&lt;/a&gt;</c> otherwise.
    /// </summary>
    /// <param name="localName">The element name.</param>
    /// <param name="value">The text.</param>
    public void WriteElementText(string localName, string? value)
    {
        if (value is null)
        {
            return;
        }

        WriteStartElement(localName);
        WriteText(value);
        WriteEndElement();
    }

    /// <summary>
    /// Writes each element of a list (<see cref="ILibvirtXmlSerializable.WriteXml"/>), in order. For generated code: the
    /// loop is here, precompiled, so the method that calls this has none for the JIT to compile (with TieredPGO's probes)
    /// on a first write.
    /// </summary>
    /// <param name="items">The elements, each implementing <see cref="ILibvirtXmlSerializable"/>; <see langword="null"/> for none.</param>
    /// <exception cref="LibvirtXmlException">An item is <see langword="null"/> or not an element.</exception>
    public void WriteElements(IList? items)
    {
        if (items is null)
        {
            return;
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not ILibvirtXmlSerializable item)
            {
                throw new LibvirtXmlException("a list of elements holds null (or an object that is not an element)");
            }

            item.WriteXml(this);
        }
    }

    /// <summary>Closes the innermost open element.</summary>
    public void WriteEndElement()
    {
        if (_depth == 0)
        {
            throw new InvalidOperationException("There is no open element to end.");
        }

        BeforeEndElement();
        var name = _open[--_depth];
        if (_declarationCount > 0)
        {
            ForgetDeclarationsBelow(_depth);
        }

        _open[_depth] = null!;
        _unknown[_depth] = null;
        if (_xml is not null)
        {
            _xml.WriteEndElement();
            AfterKnownElement(name);
            return;
        }

        switch (_state)
        {
            case ContentState.StartTagOpen:
                _text!.Write("/>\n");
                break;
            case ContentState.Text:
                WriteEndTag(name);
                break;
            default:
                WriteIndentation(_depth);
                WriteEndTag(name);
                break;
        }

        _state = ContentState.Children; // the parent now has a child element
        AfterKnownElement(name);
    }

    /// <summary>
    /// Writes an element the grammar does not describe (or that a binding keeps as XML), with its attributes and content:
    /// as the canonical format indents it, or, for mixed text and elements, exactly as its nodes are.
    /// </summary>
    /// <param name="element">The element; its namespace declarations are written as attributes.</param>
    public void WriteXml(XElement element)
    {
        if (element is null)
        {
            throw new ArgumentNullException(nameof(element));
        }

        if (_xml is not null)
        {
            BeforeChildElement();
            element.WriteTo(_xml);
            AfterKnownElement(element.Name.LocalName);
            return;
        }

        // Objects built in code may nest deeper than any document we read: fail cleanly instead of overflowing.
        RuntimeHelpers.EnsureSufficientExecutionStack();
        WriteStartElement(QualifiedName(element, element.Name));
        foreach (var attribute in element.Attributes())
        {
            var name = AttributeName(element, attribute);
            if (attribute.Annotation<InheritedNamespace>() is null || !IsDeclared(name, attribute.Value))
            {
                WriteAttribute(name, attribute.Value);
            }
        }

        if (!element.HasElements)
        {
            WriteText(element.Value);
        }
        else if (element.Nodes().OfType<XText>().All(text => string.IsNullOrWhiteSpace(text.Value)))
        {
            foreach (var child in element.Elements())
            {
                WriteXml(child);
            }
        }
        else
        {
            // Mixed content: any whitespace we added would change the text, so the nodes go out as they are.
            _text!.Write('>');
            foreach (var node in element.Nodes())
            {
                WriteInline(element, node);
            }

            _state = ContentState.Text;
        }

        WriteEndElement();
    }

    /// <summary>Flushes the underlying writer.</summary>
    public void Flush()
    {
        if (_xml is not null)
        {
            _xml.Flush();
        }
        else
        {
            _text!.Flush();
        }
    }

    private static string QualifiedName(XElement scope, XName name)
    {
        if (name.NamespaceName.Length == 0)
        {
            return name.LocalName;
        }

        var prefix = scope.GetPrefixOfNamespace(name.Namespace);
        return string.IsNullOrEmpty(prefix) ? name.LocalName : prefix + ":" + name.LocalName;
    }

    private static string AttributeName(XElement owner, XAttribute attribute)
    {
        if (attribute.IsNamespaceDeclaration)
        {
            return attribute.Name.NamespaceName.Length == 0 ? "xmlns" : "xmlns:" + attribute.Name.LocalName;
        }

        return QualifiedName(owner, attribute.Name);
    }

    private void WriteInline(XElement scope, XNode node)
    {
        switch (node)
        {
            case XText text:
                XmlEscaping.WriteText(_text!, text.Value);
                break;
            case XElement element:
                RuntimeHelpers.EnsureSufficientExecutionStack();
                var name = QualifiedName(element, element.Name);
                _text!.Write('<');
                _text.Write(name);
                foreach (var attribute in element.Attributes())
                {
                    _text.Write(' ');
                    _text.Write(AttributeName(element, attribute));
                    _text.Write("='");
                    XmlEscaping.WriteAttributeValue(_text, attribute.Value);
                    _text.Write('\'');
                }

                if (element.IsEmpty)
                {
                    _text.Write("/>");
                    break;
                }

                _text.Write('>');
                foreach (var child in element.Nodes())
                {
                    WriteInline(element, child);
                }

                _text.Write("</");
                _text.Write(name);
                _text.Write('>');
                break;
        }
    }

    private static char[] CreateIndentation(int levels)
    {
        var spaces = new char[levels * SpacesPerLevel];
        for (var i = 0; i < spaces.Length; i++)
        {
            spaces[i] = ' ';
        }

        return spaces;
    }

    private void Push(string localName)
    {
        if (_depth == _open.Length)
        {
            Array.Resize(ref _open, _open.Length * 2);
            Array.Resize(ref _unknown, _open.Length);
        }

        _open[_depth++] = localName;
    }

    /// <summary>Closes the parent's start tag if needed and indents a new line for a child element.</summary>
    private void BeginChildLine()
    {
        if (_depth > 0)
        {
            switch (_state)
            {
                case ContentState.StartTagOpen:
                    _text!.Write(">\n");
                    break;
                case ContentState.Text:
                    throw new InvalidOperationException("The canonical format cannot mix text and child elements (in " + ElementPath + ").");
            }
        }

        WriteIndentation(_depth);
    }

    private void BeginAttribute(string localName)
    {
        if (_depth == 0 || _state != ContentState.StartTagOpen)
        {
            throw new InvalidOperationException("Attributes can only be written right after WriteStartElement.");
        }

        _text!.Write(' ');
        _text.Write(localName);
        _text.Write("='");
    }

    private void WriteEndTag(string name)
    {
        _text!.Write("</");
        _text.Write(name);
        _text.Write(">\n");
    }

    private void WriteIndentation(int level)
    {
        var count = level * SpacesPerLevel;
        if (count == 0)
        {
            return;
        }

        if (count > _indentation.Length)
        {
            _indentation = CreateIndentation(Math.Max(level, _indentation.Length));
        }

        _text!.Write(_indentation, 0, count);
    }

    private void WriteNumberAttribute(string localName, bool negative, ulong magnitude)
    {
        // Formats into a reused buffer: no string per number.
        var start = _numberBuffer.Length;
        do
        {
            _numberBuffer[--start] = (char)('0' + (int)(magnitude % 10));
            magnitude /= 10;
        }
        while (magnitude != 0);

        if (_xml is not null)
        {
            _xml.WriteStartAttribute(localName);
            if (negative)
            {
                _xml.WriteString("-");
            }

            _xml.WriteChars(_numberBuffer, start, _numberBuffer.Length - start);
            _xml.WriteEndAttribute();
            return;
        }

        BeginAttribute(localName);
        if (negative)
        {
            _text!.Write('-');
        }

        _text!.Write(_numberBuffer, start, _numberBuffer.Length - start);
        _text.Write('\'');
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace LibvirtXml;

/// <summary>
/// Wraps an <see cref="XmlReader"/> for the generated <c>ReadXml</c> methods: keeps the path of open elements
/// for error messages, enforces the nesting limit, skips what the grammar does not describe, and parses
/// values by XSD's rules.
/// </summary>
/// <remarks>
/// <para>Protocol for reading one element (the reader starts on its start tag):</para>
/// <list type="number">
/// <item><description>Call <see cref="Enter"/>. It pushes the element's name on the path, so errors about its
/// attributes name it, and checks the depth limit.</description></item>
/// <item><description>Read attributes with a <see cref="NextAttribute"/> loop (or <see cref="MoveToFirstAttribute"/> /
/// <see cref="MoveToNextAttribute"/> and then <see cref="MoveToElement"/>), <see cref="MatchName"/> (or
/// <see cref="LocalName"/>) and <see cref="Value"/>; attributes whose <see cref="NamespaceURI"/> is not empty (they include
/// the <c>xmlns</c> declarations) are never the grammar's, and <see cref="MatchName"/> does not match them.</description></item>
/// <item><description>Then exactly one of:
/// <see cref="BeginChildren"/> followed, when it returns <see langword="true"/>, by a <see cref="NextChild"/> loop
/// until it returns <see langword="false"/>; every child must be consumed by its own <c>ReadXml</c>,
/// <see cref="ReadText"/> or <see cref="SkipElement"/>;
/// or <see cref="ReadTextContent"/> for text content; or <see cref="SkipContent"/> when nothing inside matters.
/// Each of these leaves the reader after the element's end tag and pops the path.</description></item>
/// </list>
/// <code>
/// r.Enter();
/// while (r.NextAttribute())
/// {
///     switch (r.MatchName("name type")) { case 0: name = r.Value; continue; case 1: type = r.Value; continue; }
///     r.ReadUnknownAttribute(ref unknown);
/// }
/// if (r.BeginChildren())
/// {
///     while (r.NextChild())
///     {
///         switch (r.MatchName("driver")) { case 0: driver = ReadDriver(r); continue; }
///         r.SkipElement();
///     }
/// }
/// // Here the reader is past the end tag and the path no longer contains this element.
/// </code>
/// <para>
/// Errors found after the end tag was consumed report the parent's path; check required content before
/// the final <see cref="NextChild"/> call returns, or accept the parent's path.
/// </para>
/// </remarks>
public sealed partial class LibvirtXmlReader
{
    /// <summary>The caller's reader; when the library reads text itself, made from <see cref="_text"/> only if asked for.</summary>
    private XmlReader? _reader;
    private readonly IXmlLineInfo? _lineInfo;

    /// <summary>
    /// The library's own parser, when the library reads text itself: called directly (no virtual call; the JIT inlines
    /// it) and without a System.Xml type, so that reading a string does not load System.Private.Xml. Positions come
    /// from offsets, cheaply.
    /// </summary>
    private readonly XmlTextParser? _text;
    private readonly int _maxDepth;
    /// <summary>The entered elements' names when reading from a caller's <see cref="XmlReader"/> (the library's parser holds them itself).</summary>
    private string[] _path = null!;
    private int _depth;

    /// <summary>Wraps <paramref name="reader"/>.</summary>
    /// <param name="reader">The reader to read from. Its settings are used as they are.</param>
    /// <param name="options">Limits to apply; <see langword="null"/> means <see cref="LibvirtXmlReaderOptions.Default"/>.
    /// Only <see cref="LibvirtXmlReaderOptions.MaxDepth"/> applies here.</param>
    public LibvirtXmlReader(XmlReader reader, LibvirtXmlReaderOptions? options = null)
    {
        _reader = reader ?? throw new ArgumentNullException(nameof(reader));
        _lineInfo = reader as IXmlLineInfo;
        if (_lineInfo is not null && !_lineInfo.HasLineInfo())
        {
            _lineInfo = null;
        }

        // An XmlStringReader (from LibvirtXmlDocument.CreateReader) is read through its XmlReader API, which turns
        // the parser's errors into the XmlExceptions this reader's callers expect.
        _path = new string[16];
        _maxDepth = (options ?? LibvirtXmlReaderOptions.Shared).MaxDepth;
    }

    /// <summary>Reads with the library's own parser. Its errors are <see cref="XmlParseException"/>s, which the caller converts.</summary>
    internal LibvirtXmlReader(XmlTextParser text, LibvirtXmlReaderOptions? options)
    {
        _text = text;
        _maxDepth = (options ?? LibvirtXmlReaderOptions.Shared).MaxDepth;
    }

    /// <summary>The underlying reader (the library's own parser, behind the <see cref="XmlReader"/> API, for text it reads itself).</summary>
    public XmlReader Reader => _reader ??= new XmlStringReader(_text!);

    // The members generated code calls on every element and attribute. They are those of XmlReader, called directly on
    // the library's own sealed parser when it is the reader (no virtual call; the JIT inlines them), else on Reader.

    /// <summary>The local name of the node the reader is on (<see cref="XmlReader.LocalName"/>).</summary>
    public string LocalName => _text is not null ? _text.LocalName : _reader!.LocalName;

    /// <summary>The namespace of the node the reader is on (<see cref="XmlReader.NamespaceURI"/>).</summary>
    public string NamespaceURI => _text is not null ? _text.NamespaceURI : _reader!.NamespaceURI;

    /// <summary>The value of the node the reader is on (<see cref="XmlReader.Value"/>).</summary>
    public string Value => _text is not null ? _text.Value : _reader!.Value;

    /// <summary>Moves to the current element's first attribute (<see cref="XmlReader.MoveToFirstAttribute"/>).</summary>
    /// <returns>Whether there is one.</returns>
    public bool MoveToFirstAttribute() => _text is not null ? _text.MoveToFirstAttribute() : _reader!.MoveToFirstAttribute();

    /// <summary>Moves to the next attribute (<see cref="XmlReader.MoveToNextAttribute"/>).</summary>
    /// <returns>Whether there is one.</returns>
    public bool MoveToNextAttribute() => _text is not null ? _text.MoveToNextAttribute() : _reader!.MoveToNextAttribute();

    /// <summary>
    /// Moves to the entered element's next attribute: on the element's start tag to its first attribute, on an attribute to
    /// the one after it. After the last one it moves back to the element and returns <see langword="false"/>. Loop on it
    /// once, after <see cref="Enter"/>: <c>while (reader.NextAttribute()) { ... }</c>.
    /// </summary>
    /// <returns>Whether the reader is on an attribute.</returns>
    /// <remarks>One call where a loop would need three (first, next, back to the element): less code for the JIT to compile in each element's reading method.</remarks>
    public bool NextAttribute()
    {
        if (_text is null)
        {
            return NextReaderAttribute();
        }

        if (_text.NodeType == XmlNodeKind.Attribute ? _text.MoveToNextAttribute() : _text.MoveToFirstAttribute())
        {
            return true;
        }

        _text.MoveToElement();
        return false;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool NextReaderAttribute()
    {
        if (_reader!.NodeType == XmlNodeType.Attribute ? _reader.MoveToNextAttribute() : _reader.MoveToFirstAttribute())
        {
            return true;
        }

        _reader.MoveToElement();
        return false;
    }

    /// <summary>Moves back from an attribute to its element (<see cref="XmlReader.MoveToElement"/>).</summary>
    /// <returns>Whether the reader was on an attribute.</returns>
    public bool MoveToElement() => _text is not null ? _text.MoveToElement() : _reader!.MoveToElement();

    /// <summary>The value of the current element's attribute with this qualified name, or null (<see cref="XmlReader.GetAttribute(string)"/>).</summary>
    /// <param name="name">The attribute's qualified name.</param>
    /// <returns>Its value, or null when the element has no such attribute.</returns>
    public string? GetAttribute(string name) => _text is not null ? _text.GetAttribute(name) : _reader!.GetAttribute(name);

    /// <summary>The kind of node the reader is on.</summary>
    internal XmlNodeKind NodeType => _text is not null ? _text.NodeType : ReaderNodeType();

    private bool IsEmptyElement => _text is not null ? _text.IsEmptyElement : _reader!.IsEmptyElement;

    /// <summary>Moves to the next node.</summary>
    internal bool Read() => _text is not null ? _text.Read() : _reader!.Read();

    /// <summary>The depth of the node the reader is on, as <see cref="XmlReader.Depth"/> counts it.</summary>
    internal int NodeDepth => _text is not null ? _text.Depth : _reader!.Depth;

    private string Prefix => _text is not null ? _text.Prefix : _reader!.Prefix;

    /// <summary>The qualified name of the node the reader is on, for messages.</summary>
    internal string NodeName => _text is not null ? (_text.Prefix.Length == 0 ? _text.LocalName : _text.Prefix + ":" + _text.LocalName) : _reader!.Name;

    /// <summary>Whether no node was read yet.</summary>
    internal bool AtStart => _text is not null ? _text.ReadState == XmlParseState.Initial : (XmlParseState)ReaderState() == XmlParseState.Initial;

    /// <summary>Whether the input is read to its end (or closed).</summary>
    internal bool AtEnd => _text is not null
        ? _text.ReadState is XmlParseState.EndOfFile or XmlParseState.Closed
        : _reader!.EOF || (XmlParseState)ReaderState() == XmlParseState.Closed;

    // Kept out of the members above, so that reading with the library's parser never touches a System.Xml type.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private XmlNodeKind ReaderNodeType() => (XmlNodeKind)_reader!.NodeType;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private int ReaderState() => (int)_reader!.ReadState;

    /// <summary>The number of elements entered and not yet left (the root element is 1).</summary>
    public int Depth => _depth;

    /// <summary>
    /// The names of the entered elements joined with '/', with a leading '/', such as
    /// <c>/domainbackup/disks/disk</c>; empty before the root element is entered. It includes the current
    /// element while its attributes are read.
    /// </summary>
    public string ElementPath
    {
        get
        {
            if (_depth == 0)
            {
                return string.Empty;
            }

            var path = new StringBuilder();
            for (var i = 0; i < _depth; i++)
            {
                path.Append('/').Append(EnteredName(i));
            }

            return path.ToString();
        }
    }

    /// <summary>
    /// Compares an attribute value or text to a RELAX NG <c>token</c> value: the value's XML whitespace is
    /// collapsed (trimmed, and inner runs reduced to one space) before an ordinal comparison. Allocates nothing.
    /// </summary>
    /// <param name="value">The value as read.</param>
    /// <param name="token">The grammar's value, already collapsed.</param>
    /// <returns>Whether they are equal as tokens.</returns>
    public static bool TokenEquals(string value, string token)
    {
        if (value is null)
        {
            throw new ArgumentNullException(nameof(value));
        }

        if (token is null)
        {
            throw new ArgumentNullException(nameof(token));
        }

        return string.Equals(value, token, StringComparison.Ordinal) || XmlWhitespace.CollapsedEquals(value, token);
    }

    /// <summary>
    /// Creates an exception for the current node: its line and column (when the reader provides them)
    /// and <see cref="ElementPath"/>. The caller throws it.
    /// </summary>
    /// <param name="message">What is wrong, such as <c>unknown transport 'foo'</c>.</param>
    /// <returns>The exception to throw.</returns>
    public LibvirtXmlException Error(string message) => Error(message, null);

    /// <summary>
    /// Starts reading the element the reader is on: pushes its name on the path and checks the depth limit.
    /// Call it first in <c>ReadXml</c>, before reading attributes.
    /// </summary>
    /// <exception cref="LibvirtXmlException">The nesting exceeds <see cref="LibvirtXmlReaderOptions.MaxDepth"/>.</exception>
    /// <exception cref="InvalidOperationException">The reader is not on a start tag (a bug in the caller).</exception>
    public void Enter()
    {
        if (NodeType != XmlNodeKind.Element)
        {
            throw new InvalidOperationException("Enter must be called on a start tag, not on " + NodeType + ".");
        }

        if (_text is not null)
        {
            // The entered elements are the parser's first open elements: it holds their names, which are not copied here
            // (a GC write barrier per element).
            if (_text.OpenElementCount != _depth + 1)
            {
                throw new InvalidOperationException("Enter must be called on a child of the entered element.");
            }
        }
        else
        {
            if (_depth == _path.Length)
            {
                Array.Resize(ref _path, _path.Length * 2);
            }

            _path[_depth] = LocalName;
        }

        _depth++;
        ResetMatches();
        if (_text is not null)
        {
            // Only the offset: the line is counted if an error needs it.
            _lastKnownOffset = _text.NodeOffset;
        }
        else if (_lineInfo is not null)
        {
            NoteReaderPosition();
        }

        if (_depth > _maxDepth)
        {
            throw DepthError();
        }
    }

    /// <summary>
    /// Moves into the content of the entered element after its attributes were read.
    /// For an empty element (<c>&lt;a/&gt;</c>) it moves past it, pops the path and returns <see langword="false"/>;
    /// otherwise it moves to the first content node and returns <see langword="true"/>, and the caller loops on
    /// <see cref="NextChild"/>.
    /// </summary>
    /// <returns>Whether there is content to loop over with <see cref="NextChild"/>.</returns>
    public bool BeginChildren()
    {
        RequireEnteredStartTag(nameof(BeginChildren));
        if (IsEmptyElement)
        {
            // Leave first: an error in the next node belongs to the parent.
            Leave();
            Read();
            return false;
        }

        Read();
        return true;
    }

    /// <summary>
    /// Moves to the next child element of the entered element, skipping whitespace, comments, processing
    /// instructions and text (which element-only content does not have). At the element's end tag it moves past
    /// it, pops the path and returns <see langword="false"/>.
    /// </summary>
    /// <returns><see langword="true"/> when positioned on a child's start tag, which the caller must consume.</returns>
    public bool NextChild()
    {
        while (true)
        {
            switch (NodeType)
            {
                case XmlNodeKind.Element:
                    return true;
                case XmlNodeKind.EndElement:
                    Leave();
                    Read();
                    return false;
                case XmlNodeKind.Whitespace:
                    // The indentation between child elements, the most common node here: nothing to check.
                    if (!Read())
                    {
                        throw Error("unexpected end of the document");
                    }

                    break;
                default:
                    SkipNonElementNode();
                    break;
            }
        }
    }

    /// <summary>
    /// Reads an element with text content completely: call it on the element's start tag instead of
    /// <see cref="Enter"/> (it enters the element itself). Attributes are ignored and child elements skipped.
    /// </summary>
    /// <returns>The concatenated text and CDATA content, exactly as read (whitespace included);
    /// an empty string for <c>&lt;a/&gt;</c> and <c>&lt;a&gt;&lt;/a&gt;</c>.</returns>
    public string ReadText()
    {
        Enter();
        return ReadTextContent();
    }

    /// <summary>
    /// Reads the text content of the entered element, for elements with attributes and text: call it after
    /// <see cref="Enter"/> and the attributes, instead of <see cref="BeginChildren"/>.
    /// Child elements are skipped. Leaves the reader after the end tag and pops the path.
    /// </summary>
    /// <returns>The concatenated text and CDATA content, exactly as read (whitespace included).</returns>
    public string ReadTextContent()
    {
        RequireEnteredStartTag(nameof(ReadTextContent));
        if (IsEmptyElement)
        {
            Leave();
            Read();
            return string.Empty;
        }

        Read();
        string? single = null;
        StringBuilder? several = null;
        while (true)
        {
            switch (NodeType)
            {
                case XmlNodeKind.Text:
                case XmlNodeKind.CDATA:
                case XmlNodeKind.Whitespace:
                case XmlNodeKind.SignificantWhitespace:
                    // Most elements hold one text node: return it without copying.
                    if (single is null)
                    {
                        single = Value;
                    }
                    else
                    {
                        several ??= new StringBuilder(single);
                        several.Append(Value);
                    }

                    Read();
                    break;
                case XmlNodeKind.Element:
                    SkipElement();
                    break;
                case XmlNodeKind.EndElement:
                    Leave();
                    Read();
                    return several?.ToString() ?? single ?? string.Empty;
                default:
                    SkipNonElementNode();
                    break;
            }
        }
    }

    /// <summary>
    /// Skips the rest of the entered element (its content and end tag) after its attributes were read,
    /// for elements whose content does not matter. Pops the path.
    /// </summary>
    public void SkipContent()
    {
        if (BeginChildren())
        {
            while (NextChild())
            {
                SkipElement();
            }
        }
    }

    /// <summary>
    /// Skips the child element the reader is on (not entered), with everything inside it, and leaves the
    /// reader on the node after it. Used for elements the grammar does not describe.
    /// </summary>
    /// <exception cref="LibvirtXmlException">The skipped content is nested deeper than the limit.</exception>
    public void SkipElement()
    {
        if (NodeType != XmlNodeKind.Element)
        {
            throw new InvalidOperationException("SkipElement must be called on a start tag, not on " + NodeType + ".");
        }

        // XmlReader.Skip would do, but walking the subtree lets us apply the depth limit to skipped content too.
        var startDepth = NodeDepth;
        var isEmpty = IsEmptyElement;
        if (_depth + 1 > _maxDepth)
        {
            throw DepthError();
        }

        while (Read() && !isEmpty)
        {
            var nodeType = NodeType;
            if (nodeType == XmlNodeKind.Element && _depth + 1 + (NodeDepth - startDepth) > _maxDepth)
            {
                throw DepthError();
            }

            if (nodeType == XmlNodeKind.EntityReference)
            {
                throw EntityReferenceError();
            }

            if (nodeType == XmlNodeKind.EndElement && NodeDepth == startDepth)
            {
                Read();
                return;
            }
        }

        if (!isEmpty)
        {
            throw Error("unexpected end of the document");
        }
    }

    /// <summary>
    /// Reads the child element the reader is on (not entered), with everything inside it, as an <see cref="XElement"/>,
    /// and leaves the reader on the node after it. For content a binding keeps as XML; the depth limit applies to it.
    /// Comments and processing instructions are dropped, text (including whitespace) is kept.
    /// </summary>
    /// <returns>The element, detached.</returns>
    /// <exception cref="LibvirtXmlException">The content is nested deeper than the limit.</exception>
    public XElement ReadElementAsXml()
    {
        if (NodeType != XmlNodeKind.Element)
        {
            throw new InvalidOperationException("ReadElementAsXml must be called on a start tag, not on " + NodeType + ".");
        }

        if (_depth + 1 > _maxDepth)
        {
            throw DepthError();
        }

        var startDepth = NodeDepth;
        var root = NewXElement();
        DeclareInheritedNamespaces(root);
        if (IsEmptyElement)
        {
            Read();
            return root;
        }

        // Iterative, so that the depth limit, not the stack, bounds what can be read.
        var open = new Stack<XElement>();
        open.Push(root);
        while (Read())
        {
            switch (NodeType)
            {
                case XmlNodeKind.Element:
                    if (_depth + 1 + (NodeDepth - startDepth) > _maxDepth)
                    {
                        throw DepthError();
                    }

                    var element = NewXElement();
                    open.Peek().Add(element);
                    DeclareInheritedNamespaces(element);
                    if (!IsEmptyElement)
                    {
                        open.Push(element);
                    }

                    break;
                case XmlNodeKind.Text:
                case XmlNodeKind.CDATA:
                case XmlNodeKind.Whitespace:
                case XmlNodeKind.SignificantWhitespace:
                    open.Peek().Add(new XText(Value));
                    break;
                case XmlNodeKind.EntityReference:
                    throw EntityReferenceError();
                case XmlNodeKind.EndElement:
                    open.Pop();
                    if (open.Count == 0)
                    {
                        Read();
                        return root;
                    }

                    break;
            }
        }

        throw Error("unexpected end of the document");
    }

    /// <summary>
    /// Keeps the attribute the reader is on, which the grammar does not describe (or which is in another namespace),
    /// remembering the known attribute it came after so that writing puts it back there.
    /// </summary>
    /// <param name="unknown">The owner's list of unknown attributes, created on first use.</param>
    /// <param name="after">The local name of the last known attribute read before it, or null.</param>
    public void ReadUnknownAttribute(ref List<XAttribute>? unknown, string? after)
    {
        var attribute = new XAttribute(XmlnsAttributeName() ?? XName.Get(LocalName, NamespaceURI), Value);
        attribute.AddAnnotation(new UnknownPlacement(after, Prefix));
        (unknown ??= new List<XAttribute>()).Add(attribute);
    }

    /// <summary>
    /// Keeps the child element the reader is on (not entered), which the grammar does not describe, as XML,
    /// remembering the known element it came after; leaves the reader on the node after it.
    /// </summary>
    /// <param name="unknown">The owner's list of unknown elements, created on first use.</param>
    /// <param name="after">The local name of the last known child element read before it, or null.</param>
    /// <exception cref="LibvirtXmlException">The element is nested deeper than the limit.</exception>
    public void ReadUnknownElement(ref List<XElement>? unknown, string? after)
    {
        var element = ReadElementAsXml();
        element.AddAnnotation(new UnknownPlacement(after, null));
        (unknown ??= new List<XElement>()).Add(element);
    }

    /// <summary>
    /// For elements whose grammar allows no children: moves into the entered element's content (as
    /// <see cref="BeginChildren"/>) and keeps every child element as unknown content; leaves the reader after the end tag.
    /// </summary>
    /// <param name="unknown">The owner's list of unknown elements, created on first use.</param>
    public void ReadUnknownChildren(ref List<XElement>? unknown)
    {
        if (!BeginChildren())
        {
            return;
        }

        while (NextChild())
        {
            ReadUnknownElement(ref unknown, null);
        }
    }

    private XElement NewXElement()
    {
        var element = new XElement(XName.Get(LocalName, NamespaceURI));
        for (var more = MoveToFirstAttribute(); more; more = MoveToNextAttribute())
        {
            element.Add(new XAttribute(XmlnsAttributeName() ?? XName.Get(LocalName, NamespaceURI), Value));
        }

        MoveToElement();
        return element;
    }

    /// <summary>
    /// A subtree taken out of its document loses the namespace declarations of its ancestors: declare, on the
    /// element, the prefixes its own name and attributes use that the subtree does not declare yet.
    /// </summary>
    private void DeclareInheritedNamespaces(XElement element)
    {
        DeclareIfMissing(element, element.Name.Namespace, Prefix);
        if (!MoveToFirstAttribute())
        {
            return;
        }

        do
        {
            if (NamespaceURI.Length != 0 && NamespaceURI != XNamespace.Xmlns.NamespaceName)
            {
                DeclareIfMissing(element, XNamespace.Get(NamespaceURI), Prefix);
            }
        }
        while (MoveToNextAttribute());
        MoveToElement();
    }

    private static void DeclareIfMissing(XElement element, XNamespace ns, string prefix)
    {
        if (ns == XNamespace.None || ns == XNamespace.Xml)
        {
            return;
        }

        if (prefix.Length == 0)
        {
            // The default namespace: declared unless an ancestor in the subtree already is in it by default.
            var declared = element.AncestorsAndSelf().Any(e => e.Attribute("xmlns") is { } a && a.Value == ns.NamespaceName);
            if (!declared)
            {
                Declare(element, "xmlns", ns);
            }

            return;
        }

        if (element.GetPrefixOfNamespace(ns) != prefix)
        {
            Declare(element, XNamespace.Xmlns + prefix, ns);
        }
    }

    private static void Declare(XElement element, XName declaration, XNamespace ns)
    {
        var attribute = new XAttribute(declaration, ns.NamespaceName);
        attribute.AddAnnotation(InheritedNamespace.Instance);
        element.Add(attribute);
    }

    /// <summary>LINQ to XML names namespace declarations <c>xmlns</c> and <c>{xmlns}prefix</c>.</summary>
    private XName? XmlnsAttributeName()
    {
        if (NamespaceURI != "http://www.w3.org/2000/xmlns/")
        {
            return null;
        }

        return Prefix.Length == 0 ? XName.Get("xmlns") : XNamespace.Xmlns + LocalName;
    }

    /// <summary>Parses an XSD <c>unsignedInt</c>: optional surrounding whitespace, optional '+', digits.</summary>
    /// <param name="text">The value as read.</param>
    /// <param name="what">The attribute or element name the value came from, for the error message.</param>
    /// <returns>The value.</returns>
    /// <exception cref="LibvirtXmlException">The text is not an integer or out of range.</exception>
    public uint ParseUInt32(string text, string what)
    {
        if (XsdInteger.TryParse(text, allowNegative: false, out _, out var magnitude) && magnitude <= uint.MaxValue)
        {
            return (uint)magnitude;
        }

        throw NumberError(text, what, "an unsigned 32-bit integer");
    }

    /// <summary>Parses an XSD <c>unsignedLong</c>: optional surrounding whitespace, optional '+', digits.</summary>
    /// <param name="text">The value as read.</param>
    /// <param name="what">The attribute or element name the value came from, for the error message.</param>
    /// <returns>The value.</returns>
    /// <exception cref="LibvirtXmlException">The text is not an integer or out of range.</exception>
    public ulong ParseUInt64(string text, string what)
    {
        if (XsdInteger.TryParse(text, allowNegative: false, out _, out var magnitude))
        {
            return magnitude;
        }

        throw NumberError(text, what, "an unsigned 64-bit integer");
    }

    /// <summary>Parses an XSD <c>int</c>: optional surrounding whitespace, optional sign, digits.</summary>
    /// <param name="text">The value as read.</param>
    /// <param name="what">The attribute or element name the value came from, for the error message.</param>
    /// <returns>The value.</returns>
    /// <exception cref="LibvirtXmlException">The text is not an integer or out of range.</exception>
    public int ParseInt32(string text, string what)
    {
        if (XsdInteger.TryParse(text, allowNegative: true, out var negative, out var magnitude))
        {
            if (!negative && magnitude <= int.MaxValue)
            {
                return (int)magnitude;
            }

            if (negative && magnitude <= (ulong)int.MaxValue + 1)
            {
                return (int)(0 - (long)magnitude);
            }
        }

        throw NumberError(text, what, "a 32-bit integer");
    }

    /// <summary>Parses an XSD <c>long</c>: optional surrounding whitespace, optional sign, digits.</summary>
    /// <param name="text">The value as read.</param>
    /// <param name="what">The attribute or element name the value came from, for the error message.</param>
    /// <returns>The value.</returns>
    /// <exception cref="LibvirtXmlException">The text is not an integer or out of range.</exception>
    public long ParseInt64(string text, string what)
    {
        if (XsdInteger.TryParse(text, allowNegative: true, out var negative, out var magnitude))
        {
            if (!negative && magnitude <= long.MaxValue)
            {
                return (long)magnitude;
            }

            if (negative && magnitude <= (ulong)long.MaxValue + 1)
            {
                return unchecked((long)(0UL - magnitude));
            }
        }

        throw NumberError(text, what, "a 64-bit integer");
    }

    /// <summary>
    /// The last position noted while reading (the last entered element, or an estimate in the prolog), for errors
    /// that <see cref="XmlReader"/> reports without a position (a prohibited DTD, an exceeded size limit).
    /// </summary>
    internal int LastKnownLine => _lastKnownOffset >= 0 ? _text!.PositionOf(_lastKnownOffset).Line : _lastKnownLine;

    /// <summary>The column that goes with <see cref="LastKnownLine"/>, or 0 when unknown.</summary>
    internal int LastKnownColumn => _lastKnownOffset >= 0 ? _text!.PositionOf(_lastKnownOffset).Column : _lastKnownColumn;

    private int _lastKnownLine;
    private int _lastKnownColumn;
    private int _lastKnownOffset = -1;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void NoteReaderPosition() => NotePosition(_lineInfo!.LineNumber, _lineInfo.LinePosition);

    internal void NotePosition(int line, int column)
    {
        _lastKnownLine = line;
        _lastKnownColumn = column;
        _lastKnownOffset = -1;
    }

    /// <summary>Creates an exception for the current node, wrapping the exception that caused it.</summary>
    internal LibvirtXmlException Error(string message, Exception? innerException)
    {
        var (line, column) = Position;
        return new LibvirtXmlException(message, line, line == 0 ? 0 : column, ElementPath, innerException);
    }

    /// <summary>The line and column of the node the reader is on, or (0, 0) when the reader has no positions.</summary>
    internal (int Line, int Column) Position
    {
        get
        {
            if (_text is not null)
            {
                return (_text.LineNumber, _text.LinePosition);
            }

            return _lineInfo is null ? (0, 0) : (_lineInfo.LineNumber, _lineInfo.LinePosition);
        }
    }

    /// <summary>Skips the current non-element node, refusing the ones libvirt documents never contain.</summary>
    private void SkipNonElementNode()
    {
        switch (NodeType)
        {
            case XmlNodeKind.DocumentType:
                throw Error("DTDs are not allowed");
            case XmlNodeKind.EntityReference:
                throw EntityReferenceError();
            case XmlNodeKind.None:
                throw Error("unexpected end of the document");
        }

        if (!Read())
        {
            throw Error("unexpected end of the document");
        }
    }

    private void RequireEnteredStartTag(string method)
    {
        MoveToElement();
        if (_depth == 0 || NodeType != XmlNodeKind.Element)
        {
            throw new InvalidOperationException(method + " must be called on the start tag of an element after Enter.");
        }
    }

    private void Leave()
    {
        if (_text is null)
        {
            _path[_depth - 1] = null!;
        }

        _depth--;
    }

    /// <summary>The local name of the entered element at <paramref name="index"/> (0 is the root).</summary>
    private string EnteredName(int index) => _text is not null ? _text.OpenElementName(index) : _path[index];

    private LibvirtXmlException DepthError() =>
        Error("elements are nested deeper than the limit of " + _maxDepth.ToString(CultureInfo.InvariantCulture));

    private LibvirtXmlException EntityReferenceError() =>
        Error("entity references are not allowed ('&" + NodeName + ";')");

    private LibvirtXmlException NumberError(string text, string what, string expected) =>
        Error("invalid value '" + text + "' for '" + what + "': expected " + expected);
}

using System;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;

namespace LibvirtXml;

/// <summary>
/// A non-validating XML 1.0 (with namespaces) pull parser over a document held in a string: the library's own parser,
/// which <see cref="LibvirtXmlReader"/> reads text with. It accepts exactly the documents <see cref="System.Xml.XmlReader"/>
/// accepts with <see cref="LibvirtXmlSettings.CreateReaderSettings"/> and reports the same nodes; the differential tests
/// hold it to that through <see cref="XmlStringReader"/>, which puts it behind the <see cref="System.Xml.XmlReader"/> API.
/// </summary>
/// <remarks>
/// <para>Why its own parser: <see cref="System.Xml.XmlReader.Create(System.IO.TextReader, System.Xml.XmlReaderSettings)"/>'s reader costs
/// about 2 ms to set up on its first use in a process, and reading with it is slower than building the whole object
/// graph with this one. libvirt's documents need none of what it adds: no DTD (refused here as there), no entities
/// beyond the predefined ones, no encodings (the text is already decoded).</para>
/// <para>Why no System.Xml type appears here (its own node kinds, states and exception): a first Unmarshal of a string
/// then does not load System.Private.Xml at all, which costs about a millisecond in a fresh process.</para>
/// <para>What it reports, as that reader with those settings does: comments, processing instructions and the XML
/// declaration are checked and skipped; whitespace-only text is <see cref="XmlNodeKind.Whitespace"/>; references are
/// expanded; line breaks are normalized to <c>\n</c>, and attribute values normalized as XML prescribes.
/// <c>xml:space</c> is not tracked: whitespace is never reported as <see cref="XmlNodeKind.SignificantWhitespace"/>.
/// Errors are <see cref="XmlParseException"/>s with the line and column where the problem is; exceeding
/// the character limit is reported, as that reader does, without a position.</para>
/// </remarks>
internal sealed class XmlTextParser
{
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    private readonly string _text;

    /// <summary>Where parsing must stop: the text's end, or the character limit when the text is longer.</summary>
    private readonly int _end;
    private readonly bool _overLimit;
    private readonly XmlAtomTable _names;
    private readonly ReusableBuffers _buffers;

    private int _pos;

    /// <summary>Where the markup being parsed starts: XmlReader reports an end of input inside markup there.</summary>
    private int _markupStart;
    private XmlParseState _state = XmlParseState.Initial;
    private bool _rootSeen;
    private bool _popPending;

    // The local name (id) of the last start tag without a prefix, the key of the next start tag's guess; none after one
    // with a prefix.
    private int _lastStartTagName;

    // The current node.
    private XmlNodeKind _nodeType;
    private string? _value = string.Empty;

    // A text node's value is cut from the text only when asked for: indentation between elements never is.
    private int _valueStart;
    private int _valueEnd;
    private bool _valuePlain;
    private bool _isEmptyElement;
    private int _nodeOffset;

    // The current element's attributes; _attributeIndex is -1 on the element itself.
    private Attribute[] _attributes;
    private int _attributeCount;
    private int _attributeIndex = -1;
    private bool _declaresNamespaces;
    private bool _onAttributeValue;

    // Open elements and the namespace declarations in scope.
    private Element[] _elements;
    private int _elementCount;
    private Declaration[] _declarations;
    private int _declarationCount;

    // Line numbers are computed on demand from offsets, moving forward from the last one asked for.
    private int _lineOffset;
    private int _lineNumber = 1;
    private int _lineStart;

    public XmlTextParser(string text, long maxCharacters)
    {
        _text = text;
        _end = text.Length;
        if (maxCharacters > 0 && text.Length > maxCharacters)
        {
            _end = (int)maxCharacters;
            _overLimit = true;
        }

        var buffers = _buffers = ReusableBuffers.Take();
        _names = buffers.Names;
        _attributes = buffers.Attributes;
        _elements = buffers.Elements;
        _declarations = buffers.Declarations;
    }

    // The members LibvirtXmlReader forwards to for every node and attribute are inlined into it: no call when reading,
    // and one precompiled method fewer to look up on a process's first read.
    public XmlNodeKind NodeType
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _onAttributeValue ? XmlNodeKind.Text : _attributeIndex >= 0 ? XmlNodeKind.Attribute : _nodeType;
    }

    // Names are set for elements and end tags only, values for text only: other nodes leave the fields as they
    // were (fewer reference stores per node) and these properties answer for them. Names are kept as ids of the name
    // table (see XmlAtomTable), found here.
    public string LocalName
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _attributeIndex >= 0 ? (_onAttributeValue ? string.Empty : _names.NamesById[_attributes[_attributeIndex].LocalName]) : IsNamedNode ? _names.NamesById[_elements[_elementCount - 1].LocalName] : string.Empty;
    }

    public string Prefix => _attributeIndex >= 0 ? (_onAttributeValue ? string.Empty : _names.NamesById[_attributes[_attributeIndex].Prefix]) : IsNamedNode ? _names.NamesById[_elements[_elementCount - 1].Prefix] : string.Empty;

    public string NamespaceURI
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _attributeIndex >= 0 ? (_onAttributeValue ? string.Empty : _attributes[_attributeIndex].NamespaceUri ?? string.Empty) : IsNamedNode ? _elements[_elementCount - 1].NamespaceUri ?? string.Empty : string.Empty;
    }

    /// <summary>The local name of the element or attribute the parser is on when it is in no namespace; otherwise null.</summary>
    public string? LocalNameInNoNamespace
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _attributeIndex >= 0
            ? (_onAttributeValue || _attributes[_attributeIndex].NamespaceUri is not null ? null : _names.NamesById[_attributes[_attributeIndex].LocalName])
            : IsNamedNode && _elements[_elementCount - 1].NamespaceUri is null ? _names.NamesById[_elements[_elementCount - 1].LocalName] : null;
    }

    public string Value
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _attributeIndex >= 0 ? AttributeValue(_attributeIndex) : IsNamedNode || _nodeType == XmlNodeKind.None ? string.Empty : _value ?? TextValue();
    }

    private bool IsNamedNode
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _nodeType is XmlNodeKind.Element or XmlNodeKind.EndElement;
    }

    /// <summary>How many elements are open (started and not ended), the current start tag's included.</summary>
    internal int OpenElementCount => _elementCount;

    /// <summary>The local name of the open element at <paramref name="index"/> (0 is the root).</summary>
    internal string OpenElementName(int index) => _names.NamesById[_elements[index].LocalName];

    public int Depth
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _onAttributeValue ? _elementCount + 1 : _attributeIndex >= 0 ? _elementCount : ContentDepth;
    }

    public bool IsEmptyElement
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _attributeIndex < 0 && _nodeType == XmlNodeKind.Element && _isEmptyElement;
    }

    public int AttributeCount => _nodeType == XmlNodeKind.Element ? _attributeCount : 0;

    public bool EOF => _state == XmlParseState.EndOfFile;

    public XmlParseState ReadState => _state;

    public XmlAtomTable NameTable => _names;

    public int LineNumber => Line(CurrentOffset).Line;

    public int LinePosition => Line(CurrentOffset).Column;

    /// <summary>The depth of a content node: elements and end tags count their open ancestors, text its open parents.</summary>
    private int ContentDepth
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _nodeType is XmlNodeKind.Element or XmlNodeKind.EndElement ? _elementCount - 1 : _elementCount;
    }

    private int CurrentOffset => _attributeIndex >= 0 ? _attributes[_attributeIndex].NameOffset : _nodeOffset;

    public bool HasLineInfo() => true;

    /// <summary>Where the current node starts in the text (for an element, its name).</summary>
    internal int NodeOffset => _nodeOffset;

    /// <summary>The line and column of an offset in the text, as <see cref="System.Xml.IXmlLineInfo"/> reports them.</summary>
    internal (int Line, int Column) PositionOf(int offset) => Line(offset);

    public bool Read()
    {
        _attributeIndex = -1;
        _onAttributeValue = false;
        switch (_state)
        {
            case XmlParseState.Initial:
                _state = XmlParseState.Interactive;
                ReadProlog();
                break;
            case XmlParseState.Interactive:
                break;
            default:
                return false;
        }

        if (_popPending)
        {
            PopElement();
        }

        // Every error goes through Error or LimitError, which put the reader in the Error state.
        return ReadNode();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MoveToFirstAttribute()
    {
        if (_nodeType != XmlNodeKind.Element || _attributeCount == 0)
        {
            return false;
        }

        _attributeIndex = 0;
        _onAttributeValue = false;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MoveToNextAttribute()
    {
        if (_nodeType != XmlNodeKind.Element || _attributeIndex + 1 >= _attributeCount)
        {
            return false;
        }

        _attributeIndex++;
        _onAttributeValue = false;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MoveToElement()
    {
        if (_attributeIndex < 0)
        {
            return false;
        }

        _attributeIndex = -1;
        _onAttributeValue = false;
        return true;
    }

    public void MoveToAttribute(int i)
    {
        if (_nodeType != XmlNodeKind.Element || i < 0 || i >= _attributeCount)
        {
            throw new ArgumentOutOfRangeException(nameof(i));
        }

        _attributeIndex = i;
        _onAttributeValue = false;
    }

    public bool MoveToAttribute(string name)
    {
        var index = IndexOfAttribute(name);
        if (index < 0)
        {
            return false;
        }

        MoveToAttribute(index);
        return true;
    }

    public bool MoveToAttribute(string name, string? ns)
    {
        var index = IndexOfAttribute(name, ns ?? string.Empty);
        if (index < 0)
        {
            return false;
        }

        MoveToAttribute(index);
        return true;
    }

    public string GetAttribute(int i)
    {
        if (_nodeType != XmlNodeKind.Element || i < 0 || i >= _attributeCount)
        {
            throw new ArgumentOutOfRangeException(nameof(i));
        }

        return AttributeValue(i);
    }

    public string? GetAttribute(string name)
    {
        var index = IndexOfAttribute(name);
        return index < 0 ? null : AttributeValue(index);
    }

    public string? GetAttribute(string name, string? namespaceURI)
    {
        var index = IndexOfAttribute(name, namespaceURI ?? string.Empty);
        return index < 0 ? null : AttributeValue(index);
    }


    public bool ReadAttributeValue()
    {
        if (_attributeIndex < 0 || _onAttributeValue)
        {
            return false;
        }

        _onAttributeValue = true;
        return true;
    }

    public void Close()
    {
        if (_state != XmlParseState.Closed)
        {
            // The arrays go to the next reader: this one must not look at them any more.
            _state = XmlParseState.Closed;
            _nodeType = XmlNodeKind.None;
            _attributeIndex = -1;
            _onAttributeValue = false;
            _attributeCount = 0;
            _elementCount = 0;
            _declarationCount = 0;
            _buffers.Attributes = _attributes;
            _buffers.Elements = _elements;
            _buffers.Declarations = _declarations;
            ReusableBuffers.Return(_buffers);
        }
    }

    private bool ReadNode()
    {
        while (true)
        {
            if (_pos >= _end)
            {
                return AtEnd();
            }

            var c = _text[_pos];
            if (c != '<')
            {
                return ReadText();
            }

            _markupStart = _pos;

            if (_pos + 1 >= _end)
            {
                throw AtEndError();
            }

            switch (_text[_pos + 1])
            {
                case '/':
                    return ReadEndTag();
                case '?':
                    SkipProcessingInstruction();
                    break;
                case '!':
                    if (StartsWith(_pos + 2, "--"))
                    {
                        SkipComment();
                    }
                    else if (StartsWith(_pos + 2, "[CDATA["))
                    {
                        return ReadCData();
                    }
                    else if (StartsWith(_pos + 2, "DOCTYPE"))
                    {
                        throw Error(_rootSeen || _elementCount > 0 ? "Unexpected DTD declaration." : "For security reasons DTD is prohibited in this XML document.", _pos);
                    }
                    else
                    {
                        throw Error("Unexpected character '!' after '<'.", _pos + 1);
                    }

                    break;
                default:
                    return ReadStartTag();
            }
        }
    }

    private bool AtEnd()
    {
        if (_overLimit)
        {
            throw LimitError();
        }

        if (_elementCount > 0)
        {
            throw Error("Unexpected end of file has occurred. The following elements are not closed: " + OpenElementNames() + ".", _end);
        }

        if (!_rootSeen)
        {
            throw Error("Root element is missing.", _end);
        }

        _state = XmlParseState.EndOfFile;
        _nodeType = XmlNodeKind.None;
        return false;
    }

    /// <summary>
    /// The XML declaration, which may only be the very first thing. (A byte order mark is not skipped: in decoded text
    /// XmlReader refuses it too.)
    /// </summary>
    private void ReadProlog()
    {
        if (StartsWith(_pos, "<?xml") && _pos + 5 < _end && IsWhitespace(_text[_pos + 5]))
        {
            ReadXmlDeclaration();
        }
    }

    private void ReadXmlDeclaration()
    {
        _pos += 5;
        var seen = 0; // 1 version, 2 encoding, 3 standalone
        while (true)
        {
            var hadSpace = SkipWhitespace();
            if (StartsWith(_pos, "?>"))
            {
                if (seen == 0)
                {
                    throw Error("Version number is required in the XML declaration.", _pos);
                }

                _pos += 2;
                return;
            }

            if (!hadSpace)
            {
                throw Error("'" + CharAt(_pos) + "' is an unexpected token. Expecting white space.", _pos);
            }

            var nameStart = _pos;
            var name = ScanPseudoAttributeName();
            var expected = name switch
            {
                "version" => seen == 0,
                "encoding" => seen == 1,
                "standalone" => seen is 1 or 2,
                _ => false,
            };
            if (!expected)
            {
                throw Error("Syntax for an XML declaration is invalid.", nameStart);
            }

            var value = ReadPseudoAttributeValue(out var valueStart);
            switch (name)
            {
                case "version":
                    // As XmlReader: "1.0" followed by anything passes, any other version fails.
                    if (!value.StartsWith("1.0", StringComparison.Ordinal))
                    {
                        throw Error("Version number '" + value + "' is invalid.", valueStart);
                    }

                    if (!IsXmlText(value))
                    {
                        throw Error("Syntax for an XML declaration is invalid.", valueStart);
                    }

                    seen = 1;
                    break;
                case "encoding":
                    // The text is already decoded, so the name is not looked up; as XmlReader, only control characters,
                    // quotes and markup characters are refused in it.
                    if (!IsEncodingNameText(value) || !IsXmlText(value))
                    {
                        throw Error("Syntax for an XML declaration is invalid.", valueStart);
                    }

                    seen = 2;
                    break;
                default:
                    if (value is not ("yes" or "no"))
                    {
                        throw Error("Syntax for an XML declaration is invalid.", valueStart);
                    }

                    seen = 3;
                    break;
            }
        }
    }

    private static bool IsXmlText(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (!IsXmlCodePoint(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsEncodingNameText(string value)
    {
        foreach (var c in value)
        {
            if (c < ' ' || c is '"' or '\'' or '&' or '<' or '>')
            {
                return false;
            }
        }

        return true;
    }

    private string ScanPseudoAttributeName()
    {
        var start = _pos;
        while (_pos < _end && _text[_pos] is >= 'a' and <= 'z')
        {
            _pos++;
        }

        return _text.Substring(start, _pos - start);
    }

    private string ReadPseudoAttributeValue(out int start)
    {
        SkipWhitespace();
        if (CharAt(_pos) != '=')
        {
            throw Error("Syntax for an XML declaration is invalid.", _pos);
        }

        _pos++;
        SkipWhitespace();
        var quote = CharAt(_pos);
        if (quote is not ('\'' or '"'))
        {
            throw Error("Syntax for an XML declaration is invalid.", _pos);
        }

        start = ++_pos;
        while (_pos < _end && _text[_pos] != quote && _text[_pos] != '<')
        {
            _pos++;
        }

        if (CharAt(_pos) != quote)
        {
            throw _pos >= _end ? AtEndError() : Error("Syntax for an XML declaration is invalid.", _pos);
        }

        var value = _text.Substring(start, _pos++ - start);
        if (value.Contains("?>"))
        {
            // XmlReader finds the end of the declaration first: a value cannot hold it.
            throw Error("Syntax for an XML declaration is invalid.", start);
        }

        return value;
    }

    private bool ReadStartTag()
    {
        if (_elementCount == 0 && _rootSeen)
        {
            throw Error("There are multiple root elements.", _pos + 1);
        }

        var nameOffset = _pos + 1;
        _pos = nameOffset;
        int colon, nameEnd, prefix, localName;
        // The entry of None is never written: after a prefixed start tag (or none) there is no guess.
        var predicted = _names.FollowingStartTagNames[_lastStartTagName];
        if (predicted != XmlAtomTable.None && IsNameAt(predicted, nameOffset, attribute: false))
        {
            colon = -1;
            nameEnd = _pos;
            prefix = XmlAtomTable.None;
            localName = predicted;
        }
        else
        {
            colon = ScanQualifiedName(out nameEnd);
            prefix = colon < 0 ? XmlAtomTable.None : _names.AddId(_text, nameOffset, colon - nameOffset);
            localName = colon < 0 ? _names.AddId(_text, nameOffset, nameEnd - nameOffset) : _names.AddId(_text, colon + 1, nameEnd - colon - 1);
        }

        var qualifiedLength = nameEnd - nameOffset;
        if (_lastStartTagName != XmlAtomTable.None && colon < 0 && predicted != localName)
        {
            _names.FollowingStartTagNames[_lastStartTagName] = localName;
        }

        _lastStartTagName = colon < 0 ? localName : XmlAtomTable.None;

        _attributeCount = 0;
        _declaresNamespaces = false;
        var previousName = _lastStartTagName;
        while (true)
        {
            var hadSpace = SkipWhitespace();
            if (_pos >= _end)
            {
                throw AtEndError();
            }

            var c = _text[_pos];
            if (c == '>')
            {
                _pos++;
                _isEmptyElement = false;
                break;
            }

            if (c == '/')
            {
                if (CharAt(_pos + 1) != '>')
                {
                    throw _pos + 1 >= _end ? AtEndError() : Error("'" + CharAt(_pos + 1) + "' is an unexpected token. The expected token is '>'.", _pos + 1);
                }

                _pos += 2;
                _isEmptyElement = true;
                break;
            }

            if (!hadSpace)
            {
                throw Error("'" + c + "' is an unexpected token. Expecting white space.", _pos);
            }

            previousName = ReadAttribute(previousName);
        }

        var frame = PushElement(nameOffset, qualifiedLength);
        if (_declaresNamespaces)
        {
            DeclareNamespaces();
        }

        // The element's names live in its frame only (the current element or end tag is always the innermost frame),
        // as name table ids; a null namespace stands for "": neither costs a GC write barrier.
        ref var element = ref _elements[frame];
        element.Prefix = prefix;
        element.LocalName = localName;
        if (colon < 0 && _declarationCount == 0)
        {
            element.NamespaceUri = null;
        }
        else
        {
            var uri = Resolve(_names.NamesById[element.Prefix], nameOffset);
            element.NamespaceUri = uri.Length == 0 ? null : uri;
        }

        if (_attributeCount != 0)
        {
            ResolveAttributes();
        }

        _nodeType = XmlNodeKind.Element;
        _nodeOffset = nameOffset;
        _rootSeen = true;
        _popPending = _isEmptyElement;
        return true;
    }

    /// <summary>Reads one attribute; returns its name's id when it has no prefix (for the next one's guess), else none.</summary>
    private int ReadAttribute(int previousName)
    {
        var nameOffset = _pos;
        var predicted = _names.FollowingAttributeNames[previousName];
        int colon, nameEnd;
        if (predicted != XmlAtomTable.None && IsNameAt(predicted, nameOffset, attribute: true))
        {
            colon = -1;
            nameEnd = _pos;
        }
        else
        {
            colon = ScanQualifiedName(out nameEnd);
            predicted = XmlAtomTable.None;
        }

        if (_text[_pos] != '=')
        {
            SkipWhitespace();
            if (CharAt(_pos) != '=')
            {
                throw _pos >= _end ? AtEndError() : Error("'" + CharAt(_pos) + "' is an unexpected token. The expected token is '='.", _pos);
            }
        }

        _pos++;
        var quote = CharAt(_pos);
        if (quote is not ('\'' or '"'))
        {
            SkipWhitespace();
            quote = CharAt(_pos);
        }

        if (quote is not ('\'' or '"'))
        {
            throw _pos >= _end ? AtEndError() : Error("'" + quote + "' is an unexpected token. The expected token is '\"' or '''.", _pos);
        }

        var valueStart = ++_pos;
        var plain = ScanAttributeValue(quote);
        var valueEnd = _pos++;

        if (_attributeCount == _attributes.Length)
        {
            Array.Resize(ref _attributes, _attributes.Length * 2);
        }

        ref var attribute = ref _attributes[_attributeCount++];
        attribute.NameOffset = nameOffset;
        attribute.NameLength = nameEnd - nameOffset;
        // Null stands for "": storing null needs no GC write barrier, and most attributes have no namespace.
        attribute.Prefix = colon < 0 ? XmlAtomTable.None : _names.AddId(_text, nameOffset, colon - nameOffset);
        attribute.LocalName = predicted != XmlAtomTable.None ? predicted
            : colon < 0 ? _names.AddId(_text, nameOffset, nameEnd - nameOffset) : _names.AddId(_text, colon + 1, nameEnd - colon - 1);
        attribute.NamespaceUri = null;
        attribute.ValueStart = valueStart;
        attribute.ValueEnd = valueEnd;
        attribute.Plain = plain;
        if (colon >= 0)
        {
            var prefix = _names.NamesById[attribute.Prefix];
            _declaresNamespaces |= prefix == "xmlns";
            // Checked as the attribute is read, as XmlReader does: before any fault further on in the tag.
            if (prefix == "xml" && _names.NamesById[attribute.LocalName] == "space" && AttributeValue(_attributeCount - 1) is not ("default" or "preserve"))
            {
                throw Error("'" + AttributeValue(_attributeCount - 1) + "' is an invalid xml:space value.", nameOffset);
            }

            return XmlAtomTable.None;
        }

        if (_names.NamesById[attribute.LocalName] == "xmlns")
        {
            _declaresNamespaces = true;
        }

        if (previousName != XmlAtomTable.None && predicted == XmlAtomTable.None)
        {
            _names.FollowingAttributeNames[previousName] = attribute.LocalName;
        }

        return attribute.LocalName;
    }

    /// <summary>
    /// Whether the name <paramref name="id"/> (one without a prefix) is at <paramref name="offset"/>, followed by what
    /// may end that name there (an attribute's '=' or white space; a start tag's '&gt;', '/' or white space); then
    /// <see cref="_pos"/> is after it. Documents repeat their names in the same order, so the name that followed the
    /// same name last time is tried before scanning and looking up the characters: a match is what the scan and the
    /// name table would have found.
    /// </summary>
    private bool IsNameAt(int id, int offset, bool attribute)
    {
        var name = _names.NamesById[id];
        var end = offset + name.Length;
        if (end >= _end || !SameChars(name, 0, _text, offset, name.Length))
        {
            return false;
        }

        var next = _text[end];
        if (!(IsWhitespace(next) || (attribute ? next == '=' : next is '>' or '/')))
        {
            return false;
        }

        _pos = end;
        return true;
    }

    /// <summary>
    /// Checks an attribute value up to its closing quote, leaving <see cref="_pos"/> on the quote; returns whether it
    /// is its own value (no reference to expand, no whitespace to normalize).
    /// </summary>
    private bool ScanAttributeValue(char quote)
    {
        // Locals, not fields, in the loops that see every character: the JIT keeps them in registers.
        var text = _text;
        var end = _end;
        var pos = _pos;
        var plain = true;
        while (true)
        {
#if NET
            pos = SkipPlainValueCharacters(text, pos, end);
#endif
            if (pos >= end)
            {
                _pos = pos;
                throw _overLimit ? LimitError() : Error("There is an unclosed literal string.", _end);
            }

            var c = text[pos];
            if (c >= '(' && c != '<' && c < '\uD800')
            {
                // Above both quotes and '&': most characters of a value.
                pos++;
                continue;
            }

            if (c == quote)
            {
                _pos = pos;
                return plain;
            }

            switch (c)
            {
                case '<':
                    throw Error("'<', hexadecimal value 0x3C, is an invalid attribute character.", pos);
                case '&':
                    pos = ReadReference(pos, null);
                    plain = false;
                    continue;
                case '\t':
                case '\n':
                case '\r':
                    plain = false;
                    break;
                default:
                    if (c < ' ' || c >= '\uD800')
                    {
                        pos = CheckCharacter(pos);
                        continue;
                    }

                    break;
            }

            pos++;
        }
    }

    /// <summary>
    /// Cut (or decoded) on every call, not cached in the record: values are read once by the consumers, and storing the
    /// string would cost a GC write barrier per attribute.
    /// </summary>
    private string AttributeValue(int index)
    {
        ref var attribute = ref _attributes[index];
        return attribute.Plain
            ? _text.Substring(attribute.ValueStart, attribute.ValueEnd - attribute.ValueStart)
            : DecodeAttributeValue(attribute.ValueStart, attribute.ValueEnd);
    }

    /// <summary>Expands references and turns each literal tab and line break (a CR LF pair counts as one) into a space.</summary>
    private string DecodeAttributeValue(int start, int end)
    {
        var value = new StringBuilder(end - start);
        for (var i = start; i < end;)
        {
            var c = _text[i];
            switch (c)
            {
                case '&':
                    i = ReadReference(i, value);
                    continue;
                case '\r':
                    value.Append(' ');
                    i += i + 1 < end && _text[i + 1] == '\n' ? 2 : 1;
                    continue;
                case '\t':
                case '\n':
                    value.Append(' ');
                    break;
                default:
                    value.Append(c);
                    break;
            }

            i++;
        }

        return value.ToString();
    }

    private int PushElement(int nameOffset, int nameLength)
    {
        if (_elementCount == _elements.Length)
        {
            Array.Resize(ref _elements, _elements.Length * 2);
        }

        var frame = _elementCount++;
        ref var element = ref _elements[frame];
        element.NameOffset = nameOffset;
        element.NameLength = nameLength;
        element.DeclarationsBefore = _declarationCount;
        return frame;
    }

    private void PopElement()
    {
        _popPending = false;
        _declarationCount = _elements[--_elementCount].DeclarationsBefore;
    }

    private void DeclareNamespaces()
    {
        for (var i = 0; i < _attributeCount; i++)
        {
            ref var attribute = ref _attributes[i];
            var localName = _names.NamesById[attribute.LocalName];
            string prefix;
            if (attribute.Prefix == XmlAtomTable.None && localName == "xmlns")
            {
                prefix = string.Empty;
            }
            else if (_names.NamesById[attribute.Prefix] == "xmlns")
            {
                prefix = localName;
            }
            else
            {
                continue;
            }

            var uri = AttributeValue(i);
            if (prefix == "xmlns")
            {
                throw Error("Prefix \"xmlns\" is reserved for use by XML.", attribute.NameOffset);
            }

            if (prefix == "xml" ? uri != XmlNamespace : uri == XmlNamespace)
            {
                throw Error("Prefix \"xml\" is reserved for use by XML and can be mapped only to namespace name \"" + XmlNamespace + "\".", attribute.NameOffset);
            }

            if (uri == XmlnsNamespace)
            {
                throw Error("Prefix '" + prefix + "' cannot be mapped to namespace name reserved for \"xml\" or \"xmlns\".", attribute.NameOffset);
            }

            if (prefix.Length != 0 && uri.Length == 0)
            {
                throw Error("Invalid namespace declaration.", attribute.NameOffset);
            }

            if (_declarationCount == _declarations.Length)
            {
                Array.Resize(ref _declarations, _declarations.Length * 2);
            }

            _declarations[_declarationCount++] = new Declaration { Prefix = prefix, Uri = _names.Add(uri) };
        }
    }

    private string Resolve(string prefix, int offset) =>
        LookupPrefix(prefix) ?? throw Error("'" + prefix + "' is an undeclared prefix.", offset);

    /// <summary>The namespace a prefix stands for where the reader is ("" for no prefix and no default), or null.</summary>
    internal string? LookupPrefix(string prefix)
    {
        if (prefix == "xml")
        {
            return XmlNamespace;
        }

        if (prefix == "xmlns")
        {
            // XmlReader takes an element named xmlns:a too.
            return XmlnsNamespace;
        }

        for (var i = _declarationCount - 1; i >= 0; i--)
        {
            if (_declarations[i].Prefix == prefix)
            {
                return _declarations[i].Uri;
            }
        }

        return prefix.Length == 0 ? string.Empty : null;
    }

    /// <summary>Names are atoms, equal only when they have the same id, unless the name table gave up on some name.</summary>
    private bool SameName(int a, int b) => a == b || (_names.GaveUp && _names.NamesById[a] == _names.NamesById[b]);

    /// <summary>
    /// Resolves the attributes' namespaces and refuses duplicates, in XmlReader's order: an undeclared prefix before a
    /// duplicate, each the first in the tag (a bad xml:space value was refused as it was read).
    /// </summary>
    private void ResolveAttributes()
    {
        var names = _names.NamesById;
        for (var i = 0; i < _attributeCount; i++)
        {
            ref var attribute = ref _attributes[i];
            if (attribute.Prefix == XmlAtomTable.None)
            {
                if (_declaresNamespaces && names[attribute.LocalName] == "xmlns")
                {
                    attribute.NamespaceUri = XmlnsNamespace;
                }
            }
            else
            {
                var prefix = names[attribute.Prefix];
                attribute.NamespaceUri = prefix == "xmlns" ? XmlnsNamespace : Resolve(prefix, attribute.NameOffset);
            }
        }

        for (var i = 1; i < _attributeCount; i++)
        {
            ref var attribute = ref _attributes[i];
            for (var j = 0; j < i; j++)
            {
                ref var earlier = ref _attributes[j];
                if (SameName(earlier.LocalName, attribute.LocalName)
                    && (SameName(earlier.Prefix, attribute.Prefix) || earlier.NamespaceUri == attribute.NamespaceUri && attribute.NamespaceUri is not null))
                {
                    var name = _text.Substring(attribute.NameOffset, attribute.NameLength);
                    throw SameName(earlier.Prefix, attribute.Prefix)
                        ? Error("'" + name + "' is a duplicate attribute name.", attribute.NameOffset)
                        : Error("Attribute '" + names[attribute.LocalName] + "' with namespace '" + attribute.NamespaceUri + "' is a duplicate.", attribute.NameOffset);
                }
            }
        }
    }

    private bool ReadEndTag()
    {
        if (_elementCount == 0)
        {
            throw Error(_rootSeen ? "Unexpected end tag." : "Data at the root level is invalid.", _pos + 1);
        }

        var nameOffset = _pos + 2;
        ref var open = ref _elements[_elementCount - 1];
        var nameEnd = nameOffset + open.NameLength;
        if (nameEnd < _end && SameChars(_text, nameOffset, _text, open.NameOffset, open.NameLength)
            && (_text[nameEnd] == '>' || IsWhitespace(_text[nameEnd])))
        {
            // The usual case: the start tag's name, then the end.
            _pos = nameEnd;
        }
        else
        {
            _pos = nameOffset;
            ScanQualifiedName(out nameEnd);
        }

        if (nameEnd - nameOffset != open.NameLength || !SameChars(_text, nameOffset, _text, open.NameOffset, open.NameLength))
        {
            var (line, column) = Line(open.NameOffset);
            throw Error(
                "The '" + _text.Substring(open.NameOffset, open.NameLength) + "' start tag on line " + line.ToString(CultureInfo.InvariantCulture)
                + " position " + column.ToString(CultureInfo.InvariantCulture) + " does not match the end tag of '"
                + _text.Substring(nameOffset, nameEnd - nameOffset) + "'.",
                nameOffset);
        }

        SkipWhitespace();
        if (CharAt(_pos) != '>')
        {
            throw _pos >= _end ? AtEndError() : Error("'" + CharAt(_pos) + "' is an unexpected token. The expected token is '>'.", _pos);
        }

        _pos++;
        _nodeType = XmlNodeKind.EndElement;
        _isEmptyElement = false;
        _attributeCount = 0;
        _nodeOffset = nameOffset;

        // The names are the start tag's, in the frame popped on the next Read.
        _popPending = true;
        return true;
    }

    private bool ReadText()
    {
        var text = _text;
        var end = _end;
        var start = _pos;
        var pos = start;
        var firstData = -1;
        var plain = true;

        // Indentation between elements, most of the text in libvirt's documents: passed with the least work per
        // character. The loop below would treat these characters the same way.
#if NET
        pos = SkipIndentation(text, pos, end);
#endif
        while (pos < end && text[pos] is ' ' or '\n' or '\t')
        {
            pos++;
        }

        while (pos < end)
        {
            var c = text[pos];
            if (c == '<')
            {
                break;
            }

            if (firstData < 0 && c is not (' ' or '\n' or '\t' or '\r'))
            {
                firstData = pos;
                RefuseDataOutsideTheRoot(firstData);
            }

            if (c > ' ' && c < '\uD800' && c != '&' && c != ']')
            {
                // Most characters of a text.
                pos++;
                continue;
            }

            switch (c)
            {
                case ' ':
                case '\n':
                case '\t':
                    break;
                case '\r':
                    plain = false;
                    break;
                case '&':
                    pos = ReadReference(pos, null);
                    plain = false;
                    continue;
                case ']':
                    if (StartsWith(pos, "]]>"))
                    {
                        throw Error("']]>' is not allowed in character data.", pos);
                    }

                    break;
                default:
                    if (c < ' ' || c >= '\uD800')
                    {
                        pos = CheckCharacter(pos);
                        continue;
                    }

                    break;
            }

            pos++;
        }

        _pos = pos;
        if (_elementCount == 0 && pos >= end && _overLimit)
        {
            throw LimitError();
        }

        _nodeType = firstData < 0 ? XmlNodeKind.Whitespace : XmlNodeKind.Text;
        _value = null;
        _valueStart = start;
        _valueEnd = pos;
        _valuePlain = plain;
        _nodeOffset = start;
        _attributeCount = 0;
        return true;
    }

    /// <summary>Outside the root element only whitespace (and markup) may appear.</summary>
    private void RefuseDataOutsideTheRoot(int offset)
    {
        if (_elementCount == 0)
        {
            throw Error("Data at the root level is invalid.", offset);
        }
    }

    /// <summary>A text's value, cut on every call for the same reason as <see cref="AttributeValue"/> (CDATA sets <see cref="_value"/>).</summary>
    private string TextValue() =>
        _valuePlain ? _text.Substring(_valueStart, _valueEnd - _valueStart) : DecodeText(_valueStart, _valueEnd);

    /// <summary>Expands references and normalizes CR LF and lone CR to LF.</summary>
    private string DecodeText(int start, int end)
    {
        var value = new StringBuilder(end - start);
        for (var i = start; i < end;)
        {
            var c = _text[i];
            if (c == '&')
            {
                i = ReadReference(i, value);
                continue;
            }

            if (c == '\r')
            {
                value.Append('\n');
                i += i + 1 < end && _text[i + 1] == '\n' ? 2 : 1;
                continue;
            }

            value.Append(c);
            i++;
        }

        return value.ToString();
    }

    private bool ReadCData()
    {
        if (_elementCount == 0)
        {
            throw Error("Data at the root level is invalid.", _pos);
        }

        var start = _pos + 9;
        _pos = start;
        var plain = true;
        while (true)
        {
            if (_pos >= _end)
            {
                throw AtEndError();
            }

            var c = _text[_pos];
            if (c == ']' && StartsWith(_pos, "]]>"))
            {
                break;
            }

            if (c == '\r')
            {
                plain = false;
            }
            else if (c < ' ' && c is not ('\t' or '\n') || c >= '\uD800')
            {
                CheckCharacter();
                continue;
            }

            _pos++;
        }

        var content = _text.Substring(start, _pos - start);
        _pos += 3;
        _nodeType = XmlNodeKind.CDATA;
        _value = plain ? content : content.Replace("\r\n", "\n").Replace('\r', '\n');
        _nodeOffset = start;
        _attributeCount = 0;
        return true;
    }

    private void SkipComment()
    {
        var start = _pos;
        _pos += 4;
        while (true)
        {
            if (_pos >= _end)
            {
                throw AtEndError();
            }

            var c = _text[_pos];
            if (c == '-' && CharAt(_pos + 1) == '-')
            {
                if (CharAt(_pos + 2) == '>')
                {
                    _pos += 3;
                    return;
                }

                if (_pos + 2 >= _end)
                {
                    throw AtEndError();
                }

                throw Error("An XML comment cannot contain '--', and '-' cannot be the last character.", _pos);
            }

            if (c < ' ' && c is not ('\t' or '\n' or '\r') || c >= '\uD800')
            {
                CheckCharacter();
                continue;
            }

            _pos++;
        }

        // Unreachable; the loop returns or throws.
        throw Error("Unexpected end of file while parsing Comment has occurred.", start);
    }

    private void SkipProcessingInstruction()
    {
        var targetOffset = _pos + 2;
        _pos = targetOffset;
        if (_pos >= _end)
        {
            throw AtEndError();
        }

        var colon = ScanQualifiedName(out var targetEnd);
        if (colon >= 0)
        {
            throw Error("':' is not allowed in the name of a processing instruction.", colon);
        }

        if (targetEnd - targetOffset == 3 && string.Compare(_text, targetOffset, "xml", 0, 3, StringComparison.OrdinalIgnoreCase) == 0)
        {
            throw Error(
                SameChars(_text, targetOffset, "xml", 0, 3)
                    ? "Unexpected XML declaration. The XML declaration must be the first node in the document, and no whitespace characters are allowed to appear before it."
                    : "'" + _text.Substring(targetOffset, 3) + "' is an invalid name for processing instructions.",
                targetOffset);
        }

        if (StartsWith(_pos, "?>"))
        {
            _pos += 2;
            return;
        }

        if (_pos >= _end)
        {
            throw AtEndError();
        }

        if (!IsWhitespace(_text[_pos]))
        {
            throw Error("The '" + _text[_pos] + "' character, hexadecimal value 0x" + ((int)_text[_pos]).ToString("X", CultureInfo.InvariantCulture) + ", cannot be included in a name.", _pos);
        }

        while (true)
        {
            if (_pos >= _end)
            {
                throw AtEndError();
            }

            var c = _text[_pos];
            if (c == '?' && CharAt(_pos + 1) == '>')
            {
                _pos += 2;
                return;
            }

            if (c < ' ' && c is not ('\t' or '\n' or '\r') || c >= '\uD800')
            {
                CheckCharacter();
                continue;
            }

            _pos++;
        }
    }

    /// <summary>
    /// Scans a name with at most one colon, which must separate two non-empty parts; returns the colon's offset or -1,
    /// and where the name ends.
    /// </summary>
    private int ScanQualifiedName(out int end)
    {
        var text = _text;
        var textEnd = _end;
        var start = _pos;
        var pos = start;
        var colon = -1;
        if (pos >= textEnd)
        {
            throw AtEndError();
        }

        if (!IsNameStart(start))
        {
            throw NameStartError(start);
        }

        var nameCharacters = AsciiNameCharacters;
        while (pos < textEnd)
        {
            var c = text[pos];
            if (c < 0x80)
            {
                if (nameCharacters[c])
                {
                    pos++;
                    continue;
                }

                if (c == ':')
                {
                    if (colon >= 0 || pos + 1 >= textEnd || !IsNameStart(pos + 1))
                    {
                        throw Error("The ':' character, hexadecimal value 0x3A, cannot be included in a name.", pos);
                    }

                    colon = pos++;
                    continue;
                }

                break;
            }

            // Characters beyond U+FFFF are not name characters to XmlReader, whatever XML 1.0's fifth edition says.
            if (!System.Xml.XmlConvert.IsNCNameChar(c))
            {
                break;
            }

            pos++;
        }

        _pos = pos;
        if (pos >= textEnd)
        {
            // Something must follow every name ('>', '=', ';', whitespace): the text ended inside markup.
            throw AtEndError();
        }

        end = pos;
        return colon;
    }

    /// <summary>Whether a name can go on with <paramref name="c"/> (not ':').</summary>
    private static bool IsNameCharacter(char c) => c < 0x80 ? AsciiNameCharacters[c] : System.Xml.XmlConvert.IsNCNameChar(c);

    /// <summary>Whether a name can start at <paramref name="offset"/>: a letter, '_' or a non-ASCII name start character (not ':').</summary>
    private bool IsNameStart(int offset)
    {
        var c = _text[offset];
        if (c < 0x80)
        {
            return c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or '_';
        }

        return System.Xml.XmlConvert.IsStartNCNameChar(c);
    }

    private XmlParseException NameStartError(int offset)
    {
        var c = _text[offset];
        return Error("Name cannot begin with the '" + c + "' character, hexadecimal value 0x" + ((int)c).ToString("X2", CultureInfo.InvariantCulture) + ".", offset);
    }

    /// <summary>
    /// Reads the reference at <paramref name="pos"/> (on its '&amp;'), appending what it stands for to
    /// <paramref name="value"/> unless that is null (the scan only checks); returns the position after it. It leaves
    /// <see cref="_pos"/> alone, so that a value can be decoded whenever it is asked for.
    /// </summary>
    private int ReadReference(int pos, StringBuilder? value)
    {
        var i = pos + 1;
        if (i >= _end)
        {
            throw AtEndError();
        }

        if (_text[i] == '#')
        {
            i++;
            var hex = i < _end && _text[i] == 'x';
            if (hex)
            {
                i++;
            }

            var digitsStart = i;
            var code = 0;
            while (i < _end && _text[i] != ';')
            {
                var digit = HexDigit(_text[i]);
                if (digit < 0 || (!hex && digit > 9))
                {
                    throw Error("Invalid syntax for a " + (hex ? "hexadecimal" : "decimal") + " numeric entity reference.", i);
                }

                code = code * (hex ? 16 : 10) + digit;
                if (code > 0x10FFFF)
                {
                    throw Error("Invalid value of a character entity reference.", pos);
                }

                i++;
            }

            if (i >= _end)
            {
                throw AtEndError();
            }

            if (i == digitsStart)
            {
                throw Error("Invalid syntax for a " + (hex ? "hexadecimal" : "decimal") + " numeric entity reference.", i);
            }

            if (!IsXmlCodePoint(code))
            {
                throw Error("Invalid value of a character entity reference.", pos);
            }

            if (code > 0xFFFF)
            {
                value?.Append(char.ConvertFromUtf32(code));
            }
            else
            {
                value?.Append((char)code);
            }

            return i + 1;
        }

        if (!IsNameStart(i))
        {
            throw NameStartError(i);
        }

        var nameEnd = i + 1;
        while (nameEnd < _end && IsNameCharacter(_text[nameEnd]))
        {
            nameEnd++;
        }

        if (nameEnd >= _end)
        {
            throw AtEndError();
        }

        if (_text[nameEnd] != ';')
        {
            // A ':' stops the name too: entity names have no prefix.
            throw Error("An error occurred while parsing EntityName.", nameEnd);
        }

        var expansion = PredefinedEntity(i, nameEnd - i);
        if (expansion == '\0')
        {
            throw Error("Reference to undeclared entity '" + _text.Substring(i, nameEnd - i) + "'.", i);
        }

        value?.Append(expansion);
        return nameEnd + 1;
    }

    /// <summary>The character a predefined entity stands for, or '\0' when the name is not one of them.</summary>
    private char PredefinedEntity(int start, int length) => length switch
    {
        2 when _text[start + 1] == 't' => _text[start] switch { 'l' => '<', 'g' => '>', _ => '\0' },
        3 when SameChars(_text, start, "amp", 0, 3) => '&',
        4 when SameChars(_text, start, "apos", 0, 4) => '\'',
        4 when SameChars(_text, start, "quot", 0, 4) => '"',
        _ => '\0',
    };

    private static int HexDigit(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    private static bool IsXmlCodePoint(int code) =>
        code is 0x9 or 0xA or 0xD or >= 0x20 and <= 0xD7FF or >= 0xE000 and <= 0xFFFD or >= 0x10000 and <= 0x10FFFF;

    /// <summary>Checks the character at <see cref="_pos"/> (a control character or a surrogate) and moves past it.</summary>
    private void CheckCharacter() => _pos = CheckCharacter(_pos);

    /// <summary>Checks the character at <paramref name="pos"/> (a control character or a surrogate); returns the position after it.</summary>
    private int CheckCharacter(int pos)
    {
        var c = _text[pos];
        if (c is '\t' or '\n' or '\r' || c >= ' ' && c < '\uD800' || c >= '\uE000' && c <= '\uFFFD')
        {
            return pos + 1;
        }

        if (char.IsHighSurrogate(c) && pos + 1 < _end && char.IsLowSurrogate(_text[pos + 1]))
        {
            return pos + 2;
        }

        if (char.IsHighSurrogate(c) && pos + 1 >= _end && _overLimit)
        {
            throw LimitError();
        }

        throw Error("'" + (c < ' ' ? "." : c.ToString()) + "', hexadecimal value 0x" + ((int)c).ToString("X2", CultureInfo.InvariantCulture) + ", is an invalid character.", pos);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool SkipWhitespace()
    {
        var text = _text;
        var start = _pos;
        var pos = start;
        while (pos < _end && text[pos] is ' ' or '\n' or '\t' or '\r')
        {
            pos++;
        }

        _pos = pos;
        return pos != start;
    }

    private static bool IsWhitespace(char c) => c is ' ' or '\n' or '\t' or '\r';

    private bool StartsWith(int offset, string literal) =>
        offset + literal.Length <= _end && SameChars(_text, offset, literal, 0, literal.Length);

    /// <summary>
    /// An ordinal comparison of two runs of characters, for names and keywords, which are short: four characters at a
    /// time, then one by one. Not string.CompareOrdinal, whose precompiled vectorized code is rejected and compiled again
    /// on first use on machines with wider vectors, nor MemoryExtensions, whose first use loads the System.Memory facade
    /// (a tenth of a millisecond in a fresh process). The caller guarantees both runs lie within their strings.
    /// </summary>
    internal static bool SameChars(string a, int aStart, string b, int bStart, int length)
    {
        var i = 0;
#if NET
        ref var x = ref Unsafe.Add(ref Unsafe.AsRef(in a.GetPinnableReference()), aStart);
        ref var y = ref Unsafe.Add(ref Unsafe.AsRef(in b.GetPinnableReference()), bStart);
        for (; i + 4 <= length; i += 4)
        {
            if (Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref x, i)))
                != Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref y, i))))
            {
                return false;
            }
        }
#endif
        for (; i < length; i++)
        {
            if (a[aStart + i] != b[bStart + i])
            {
                return false;
            }
        }

        return true;
    }

    private char CharAt(int offset) => offset < _end ? _text[offset] : '\0';

    private int IndexOfAttribute(string name)
    {
        if (_nodeType != XmlNodeKind.Element)
        {
            return -1;
        }

        for (var i = 0; i < _attributeCount; i++)
        {
            ref var attribute = ref _attributes[i];
            if (attribute.NameLength == name.Length && SameChars(_text, attribute.NameOffset, name, 0, name.Length))
            {
                return i;
            }
        }

        return -1;
    }

    private int IndexOfAttribute(string localName, string namespaceUri)
    {
        if (_nodeType != XmlNodeKind.Element)
        {
            return -1;
        }

        for (var i = 0; i < _attributeCount; i++)
        {
            if (_names.NamesById[_attributes[i].LocalName] == localName && (_attributes[i].NamespaceUri ?? string.Empty) == namespaceUri)
            {
                return i;
            }
        }

        return -1;
    }

    private string OpenElementNames()
    {
        var names = new StringBuilder();
        for (var i = _elementCount - 1; i >= 0; i--)
        {
            var (line, column) = Line(_elements[i].NameOffset);
            if (names.Length != 0)
            {
                names.Append(' ');
            }

            names.Append(_text, _elements[i].NameOffset, _elements[i].NameLength)
                .Append(' ').Append(line.ToString(CultureInfo.InvariantCulture))
                .Append(", ").Append(column.ToString(CultureInfo.InvariantCulture));
        }

        return names.ToString();
    }

    /// <summary>The line and column of a text offset; CR LF, CR and LF each end a line.</summary>
    private (int Line, int Column) Line(int offset)
    {
        if (offset < _lineOffset)
        {
            _lineOffset = 0;
            _lineNumber = 1;
            _lineStart = 0;
        }

        var limit = Math.Min(offset, _text.Length);
        for (var i = _lineOffset; i < limit; i++)
        {
            var c = _text[i];
            if (c == '\n' || c == '\r' && (i + 1 >= _text.Length || _text[i + 1] != '\n'))
            {
                _lineNumber++;
                _lineStart = i + 1;
            }
        }

        _lineOffset = Math.Max(limit, _lineOffset);
        return (_lineNumber, offset - _lineStart + 1);
    }

    private XmlParseException Error(string message, int offset)
    {
        _state = XmlParseState.Error;
        var (line, column) = Line(offset);
        return new XmlParseException(message, line, column);
    }

    /// <summary>The text ended (or reached the character limit) in the middle of markup.</summary>
    private XmlParseException AtEndError() =>
        _overLimit ? LimitError() : Error("Unexpected end of file has occurred.", _markupStart);

    /// <summary>Like XmlReader's, without a position: the caller reports where it was when the limit was reached.</summary>
    private XmlParseException LimitError()
    {
        _state = XmlParseState.Error;
        return new XmlParseException("The input document has exceeded a limit set by MaxCharactersInDocument.", 0, 0);
    }

    /// <summary>Which ASCII characters may continue a name (letters, digits, '-', '.', '_'; not ':').</summary>
    private static readonly bool[] AsciiNameCharacters = CreateAsciiNameCharacters();

#if NET
    // Four characters at a time (one ulong, a 16-bit lane per character) in the loops that see most characters of a
    // document. Not Vector128: its first use loads the System.Runtime.Intrinsics facade, which costs a process's first
    // read more than these loops save in it. Each returns the position of the first character that needs a closer
    // look, or one within four characters of the end, for the character-by-character loop to go on from. Lane 0 is
    // the first character on little-endian machines only; elsewhere they pass nothing (the JIT drops the test).

    private const ulong LaneHighBits = 0x8000_8000_8000_8000UL;
    private const ulong LaneLowBits = 0x7FFF_7FFF_7FFF_7FFFUL;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong ReadFourCharacters(ref byte text, int pos) => Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref text, (nint)pos * 2));

    /// <summary>The lanes of <paramref name="lanes"/> that are not zero, as their high bits; exact lane by lane (no carry crosses a lane).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong NonZeroLanes(ulong lanes) => (((lanes & LaneLowBits) + LaneLowBits) | lanes) & LaneHighBits;

    /// <summary>Passes characters from '(' up to U+D7FF except '&lt;': what most of an attribute value is.</summary>
    private static int SkipPlainValueCharacters(string text, int pos, int end)
    {
        if (!BitConverter.IsLittleEndian)
        {
            return pos;
        }

        ref var first = ref Unsafe.As<char, byte>(ref Unsafe.AsRef(in text.GetPinnableReference()));
        for (; pos + 4 <= end; pos += 4)
        {
            var x = ReadFourCharacters(ref first, pos);
            // Lanes below '(' (the borrow of one can only mark lanes above it, so the lowest mark is exact)...
            var below = (x - 0x0028_0028_0028_0028UL) & ~x;
            // ... lanes that are '<' ...
            var angle = ~NonZeroLanes(x ^ 0x003C_003C_003C_003CUL);
            // ... and lanes from U+D800 (top bits 11011, 111xx or 1110x: bit 15, bit 14, and bit 13 or bits 12 and 11).
            var surrogate = x & (x << 1) & ((x << 2) | ((x << 3) & (x << 4)));
            var stops = (below | angle | surrogate) & LaneHighBits;
            if (stops != 0)
            {
                return pos + (System.Numerics.BitOperations.TrailingZeroCount(stops) >> 4);
            }
        }

        return pos;
    }

    /// <summary>Passes spaces, line feeds and tabs: the indentation between elements.</summary>
    private static int SkipIndentation(string text, int pos, int end)
    {
        if (!BitConverter.IsLittleEndian)
        {
            return pos;
        }

        ref var first = ref Unsafe.As<char, byte>(ref Unsafe.AsRef(in text.GetPinnableReference()));
        for (; pos + 4 <= end; pos += 4)
        {
            var x = ReadFourCharacters(ref first, pos);
            var stops = NonZeroLanes(x ^ 0x0020_0020_0020_0020UL) & NonZeroLanes(x ^ 0x000A_000A_000A_000AUL) & NonZeroLanes(x ^ 0x0009_0009_0009_0009UL);
            if (stops != 0)
            {
                return pos + (System.Numerics.BitOperations.TrailingZeroCount(stops) >> 4);
            }
        }

        return pos;
    }
#endif

    private static bool[] CreateAsciiNameCharacters()
    {
        var table = new bool[128];
        for (var c = 0; c < 128; c++)
        {
            table[c] = c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '-' or '.' or '_';
        }

        return table;
    }

    /// <summary>
    /// The name table and arrays of the last reader closed, for the next reader: most programs read documents of one
    /// kind, whose names are then found instead of allocated again. One set is kept (taken and returned atomically, so
    /// threads never share one); a table grown large by some document is let go.
    /// </summary>
    private sealed class ReusableBuffers
    {
        private const int MaxNamesKept = 1024;
        private static object? s_kept;

        public XmlAtomTable Names = new();
        public Attribute[] Attributes = new Attribute[8];
        public Element[] Elements = new Element[16];
        public Declaration[] Declarations = new Declaration[8];

        public static ReusableBuffers Take() => Interlocked.Exchange(ref s_kept, null) as ReusableBuffers ?? new ReusableBuffers();

        public static void Return(ReusableBuffers buffers)
        {
            if (buffers.Names.Count > MaxNamesKept || buffers.Names.GaveUp)
            {
                return;
            }

            // Drop the strings the last document held on to.
            Array.Clear(buffers.Attributes, 0, buffers.Attributes.Length);
            Array.Clear(buffers.Elements, 0, buffers.Elements.Length);
            Array.Clear(buffers.Declarations, 0, buffers.Declarations.Length);
            s_kept = buffers;
        }
    }

    private struct Attribute
    {
        public int NameOffset;
        public int NameLength;
        public int Prefix; // ids in the name table; XmlAtomTable.None for none
        public int LocalName;
        public string? NamespaceUri; // null for none
        public int ValueStart;
        public int ValueEnd;
        public bool Plain;
    }

    private struct Element
    {
        public int NameOffset;
        public int NameLength;
        public int DeclarationsBefore;
        public int Prefix; // ids in the name table; XmlAtomTable.None for none
        public int LocalName;
        public string? NamespaceUri; // null for none
    }

    private struct Declaration
    {
        public string Prefix;
        public string Uri;
    }
}

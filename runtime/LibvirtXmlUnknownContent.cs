using System.Collections.Generic;
using System.Xml.Linq;

namespace LibvirtXml;

/// <summary>
/// What an element holds that the grammar does not describe: its unknown attributes and unknown child elements,
/// each list created on first use. Generated classes keep one of these, created only when there is such content,
/// and expose its lists as <c>UnknownAttributes</c> and <c>UnknownElements</c>.
/// </summary>
/// <remarks>
/// The class names LINQ to XML types only through its fields' and members' signatures: code that merely passes a
/// (usually null) instance along, as generated read and write code does, does not load LINQ to XML.
/// </remarks>
public sealed class LibvirtXmlUnknownContent
{
    private List<XAttribute>? _attributes;
    private List<XElement>? _elements;

    /// <summary>
    /// The unknown attributes, in document order, with their namespace declarations; created on first use.
    /// Ones read from a document are written back after the known attribute they followed, ones added in code last.
    /// </summary>
    public List<XAttribute> Attributes
    {
        get => _attributes ??= new List<XAttribute>();
        set => _attributes = value;
    }

    /// <summary>
    /// The unknown child elements, in document order; created on first use. Ones read from a document are written
    /// back after the known element they followed, ones added in code last.
    /// </summary>
    public List<XElement> Elements
    {
        get => _elements ??= new List<XElement>();
        set => _elements = value;
    }

    /// <summary>Whether there is at least one unknown attribute; creates no list.</summary>
    public bool HasAttributes => _attributes is { Count: > 0 };

    /// <summary>Whether there is at least one unknown child element; creates no list.</summary>
    public bool HasElements => _elements is { Count: > 0 };

    /// <summary>Whether there is neither an unknown attribute nor an unknown child element; creates no list.</summary>
    public bool IsEmpty => !HasAttributes && !HasElements;

    /// <summary>The field behind <see cref="Attributes"/>, without creating the list: for the reader's <c>ref List</c> helpers and the writer.</summary>
    internal ref List<XAttribute>? AttributesField => ref _attributes;

    /// <summary>The field behind <see cref="Elements"/>, without creating the list: for the reader's <c>ref List</c> helpers and the writer.</summary>
    internal ref List<XElement>? ElementsField => ref _elements;
}

namespace LibvirtXml;

/// <summary>
/// The kinds of node <see cref="XmlTextParser"/> reports, with the values of <see cref="System.Xml.XmlNodeType"/>'s
/// members of the same names (so converting is a cast). The library's own type, so that reading a string does not load
/// System.Private.Xml.
/// </summary>
internal enum XmlNodeKind
{
    None = 0,
    Element = 1,
    Attribute = 2,
    Text = 3,
    CDATA = 4,
    EntityReference = 5,
    Entity = 6,
    ProcessingInstruction = 7,
    Comment = 8,
    Document = 9,
    DocumentType = 10,
    DocumentFragment = 11,
    Notation = 12,
    Whitespace = 13,
    SignificantWhitespace = 14,
    EndElement = 15,
    EndEntity = 16,
    XmlDeclaration = 17,
}

using System;
using System.Xml;

namespace LibvirtXml;

/// <summary>
/// The library's own parser (<see cref="XmlTextParser"/>) behind the <see cref="XmlReader"/> API, for callers of
/// <see cref="LibvirtXmlDocument.CreateReader(string, LibvirtXmlReaderOptions?)"/> and for
/// <see cref="LibvirtXmlReader.Reader"/> when the library reads text itself. Every member forwards; errors become the
/// <see cref="XmlException"/>s <see cref="XmlReader"/> throws.
/// </summary>
internal sealed class XmlStringReader : XmlReader, IXmlLineInfo
{
    private XmlAtomNameTable? _nameTable;

    public XmlStringReader(string text, long maxCharacters)
        : this(new XmlTextParser(text, maxCharacters))
    {
    }

    public XmlStringReader(XmlTextParser parser) => Parser = parser;

    /// <summary>The parser this reader shows.</summary>
    internal XmlTextParser Parser { get; }

    public override XmlNodeType NodeType => (XmlNodeType)Parser.NodeType;

    public override string LocalName => Parser.LocalName;

    public override string Prefix => Parser.Prefix;

    public override string NamespaceURI => Parser.NamespaceURI;

    public override string Value => Parser.Value;

    public override int Depth => Parser.Depth;

    public override bool IsEmptyElement => Parser.IsEmptyElement;

    public override int AttributeCount => Parser.AttributeCount;

    public override string BaseURI => string.Empty;

    public override bool EOF => Parser.EOF;

    public override ReadState ReadState => (ReadState)Parser.ReadState;

    public override XmlNameTable NameTable => _nameTable ??= new XmlAtomNameTable(Parser.NameTable);

    public int LineNumber => Parser.LineNumber;

    public int LinePosition => Parser.LinePosition;

    public bool HasLineInfo() => true;

    public override bool Read()
    {
        try
        {
            return Parser.Read();
        }
        catch (XmlParseException e)
        {
            throw e.ToXmlException();
        }
    }

    public override bool MoveToFirstAttribute() => Parser.MoveToFirstAttribute();

    public override bool MoveToNextAttribute() => Parser.MoveToNextAttribute();

    public override bool MoveToElement() => Parser.MoveToElement();

    public override void MoveToAttribute(int i) => Parser.MoveToAttribute(i);

    public override bool MoveToAttribute(string name) => Parser.MoveToAttribute(name);

    public override bool MoveToAttribute(string name, string? ns) => Parser.MoveToAttribute(name, ns);

    public override string GetAttribute(int i) => Parser.GetAttribute(i);

    public override string? GetAttribute(string name) => Parser.GetAttribute(name);

    public override string? GetAttribute(string name, string? namespaceURI) => Parser.GetAttribute(name, namespaceURI);

    public override string? LookupNamespace(string prefix) => Parser.LookupPrefix(prefix);

    public override bool ReadAttributeValue() => Parser.ReadAttributeValue();

    public override void ResolveEntity() => throw new InvalidOperationException("There are no entity references to resolve.");

    public override void Close() => Parser.Close();

    /// <summary>The parser's name table as an <see cref="XmlNameTable"/>: the same atoms.</summary>
    private sealed class XmlAtomNameTable : XmlNameTable
    {
        private readonly XmlAtomTable _atoms;

        public XmlAtomNameTable(XmlAtomTable atoms) => _atoms = atoms;

        public override string Add(string key) => _atoms.Add(key);

        public override string Add(char[] key, int start, int len) => _atoms.Add(new string(key, start, len));

        public override string? Get(string value) => _atoms.Get(value);

        public override string? Get(char[] key, int start, int len) => _atoms.Get(new string(key, start, len));
    }
}

using System.Collections.Generic;
using System.Xml.Linq;

namespace LibvirtXml;

/// <summary>
/// What the runtime's hand-written libvirt types share: the content of their element that the grammar does not describe,
/// kept when reading and written back where it was.
/// </summary>
public abstract class LibvirtXmlElement
{
    /// <summary>Created only when there is unknown content, so that reading and writing without any loads no LINQ to XML.</summary>
    private protected LibvirtXmlUnknownContent? _unknownContent;

    private protected LibvirtXmlElement()
    {
    }

    /// <summary>
    /// Attributes the grammar does not describe, or in another namespace: kept when reading and written back after the
    /// known attribute they followed. Ones added here are written last.
    /// </summary>
    public List<XAttribute> UnknownAttributes { get => (_unknownContent ??= new LibvirtXmlUnknownContent()).Attributes; set => (_unknownContent ??= new LibvirtXmlUnknownContent()).Attributes = value; }

    /// <summary>
    /// Child elements the grammar does not describe (or repeating one that occurs once): kept when reading and written back
    /// after the known element they followed. Ones added here are written last.
    /// </summary>
    public List<XElement> UnknownElements { get => (_unknownContent ??= new LibvirtXmlUnknownContent()).Elements; set => (_unknownContent ??= new LibvirtXmlUnknownContent()).Elements = value; }
}

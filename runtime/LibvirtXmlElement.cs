using System.Collections.Generic;
using System.Xml.Linq;

namespace LibvirtXml;

/// <summary>
/// What the runtime's hand-written libvirt types share: the content of their element that the grammar does not describe,
/// kept when reading and written back where it was.
/// </summary>
public abstract class LibvirtXmlElement
{
    private protected List<XAttribute>? _unknownAttributes;
    private protected List<XElement>? _unknownElements;

    private protected LibvirtXmlElement()
    {
    }

    /// <summary>
    /// Attributes the grammar does not describe, or in another namespace: kept when reading and written back after the
    /// known attribute they followed. Ones added here are written last.
    /// </summary>
    public List<XAttribute> UnknownAttributes { get => _unknownAttributes ??= new List<XAttribute>(); set => _unknownAttributes = value; }

    /// <summary>
    /// Child elements the grammar does not describe (or repeating one that occurs once): kept when reading and written back
    /// after the known element they followed. Ones added here are written last.
    /// </summary>
    public List<XElement> UnknownElements { get => _unknownElements ??= new List<XElement>(); set => _unknownElements = value; }
}

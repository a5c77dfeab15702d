namespace LibvirtXml;

/// <summary>
/// The parts of an element other than a known attribute or child element, as <see cref="LibvirtXmlReader.ReadElement"/>
/// passes them to <see cref="ILibvirtXmlElementReader.ReadPart"/>.
/// </summary>
public static class LibvirtXmlPart
{
    /// <summary>First, on the start tag, after the element was entered: forget the old content and choose the branches.</summary>
    public const int Start = -1;

    /// <summary>Last, after the end tag: take the unknown content (<see cref="LibvirtXmlReader.TakeUnknownContent(ref LibvirtXmlUnknownContent?)"/>).</summary>
    public const int End = -2;

    /// <summary>An attribute whose name is not in the list (or that is in a namespace): perhaps a branch's.</summary>
    public const int OtherAttribute = -3;

    /// <summary>A child element whose name is not in the list (or that is in a namespace): perhaps a branch's.</summary>
    public const int OtherChild = -4;

    /// <summary>
    /// The text content, for <see cref="LibvirtXmlReader.ReadTextElement"/>: read it with
    /// <see cref="LibvirtXmlReader.ReadTextContent"/>.
    /// </summary>
    public const int Text = -5;
}

namespace LibvirtXml;

/// <summary>
/// An object that reads and writes one XML element (its start tag, attributes, content and end tag).
/// Generated element classes implement this interface explicitly.
/// </summary>
public interface ILibvirtXmlSerializable
{
    /// <summary>
    /// Reads the element the reader is positioned on and replaces every property of this object with what
    /// was read (absent attributes and elements become <see langword="null"/> or empty lists).
    /// </summary>
    /// <param name="reader">
    /// Positioned on the element's start tag. On return it is positioned on the node after the element's
    /// end tag (or after the empty element), and its element path is as it was on entry.
    /// See <see cref="LibvirtXmlReader"/> for the calling protocol.
    /// </param>
    void ReadXml(LibvirtXmlReader reader);

    /// <summary>
    /// Writes this object as one complete element: start tag, attributes, content and end tag.
    /// Values that are <see langword="null"/> are not written.
    /// </summary>
    /// <param name="writer">The writer to write to.</param>
    void WriteXml(LibvirtXmlWriter writer);
}

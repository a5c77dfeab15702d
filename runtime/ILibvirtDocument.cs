namespace LibvirtXml;

/// <summary>
/// A top-level libvirt XML document (for example <c>&lt;domainbackup&gt;</c>) that can be parsed from
/// and printed to XML text. Mirrors the <c>Document</c> interface of Go's <c>libvirt.org/go/libvirtxml</c>.
/// </summary>
public interface ILibvirtDocument
{
    /// <summary>
    /// Replaces the whole content of this object with the document in <paramref name="xml"/>.
    /// </summary>
    /// <param name="xml">The XML text of the document.</param>
    /// <exception cref="LibvirtXmlException">The text is not well-formed XML, contains a DTD, has a different
    /// root element, or contains a value the binding cannot represent.</exception>
    void Unmarshal(string xml);

    /// <summary>
    /// Prints this object in libvirt's canonical format: no XML declaration, two-space indentation,
    /// single-quoted attributes, and a final newline.
    /// </summary>
    /// <returns>The XML text of the document.</returns>
    string Marshal();
}

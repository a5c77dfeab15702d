using System.Xml;
using System.Xml.Serialization;

namespace LibvirtXml.Benchmarks;

/// <summary>How the baselines write: as close to libvirt's format as XmlWriter gets (it double-quotes attributes).</summary>
public static class BaselineFormat
{
    public static XmlWriterSettings WriterSettings() => new()
    {
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        OmitXmlDeclaration = true,
    };

    /// <summary>Keeps XmlSerializer from declaring the xsi and xsd namespaces on the root.</summary>
    public static XmlSerializerNamespaces NoNamespaces()
    {
        var namespaces = new XmlSerializerNamespaces();
        namespaces.Add(string.Empty, string.Empty);
        return namespaces;
    }
}

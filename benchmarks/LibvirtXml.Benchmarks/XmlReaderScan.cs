using System.IO;
using System.Xml;

namespace LibvirtXml.Benchmarks;

/// <summary>
/// The floor any XmlReader-based deserializer stands on: one pass over the document that reads every node, every
/// element and attribute name and every attribute and text value, and builds nothing.
/// </summary>
public static class XmlReaderScan
{
    /// <summary>Scans <paramref name="xml"/>; returns a number that depends on everything read, so nothing is optimized away.</summary>
    /// <param name="xml">The document.</param>
    /// <param name="settings">The same settings <c>Unmarshal</c> uses (<see cref="LibvirtXmlSettings.CreateReaderSettings"/>).</param>
    public static int Scan(string xml, XmlReaderSettings settings) => Scan(XmlReader.Create(new StringReader(xml), settings));

    /// <summary>The same pass over any reader, such as the library's own parser (<see cref="LibvirtXmlDocument.CreateReader"/>).</summary>
    /// <param name="reader">A reader before its first node; it is disposed.</param>
    public static int Scan(XmlReader reader)
    {
        var checksum = 0;
        using var _ = reader;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    checksum += reader.LocalName.Length;
                    for (var more = reader.MoveToFirstAttribute(); more; more = reader.MoveToNextAttribute())
                    {
                        checksum += reader.LocalName.Length + reader.Value.Length;
                    }

                    reader.MoveToElement();
                    break;
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                    checksum += reader.Value.Length;
                    break;

                // Whitespace between elements is passed over without materializing it, as Unmarshal does.
            }
        }

        return checksum;
    }
}

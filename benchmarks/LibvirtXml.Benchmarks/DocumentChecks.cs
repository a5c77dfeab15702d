using System;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Serialization;
using LibvirtXml.Benchmarks.Baseline;
using LibvirtXml.Benchmarks.Documents;

namespace LibvirtXml.Benchmarks;

/// <summary>
/// Checked once before any benchmark runs, so that the numbers compare like with like: the generated model reads
/// every document and writes it back byte-identical, and the XmlSerializer baseline writes back the same elements,
/// attributes and text (attribute order and quoting aside), so it carries the same information.
/// </summary>
public static class DocumentChecks
{
    public static void Run()
    {
        var serializer = new XmlSerializer(typeof(XmlSerializerDomainBackup));
        foreach (var document in BenchmarkDocuments.All)
        {
            for (var i = 0; i < document.Texts.Count; i++)
            {
                var text = document.Texts[i];
                var what = document.Name + " #" + (i + 1);
                if (DomainBackup.Parse(text).Marshal() != text)
                {
                    throw new InvalidOperationException(what + ": DomainBackup does not write back what it read");
                }

                var baseline = (XmlSerializerDomainBackup)serializer.Deserialize(new StringReader(text))!;
                var written = new StringWriter();
                using (var writer = XmlWriter.Create(written, BaselineFormat.WriterSettings()))
                {
                    serializer.Serialize(writer, baseline, BaselineFormat.NoNamespaces());
                }

                if (!XNode.DeepEquals(Normalized(text), Normalized(written.ToString())))
                {
                    throw new InvalidOperationException(what + ": the XmlSerializer baseline loses or changes content:\n" + written);
                }
            }
        }
    }

    /// <summary>The document without whitespace-only text and with each element's attributes sorted by name.</summary>
    private static XElement Normalized(string xml)
    {
        var root = XElement.Parse(xml);
        foreach (var element in root.DescendantsAndSelf())
        {
            var attributes = element.Attributes().OrderBy(attribute => attribute.Name.ToString(), StringComparer.Ordinal).ToList();
            element.ReplaceAttributes(attributes);
        }

        return root;
    }
}

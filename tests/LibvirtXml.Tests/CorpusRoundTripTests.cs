using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace LibvirtXml.Tests;

/// <summary>libvirt's own xml2xml corpus through the generated DomainBackup.</summary>
public class CorpusRoundTripTests
{
    [Theory]
    [MemberData(nameof(Corpus.OutputFiles), MemberType = typeof(Corpus))]
    public void Libvirt_canonical_output_marshals_back_byte_identical(string file)
    {
        var xml = File.ReadAllText(Path.Combine(TestPaths.CorpusOut, file));

        Assert.Equal(xml, DomainBackup.Parse(xml).Marshal());
    }

    [Theory]
    [MemberData(nameof(Corpus.InputFiles), MemberType = typeof(Corpus))]
    public void Libvirt_input_documents_round_trip_equivalent_and_valid(string file)
    {
        var xml = File.ReadAllText(Path.Combine(TestPaths.CorpusIn, file));

        var output = DomainBackup.Parse(xml).Marshal();

        XmlEquivalence.AssertEquivalent(xml, output);
        ExternalValidator.AssertValid(TestPaths.UpstreamBackupSchema, output);
    }

    [Theory]
    [MemberData(nameof(Corpus.OutputFiles), MemberType = typeof(Corpus))]
    public void Libvirt_output_documents_round_trip_valid(string file)
    {
        var output = DomainBackup.Parse(File.ReadAllText(Path.Combine(TestPaths.CorpusOut, file))).Marshal();

        ExternalValidator.AssertValid(TestPaths.UpstreamBackupSchema, output);
    }

    [Theory]
    [MemberData(nameof(Corpus.OutputFiles), MemberType = typeof(Corpus))]
    public void Output_does_not_depend_on_attribute_order_child_order_or_quoting(string file)
    {
        var xml = File.ReadAllText(Path.Combine(TestPaths.CorpusOut, file));

        var shuffled = Shuffle(xml);

        Assert.NotEqual(xml, shuffled);
        Assert.Equal(xml, DomainBackup.Parse(shuffled).Marshal());
    }

    [Theory]
    [MemberData(nameof(Corpus.OutputFiles), MemberType = typeof(Corpus))]
    public void Stream_and_text_writer_overloads_write_the_same_bytes_as_the_string(string file)
    {
        var xml = File.ReadAllText(Path.Combine(TestPaths.CorpusOut, file));
        var backup = DomainBackup.Parse(new MemoryStream(Encoding.UTF8.GetBytes(xml)));

        var stream = new MemoryStream();
        backup.Marshal(stream);
        var writer = new StringWriter();
        backup.Marshal(writer);

        Assert.Equal(xml, Encoding.UTF8.GetString(stream.ToArray()));
        Assert.False(stream.ToArray().Take(3).SequenceEqual(new byte[] { 0xEF, 0xBB, 0xBF }), "no byte order mark");
        Assert.Equal(xml, writer.ToString());
    }

    [Theory]
    [MemberData(nameof(Corpus.OutputFiles), MemberType = typeof(Corpus))]
    public void XmlReader_and_XmlWriter_overloads_carry_the_same_document(string file)
    {
        var xml = File.ReadAllText(Path.Combine(TestPaths.CorpusOut, file));
        using var reader = XmlReader.Create(new StringReader(xml));
        var backup = DomainBackup.Parse(reader);

        var output = new StringWriter();
        using (var writer = XmlWriter.Create(output, new XmlWriterSettings { OmitXmlDeclaration = true }))
        {
            backup.Marshal(writer);
        }

        XmlEquivalence.AssertEquivalent(xml, output.ToString());
    }

    /// <summary>
    /// Reverses every element's attributes, reverses the order of its differently named children (repeated
    /// elements keep their relative order, as the grammar's sequences require: the grammar interleaves the rest),
    /// switches to double quotes and drops the indentation.
    /// </summary>
    private static string Shuffle(string xml)
    {
        var document = XDocument.Parse(xml);
        foreach (var element in document.Descendants().ToList())
        {
            var attributes = element.Attributes().Reverse().ToList();
            element.ReplaceAttributes(attributes);
            var children = element.Elements().ToList();
            if (children.Count == 0) continue;
            var names = children.Select(c => c.Name).Distinct().Reverse().ToList();
            var reordered = names.SelectMany(n => children.Where(c => c.Name == n)).ToList();
            element.ReplaceNodes(reordered);
        }
        return document.Root!.ToString(SaveOptions.DisableFormatting);
    }
}

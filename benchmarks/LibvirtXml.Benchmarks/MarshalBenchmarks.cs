using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Serialization;
using BenchmarkDotNet.Attributes;
using LibvirtXml.Benchmarks.Baseline;
using LibvirtXml.Benchmarks.Documents;

namespace LibvirtXml.Benchmarks;

/// <summary>
/// Writing a string: the generated <c>Marshal</c> against XmlSerializer's <c>Serialize</c> (the baseline, ratio 1)
/// and <c>XDocument.Save</c>, the latter two through an XmlWriter formatting as libvirt does (indented, no declaration).
/// </summary>
[MemoryDiagnoser]
public class MarshalBenchmarks
{
    private readonly XmlSerializer _serializer = new(typeof(XmlSerializerDomainBackup));
    private readonly XmlSerializerNamespaces _noNamespaces = BaselineFormat.NoNamespaces();
    private readonly XmlWriterSettings _writerSettings = BaselineFormat.WriterSettings();
    private DomainBackup[] _backups = [];
    private XmlSerializerDomainBackup[] _baselineBackups = [];
    private XDocument[] _documents = [];

    public static IEnumerable<BenchmarkDocument> Documents => BenchmarkDocuments.All;

    [ParamsSource(nameof(Documents))]
    public BenchmarkDocument Document { get; set; } = null!;

    [GlobalSetup]
    public void ReadDocuments()
    {
        _backups = Document.Texts.Select(DomainBackup.Parse).ToArray();
        _baselineBackups = Document.Texts.Select(text => (XmlSerializerDomainBackup)_serializer.Deserialize(new StringReader(text))!).ToArray();
        _documents = Document.Texts.Select(text => XDocument.Parse(text)).ToArray();
    }

    [Benchmark(Baseline = true, Description = "XmlSerializer.Serialize")]
    public string XmlSerializerSerialize()
    {
        var last = string.Empty;
        foreach (var backup in _baselineBackups)
        {
            var text = new StringWriter();
            using (var writer = XmlWriter.Create(text, _writerSettings))
            {
                _serializer.Serialize(writer, backup, _noNamespaces);
            }

            last = text.ToString();
        }

        return last;
    }

    [Benchmark(Description = "DomainBackup.Marshal")]
    public string Marshal()
    {
        var last = string.Empty;
        foreach (var backup in _backups)
        {
            last = backup.Marshal();
        }

        return last;
    }

    [Benchmark(Description = "XDocument.Save")]
    public string XDocumentSave()
    {
        var last = string.Empty;
        foreach (var document in _documents)
        {
            var text = new StringWriter();
            using (var writer = XmlWriter.Create(text, _writerSettings))
            {
                document.Save(writer);
            }

            last = text.ToString();
        }

        return last;
    }
}

using System.Collections.Generic;
using System.IO;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Serialization;
using BenchmarkDotNet.Attributes;
using LibvirtXml.Benchmarks.Baseline;
using LibvirtXml.Benchmarks.Documents;

namespace LibvirtXml.Benchmarks;

/// <summary>
/// Reading: the generated <c>Parse</c> (a new object's <c>Unmarshal</c>) against the bare XmlReader scan (the baseline, ratio 1),
/// XmlSerializer's <c>Deserialize</c> and <c>XDocument.Load</c>, all over readers with Unmarshal's settings.
/// </summary>
[MemoryDiagnoser]
public class UnmarshalBenchmarks
{
    private readonly XmlReaderSettings _settings = LibvirtXmlSettings.CreateReaderSettings();
    private readonly XmlSerializer _serializer = new(typeof(XmlSerializerDomainBackup));

    public static IEnumerable<BenchmarkDocument> Documents => BenchmarkDocuments.All;

    [ParamsSource(nameof(Documents))]
    public BenchmarkDocument Document { get; set; } = null!;

    [Benchmark(Baseline = true, Description = "XmlReader scan")]
    public int Scan()
    {
        var checksum = 0;
        foreach (var text in Document.Texts)
        {
            checksum += XmlReaderScan.Scan(text, _settings);
        }

        return checksum;
    }

    /// <summary>The same scan over the parser Parse reads with: how much of Parse is building the objects.</summary>
    [Benchmark(Description = "LibvirtXml parser scan")]
    public int ParserScan()
    {
        var checksum = 0;
        foreach (var text in Document.Texts)
        {
            checksum += XmlReaderScan.Scan(LibvirtXmlDocument.CreateReader(text));
        }

        return checksum;
    }

    [Benchmark(Description = "DomainBackup.Parse")] // new DomainBackup().Unmarshal(text)
    public DomainBackup? Parse()
    {
        DomainBackup? last = null;
        foreach (var text in Document.Texts)
        {
            last = DomainBackup.Parse(text);
        }

        return last;
    }

    [Benchmark(Description = "XmlSerializer.Deserialize")]
    public object? XmlSerializerDeserialize()
    {
        object? last = null;
        foreach (var text in Document.Texts)
        {
            using var reader = XmlReader.Create(new StringReader(text), _settings);
            last = _serializer.Deserialize(reader);
        }

        return last;
    }

    [Benchmark(Description = "XDocument.Load")]
    public XDocument? XDocumentLoad()
    {
        XDocument? last = null;
        foreach (var text in Document.Texts)
        {
            using var reader = XmlReader.Create(new StringReader(text), _settings);
            last = XDocument.Load(reader);
        }

        return last;
    }
}

using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Xml;
using System.Xml.Serialization;
using LibvirtXml.Benchmarks.Baseline;

namespace LibvirtXml.ColdStart;

/// <summary>What one fresh process measures: the first read and the first write of a document, in milliseconds.</summary>
public readonly record struct ColdMeasurement(double ReadMilliseconds, double WriteMilliseconds)
{
    public double TotalMilliseconds => ReadMilliseconds + WriteMilliseconds;

    /// <summary>The first <c>DomainBackup.Parse</c> (Unmarshal) and <c>Marshal</c> in this process.</summary>
    public static ColdMeasurement Generated(string xml)
    {
        var start = Stopwatch.GetTimestamp();
        var backup = DomainBackup.Parse(xml);
        var read = Stopwatch.GetTimestamp();
        var written = backup.Marshal();
        var end = Stopwatch.GetTimestamp();
        Require(written.Length > 0);
        return new ColdMeasurement(Milliseconds(start, read), Milliseconds(read, end));
    }

    /// <summary>
    /// The first XmlSerializer <c>Deserialize</c> and <c>Serialize</c> in this process, each including the
    /// serializer's construction (its first use pays for generating the serialization code).
    /// </summary>
    public static ColdMeasurement XmlSerializerBaseline(string xml)
    {
        var start = Stopwatch.GetTimestamp();
        var serializer = new XmlSerializer(typeof(XmlSerializerDomainBackup));
        var backup = serializer.Deserialize(new StringReader(xml));
        var read = Stopwatch.GetTimestamp();
        var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = true }))
        {
            serializer.Serialize(writer, backup);
        }

        var end = Stopwatch.GetTimestamp();
        Require(text.ToString().Length > 0);
        return new ColdMeasurement(Milliseconds(start, read), Milliseconds(read, end));
    }

    public string Format() => string.Create(CultureInfo.InvariantCulture, $"{ReadMilliseconds:F3} {WriteMilliseconds:F3}");

    public static ColdMeasurement Parse(string line)
    {
        var parts = line.Trim().Split(' ');
        return new ColdMeasurement(double.Parse(parts[0], CultureInfo.InvariantCulture), double.Parse(parts[1], CultureInfo.InvariantCulture));
    }

    private static double Milliseconds(long from, long to) => (to - from) * 1000.0 / Stopwatch.Frequency;

    private static void Require(bool condition)
    {
        if (!condition)
        {
            throw new InvalidDataException("nothing was written");
        }
    }
}

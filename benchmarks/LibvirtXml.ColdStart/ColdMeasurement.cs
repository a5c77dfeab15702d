using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Runtime;
using System.Xml;
using System.Xml.Serialization;
using LibvirtXml.Benchmarks.Baseline;

namespace LibvirtXml.ColdStart;

/// <summary>
/// What one fresh process measures of the first read and the first write of a document: the time in milliseconds, and
/// the JIT's share of it (<see cref="JitInfo"/>, this thread only): how many methods it compiled and its time in ms.
/// </summary>
public readonly record struct ColdMeasurement(double ReadMilliseconds, double WriteMilliseconds, JitWork ReadJit, JitWork WriteJit)
{
    public double TotalMilliseconds => ReadMilliseconds + WriteMilliseconds;

    public JitWork TotalJit => new(ReadJit.Methods + WriteJit.Methods, ReadJit.Milliseconds + WriteJit.Milliseconds);

    /// <summary>The first <c>DomainBackup.Parse</c> (Unmarshal) and <c>Marshal</c> in this process.</summary>
    public static ColdMeasurement Generated(string xml)
    {
        JitWork.Prepare();
        var jitBefore = JitWork.SoFar();
        var start = Stopwatch.GetTimestamp();
        var backup = DomainBackup.Parse(xml);
        var read = Stopwatch.GetTimestamp();
        var jitAfterRead = JitWork.SoFar();
        var writeStart = Stopwatch.GetTimestamp();
        var written = backup.Marshal();
        var end = Stopwatch.GetTimestamp();
        var jitAfterWrite = JitWork.SoFar();
        Require(written.Length > 0);
        return new ColdMeasurement(Milliseconds(start, read), Milliseconds(writeStart, end), jitAfterRead - jitBefore, jitAfterWrite - jitAfterRead);
    }

    /// <summary>
    /// The first XmlSerializer <c>Deserialize</c> and <c>Serialize</c> in this process, each including the
    /// serializer's construction (its first use pays for generating the serialization code).
    /// </summary>
    public static ColdMeasurement XmlSerializerBaseline(string xml)
    {
        JitWork.Prepare();
        var jitBefore = JitWork.SoFar();
        var start = Stopwatch.GetTimestamp();
        var serializer = new XmlSerializer(typeof(XmlSerializerDomainBackup));
        var backup = serializer.Deserialize(new StringReader(xml));
        var read = Stopwatch.GetTimestamp();
        var jitAfterRead = JitWork.SoFar();
        var writeStart = Stopwatch.GetTimestamp();
        var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = true }))
        {
            serializer.Serialize(writer, backup);
        }

        var end = Stopwatch.GetTimestamp();
        var jitAfterWrite = JitWork.SoFar();
        Require(text.ToString().Length > 0);
        return new ColdMeasurement(Milliseconds(start, read), Milliseconds(writeStart, end), jitAfterRead - jitBefore, jitAfterWrite - jitAfterRead);
    }

    /// <summary>One line, as the child prints it and the parent reads it back.</summary>
    public string Format() => string.Create(CultureInfo.InvariantCulture,
        $"{ReadMilliseconds:F3} {WriteMilliseconds:F3} {ReadJit.Methods} {ReadJit.Milliseconds:F3} {WriteJit.Methods} {WriteJit.Milliseconds:F3}");

    public static ColdMeasurement Parse(string line)
    {
        var parts = line.Trim().Split(' ');
        if (parts.Length != 6)
        {
            throw new FormatException("a measuring process printed '" + line.Trim() + "', not six numbers");
        }

        return new ColdMeasurement(Number(parts[0]), Number(parts[1]),
            new JitWork(long.Parse(parts[2], CultureInfo.InvariantCulture), Number(parts[3])),
            new JitWork(long.Parse(parts[4], CultureInfo.InvariantCulture), Number(parts[5])));
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private static double Milliseconds(long from, long to) => (to - from) * 1000.0 / Stopwatch.Frequency;

    private static void Require(bool condition)
    {
        if (!condition)
        {
            throw new InvalidDataException("nothing was written");
        }
    }
}

/// <summary>Methods the JIT compiled and the time it spent doing so, in milliseconds.</summary>
public readonly record struct JitWork(long Methods, double Milliseconds)
{
    /// <summary>The JIT's work on this thread since the process started.</summary>
    public static JitWork SoFar() =>
        new(JitInfo.GetCompiledMethodCount(currentThread: true), JitInfo.GetCompilationTime(currentThread: true).TotalMilliseconds);

    public static JitWork operator -(JitWork after, JitWork before) => new(after.Methods - before.Methods, after.Milliseconds - before.Milliseconds);

    /// <summary>Has the JIT compile this type's own methods now, so that they do not count in what is measured.</summary>
    public static void Prepare()
    {
        var work = SoFar() - SoFar();
        GC.KeepAlive(work.Methods + work.Milliseconds);
    }
}

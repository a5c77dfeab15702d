using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;

namespace LibvirtXml.ColdStart;

/// <summary>
/// Times the first Unmarshal+Marshal of a libvirt corpus document in fresh processes and prints the medians.
/// <c>[--runs N] [--xmlserializer | --versus-xmlserializer]</c>: start N processes (default 21), each measuring once;
/// <c>--xmlserializer</c> measures the XmlSerializer baseline's first Deserialize+Serialize instead;
/// <c>--versus-xmlserializer</c> starts N of each, alternately, and prints the ratio between them.
/// <c>--child</c> is what each started process runs: one measurement, printed as one line.
/// Besides the times, each run reports the JIT's work in the first read and the first write (methods compiled and the
/// JIT's own time), since compiling on first use is most of what a cold start costs a plain JIT-compiled consumer.
/// </summary>
public static class Program
{
    /// <summary>A document that reaches most of the generated code: pull, tcp with TLS, file and block scratch, encryption.</summary>
    private const string DocumentName = "backup-pull-encrypted.xml";

    public static int Main(string[] args)
    {
        var xmlSerializer = args.Contains("--xmlserializer");
        if (args.Contains("--child"))
        {
            // Read before the clock starts: a user has the text in hand before calling Unmarshal.
            var xml = File.ReadAllText(DocumentPath());
            var measurement = xmlSerializer ? ColdMeasurement.XmlSerializerBaseline(xml) : ColdMeasurement.Generated(xml);
            Console.Out.WriteLine(measurement.Format());
            return 0;
        }

        var runs = RunCount(args);
        if (args.Contains("--versus-xmlserializer"))
        {
            CompareWithXmlSerializer(runs);
            return 0;
        }

        var what = xmlSerializer ? "XmlSerializer first Deserialize+Serialize (with construction)" : "DomainBackup first Unmarshal+Marshal";
        Console.Out.WriteLine($"{what} of {DocumentName}, {runs} fresh processes:");
        var measurements = new List<ColdMeasurement>();
        var processTimes = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            var measurement = ColdMeasurement.Parse(RunChild(xmlSerializer));
            processTimes.Add(watch.Elapsed.TotalMilliseconds);
            measurements.Add(measurement);
            Console.Out.WriteLine(
                Invariant($"  run {i + 1,2}: read {measurement.ReadMilliseconds,8:F3} ms  write {measurement.WriteMilliseconds,8:F3} ms  total {measurement.TotalMilliseconds,8:F3} ms") +
                Invariant($"  JIT: read {Jit(measurement.ReadJit)}  write {Jit(measurement.WriteJit)}  total {Jit(measurement.TotalJit)}"));
        }

        var read = Median(measurements.Select(m => m.ReadMilliseconds));
        var write = Median(measurements.Select(m => m.WriteMilliseconds));
        var total = Median(measurements.Select(m => m.TotalMilliseconds));
        Console.Out.WriteLine(Invariant($"median: read {read:F3} ms, write {write:F3} ms, total {total:F3} ms (whole process {Median(processTimes):F1} ms)"));
        Console.Out.WriteLine(Invariant(
            $"median JIT: read {MedianJit(measurements.Select(m => m.ReadJit))}, write {MedianJit(measurements.Select(m => m.WriteJit))}, total {MedianJit(measurements.Select(m => m.TotalJit))}"));
        return 0;
    }

    /// <summary>
    /// Alternates fresh processes of DomainBackup and of XmlSerializer, so that both meet the machine in the same state,
    /// and prints each run and the medians. On a shared machine a cold start's time moves with the load of the host from
    /// one minute to the next; the ratio to a baseline measured in the same minutes moves far less. The baseline is
    /// XmlSerializer's construction and first Deserialize only (its first use), against DomainBackup's first Parse and
    /// Marshal together.
    /// </summary>
    private static void CompareWithXmlSerializer(int runs)
    {
        Console.Out.WriteLine($"DomainBackup first Unmarshal+Marshal against XmlSerializer's first construction+Deserialize of {DocumentName}, {runs} fresh processes of each, alternately:");
        var generated = new List<double>();
        var baseline = new List<double>();
        var ratios = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var ours = ColdMeasurement.Parse(RunChild(xmlSerializer: false)).TotalMilliseconds;
            var theirs = ColdMeasurement.Parse(RunChild(xmlSerializer: true)).ReadMilliseconds;
            generated.Add(ours);
            baseline.Add(theirs);
            ratios.Add(ours / theirs);
            Console.Out.WriteLine(Invariant($"  run {i + 1,2}: DomainBackup {ours,8:F3} ms  XmlSerializer {theirs,8:F3} ms  ratio {ours / theirs:F3}"));
        }

        Console.Out.WriteLine(Invariant(
            $"median: DomainBackup {Median(generated):F3} ms, XmlSerializer {Median(baseline):F3} ms, ratio {Median(ratios):F3} (runs' ratios from {ratios.Min():F3} to {ratios.Max():F3})"));
    }

    private static string Jit(JitWork work) => Invariant($"{work.Methods,3} methods {work.Milliseconds,6:F3} ms");

    /// <summary>The medians of the method counts and of the JIT times, each taken on its own.</summary>
    private static string MedianJit(IEnumerable<JitWork> work)
    {
        var all = work.ToList();
        return Invariant($"{Median(all.Select(w => (double)w.Methods)):F0} methods {Median(all.Select(w => w.Milliseconds)):F3} ms");
    }

    private static int RunCount(string[] args)
    {
        var index = Array.IndexOf(args, "--runs");
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : 21;
    }

    /// <summary>Starts this program again (through the same host) with <c>--child</c>; returns its output line.</summary>
    private static string RunChild(bool xmlSerializer)
    {
        var host = Environment.ProcessPath ?? throw new InvalidOperationException("the process path is unknown");
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            start.ArgumentList.Add(typeof(Program).Assembly.Location);
        }

        start.ArgumentList.Add("--child");
        if (xmlSerializer)
        {
            start.ArgumentList.Add("--xmlserializer");
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + host);
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("the measuring process failed with exit code " + process.ExitCode);
        }

        return output;
    }

    private static string DocumentPath()
    {
        var shared = typeof(Program).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "LibvirtSharedDirectory").Value!;
        return Path.Combine(shared, "tests", "domainbackupxml2xmlout", DocumentName);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(value => value).ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

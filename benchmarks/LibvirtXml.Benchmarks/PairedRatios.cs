using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using LibvirtXml.Benchmarks.Documents;

namespace LibvirtXml.Benchmarks;

/// <summary>
/// <c>--paired</c>: a cross-check of BenchmarkDotNet's ratios that survives a busy machine. BenchmarkDotNet measures one
/// benchmark after the other, so a burst of load during one of them skews its ratio to the baseline. Here each round
/// times every operation for a few milliseconds, back to back, in alternating order, so that all of them meet the same
/// load; other processes only ever add time, so the fastest (and the 10th percentile) of each operation's rounds are
/// compared. It reuses the benchmark classes' own methods and setup.
/// </summary>
public static class PairedRatios
{
    private const int Rounds = 300;
    private static readonly TimeSpan SliceTarget = TimeSpan.FromMilliseconds(3);

    public static void Run()
    {
        Console.Out.WriteLine("Interleaved ratios over " + Rounds + " rounds: fastest round / the baseline's fastest round (10th percentiles alike)");
        foreach (var document in BenchmarkDocuments.All)
        {
            var reading = new UnmarshalBenchmarks { Document = document };
            var writing = new MarshalBenchmarks { Document = document };
            writing.ReadDocuments();
            Report(document, "read", [("XmlReader scan", () => reading.Scan()), ("LibvirtXml parser scan", () => reading.ParserScan()), ("DomainBackup.Parse", () => reading.Parse()), ("XmlSerializer.Deserialize", () => reading.XmlSerializerDeserialize())]);
            Report(document, "write", [("XmlSerializer.Serialize", () => writing.XmlSerializerSerialize()), ("DomainBackup.Marshal", () => writing.Marshal())]);
        }
    }

    /// <summary>Times the operations in rounds; the first is the baseline.</summary>
    private static void Report(BenchmarkDocument document, string what, (string Name, Func<object?> Operation)[] operations)
    {
        var repetitions = operations.Select(operation => RepetitionsForSlice(operation.Operation)).ToArray();
        var times = operations.Select(_ => new double[Rounds]).ToArray();
        for (var round = 0; round < Rounds; round++)
        {
            // Alternate the order so that neither operation always runs right after the other.
            for (var step = 0; step < operations.Length; step++)
            {
                var i = round % 2 == 0 ? step : operations.Length - 1 - step;
                times[i][round] = TimePerOperation(operations[i].Operation, repetitions[i]);
            }
        }

        foreach (var roundTimes in times)
        {
            Array.Sort(roundTimes);
        }

        var baseline = times[0];
        for (var i = 1; i < operations.Length; i++)
        {
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {document.Name,-15} {what,-5} {operations[i].Name,-26} / {operations[0].Name,-24} fastest {times[i][0] / baseline[0]:F2} ({times[i][0] * 1000:F1} / {baseline[0] * 1000:F1} us)  10th percentile {times[i][Rounds / 10] / baseline[Rounds / 10]:F2}"));
        }
    }

    private static int RepetitionsForSlice(Func<object?> operation)
    {
        var repetitions = 1;
        while (TimePerOperation(operation, repetitions) * repetitions < SliceTarget.TotalMilliseconds)
        {
            repetitions *= 2;
        }

        return repetitions;
    }

    /// <summary>Milliseconds per operation over <paramref name="repetitions"/> calls.</summary>
    private static double TimePerOperation(Func<object?> operation, int repetitions)
    {
        object? last = null;
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < repetitions; i++)
        {
            last = operation();
        }

        var elapsed = Stopwatch.GetTimestamp() - start;
        GC.KeepAlive(last);
        return elapsed * 1000.0 / Stopwatch.Frequency / repetitions;
    }
}

using System;
using System.Linq;
using BenchmarkDotNet.Running;
using LibvirtXml.Benchmarks.Documents;

namespace LibvirtXml.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release -- [BenchmarkDotNet options]</c> measures (default: every benchmark with
/// <see cref="BenchmarkConfigs.Measured"/>); <c>--smoke</c> runs each benchmark once without timing it;
/// <c>--paired</c> cross-checks the ratios by interleaving the operations (<see cref="PairedRatios"/>).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        DocumentChecks.Run();
        foreach (var document in BenchmarkDocuments.All)
        {
            Console.Out.WriteLine($"document {document.Name}: {document.Texts.Count} file(s), {document.TotalLength} characters");
        }

        if (args.Contains("--paired"))
        {
            PairedRatios.Run();
            return 0;
        }

        var smoke = args.Contains("--smoke");
        var benchmarkArgs = args.Where(arg => arg != "--smoke").ToArray();
        if (!benchmarkArgs.Contains("--filter"))
        {
            benchmarkArgs = [.. benchmarkArgs, "--filter", "*"];
        }

        var config = smoke ? BenchmarkConfigs.Smoke() : BenchmarkConfigs.Measured(ownJob: !benchmarkArgs.Contains("--job"));
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(benchmarkArgs, config);

        // BenchmarkDotNet reports a failed benchmark in the summary, not in the exit code.
        var failed = summaries.Any(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success));
        if (failed || !summaries.Any())
        {
            Console.Error.WriteLine("error: a benchmark did not run successfully");
            return 1;
        }

        return 0;
    }
}

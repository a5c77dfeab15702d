using System;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using LibvirtXml.Generator.Benchmarks;

// "smoke": each benchmark once, in this process, whatever the build configuration: CI proves they run, not how fast.
// Anything else goes to BenchmarkDotNet (run in Release: dotnet run -c Release --project benchmarks/LibvirtXml.Generator.Benchmarks).
if (args.Contains("smoke"))
{
    var smoke = DefaultConfig.Instance
        .AddJob(Job.Dry.WithToolchain(InProcessEmitToolchain.Instance))
        .WithOptions(ConfigOptions.DisableOptimizationsValidator)
        .WithArtifactsPath(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "libvirtxml-generator-benchmarks-smoke"));
    var summary = BenchmarkRunner.Run(typeof(GeneratorRunBenchmarks), smoke);
    var failed = summary.HasCriticalValidationErrors || summary.Reports.Length == 0 || summary.Reports.Any(report => !report.Success);
    Console.WriteLine(failed ? "generator benchmarks: smoke run FAILED" : "generator benchmarks: smoke run passed");
    return failed ? 1 : 0;
}

// "first-run": the first and second driver runs of this fresh process, JIT compilation included, as a command-line build
// pays it once when the compiler server starts (BenchmarkDotNet measures the steady state after it).
if (args.Contains("first-run"))
{
    var inputs = new GeneratorInputs();
    var clock = System.Diagnostics.Stopwatch.StartNew();
    var first = inputs.CreateDriver().RunGenerators(inputs.Compilation);
    var firstTime = clock.Elapsed;
    clock.Restart();
    inputs.CreateDriver().RunGenerators(inputs.Compilation);
    Console.WriteLine($"first run in a fresh process: {firstTime.TotalMilliseconds:F0} ms ({first.GetRunResult().GeneratedTrees.Length} files); second: {clock.Elapsed.TotalMilliseconds:F0} ms");
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(GeneratorRunBenchmarks).Assembly).Run(args);
return 0;

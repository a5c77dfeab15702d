using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.NoEmit;
using Perfolizer.Horology;

namespace LibvirtXml.Benchmarks;

/// <summary>The two ways the benchmarks run: measured (docs/performance.md) and smoke (CI).</summary>
public static class BenchmarkConfigs
{
    /// <summary>
    /// Adds the median and minimum and their ratios to the baseline. With <paramref name="ownJob"/> (no <c>--job</c> on the
    /// command line): two launches, each with 3 warmup and 30 measured iterations of 100 ms: many short iterations
    /// spread over two processes, so that the minimum and median see through the bursts of a shared 2-core machine,
    /// while the whole run stays within about five minutes.
    /// </summary>
    public static IConfig Measured(bool ownJob)
    {
        var config = DefaultConfig.Instance
            .AddColumn(StatisticColumn.Median, StatisticColumn.Min, RobustRatioColumn.OfMedians, RobustRatioColumn.OfMinimums);
        return ownJob
            ? config.AddJob(Job.Default
                .WithLaunchCount(2)
                .WithWarmupCount(3)
                .WithIterationCount(30)
                .WithIterationTime(TimeInterval.FromMilliseconds(100))
                .WithId("Ratios")
                .AsDefault())
            : config;
    }

    /// <summary>
    /// Every benchmark once, in this process, whatever the build configuration: CI checks that they build and run,
    /// not how fast.
    /// </summary>
    public static IConfig Smoke() => DefaultConfig.Instance
        .AddJob(Job.Dry.WithToolchain(InProcessNoEmitToolchain.Instance).WithId("Smoke"))
        .WithOptions(ConfigOptions.DisableOptimizationsValidator);
}

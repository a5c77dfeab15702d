using System;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Mathematics;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace LibvirtXml.Benchmarks;

/// <summary>
/// A benchmark's median (or minimum) time divided by its baseline's, in the same run. On a shared, noisy machine
/// other processes only ever add time, in bursts: the median and the minimum resist those bursts where the mean
/// (BenchmarkDotNet's own Ratio column) does not.
/// </summary>
public sealed class RobustRatioColumn : IColumn
{
    private readonly Func<Statistics, double> _statistic;

    private RobustRatioColumn(string name, string legend, Func<Statistics, double> statistic)
    {
        ColumnName = name;
        Legend = legend;
        _statistic = statistic;
    }

    public static RobustRatioColumn OfMedians { get; } = new("Median Ratio", "Median time / the baseline's median time", s => s.Median);

    public static RobustRatioColumn OfMinimums { get; } = new("Min Ratio", "Minimum time / the baseline's minimum time", s => s.Min);

    public string Id => nameof(RobustRatioColumn) + "." + ColumnName;

    public string ColumnName { get; }

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Baseline;

    public int PriorityInCategory => 1;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend { get; }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var baseline = summary.GetBaseline(summary.GetLogicalGroupKey(benchmarkCase));
        var own = summary[benchmarkCase]?.ResultStatistics;
        var reference = baseline is null ? null : summary[baseline]?.ResultStatistics;
        if (own is null || reference is null || _statistic(reference) <= 0)
        {
            return "?";
        }

        return (_statistic(own) / _statistic(reference)).ToString("0.00", CultureInfo.InvariantCulture);
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => summary.BenchmarksCases.Any(summary.IsBaseline);

    public override string ToString() => ColumnName;
}

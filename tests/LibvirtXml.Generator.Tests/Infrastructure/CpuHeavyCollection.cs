namespace LibvirtXml.Generator.Tests.Infrastructure;

/// <summary>
/// Tests that keep every core busy for a while (the fuzz test, real dotnet builds). xunit runs this collection on its
/// own after the parallel ones, so their time budgets do not depend on what else the assembly runs meanwhile.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CpuHeavyCollection
{
    public const string Name = "CPU-heavy";
}

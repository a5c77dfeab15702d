using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;

namespace LibvirtXml.Generator.Benchmarks;

/// <summary>
/// The generator as the compiler and the IDE run it, over domainbackup.rng and its includes (domaincommon.rng is 240 KB).
/// Cold: a new driver, as in a command-line build. Rerun: the IDE's driver after a keystroke in unrelated code; every
/// invocation makes a fresh edited compilation, so the compilation's own caches do not flatter the rerun. Making that
/// compilation is measured alone too: it is part of the rerun's number, though not the generator's work.
/// </summary>
[MemoryDiagnoser]
public class GeneratorRunBenchmarks
{
    private GeneratorInputs _inputs = null!;
    private GeneratorDriver _ranOnce = null!;
    private int _edits;

    [GlobalSetup]
    public void Setup()
    {
        _inputs = new GeneratorInputs();
        _ranOnce = _inputs.CreateDriver().RunGenerators(_inputs.Compilation);
        // A benchmark of a generator that reports errors or generates nothing would measure the wrong thing.
        AssertGenerated(_ranOnce);
        AssertGenerated(Cold());
        AssertGenerated(RerunAfterUnrelatedEdit());
    }

    [Benchmark(Description = "cold run (new driver)")]
    public GeneratorDriver Cold() => _inputs.CreateDriver().RunGenerators(_inputs.Compilation);

    [Benchmark(Description = "rerun after an unrelated C# edit")]
    public GeneratorDriver RerunAfterUnrelatedEdit() => _ranOnce.RunGenerators(_inputs.Edited(++_edits));

    [Benchmark(Description = "the unrelated edit alone (no generator)")]
    public Compilation UnrelatedEditAlone() => _inputs.Edited(++_edits);

    private static void AssertGenerated(GeneratorDriver driver)
    {
        var result = driver.GetRunResult();
        if (!result.Diagnostics.IsEmpty || result.GeneratedTrees.Length < 10 || result.Results.Single().Exception is not null)
            throw new InvalidOperationException($"the generator did not generate cleanly: {result.GeneratedTrees.Length} files, {string.Join("; ", result.Diagnostics)}");
    }
}

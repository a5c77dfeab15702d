using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using LibvirtXml.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace LibvirtXml.Generator.Tests.Fuzz;

/// <summary>
/// The generator runs inside users' builds and IDEs: no schema or binding file, however broken, may make it throw
/// (the compiler would report CS8785 and drop everything). Thousands of mutations of domainbackup.rng, its includes and
/// its binding file go through the real driver; each failure must be an LVX diagnostic, and what generates must compile.
/// </summary>
[Collection(CpuHeavyCollection.Name)]
public class GeneratorFuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20261127;
    private const int Iterations = 2000;

    /// <summary>Compiling is the slow part: at most this many structurally different outputs are compiled.</summary>
    private const int MaxCompiledOutputs = 80;

    /// <summary>Which file a mutation hits: mostly the root, often the binding, the includes too (domaincommon.rng seldom: it is 240 KB).</summary>
    private static readonly (string File, int Weight)[] Targets =
    {
        ("domainbackup.rng", 45), ("domainbackup.binding.xml", 25), ("basictypes.rng", 8), ("storagecommon.rng", 6),
        ("domaincommon.rng", 4), ("networkcommon.rng", 3), ("cputypes.rng", 3), ("nwfilter_params.rng", 2), ("privatedata.rng", 2), ("sysinfocommon.rng", 2),
    };

    [Fact]
    public void Thousands_of_mutated_schemas_and_bindings_never_throw_and_fail_only_with_LVX_diagnostics()
    {
        var input = GeneratorInput.FromDirectory(TestPaths.UpstreamSchemas, "domainbackup.rng", Path.Combine(TestPaths.Bindings, "domainbackup.binding.xml"));
        var texts = input.Files.ToDictionary(f => Path.GetFileName(f.Path), f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text));
        var fileNames = texts.Keys.Where(n => n.EndsWith(".rng")).Concat(new[] { "nowhere.rng" }).ToList();
        var compilation = GeneratorHarness.CreateCompilation();
        // One driver that has seen the intact files, as in an IDE: each mutation reparses only the file it changed.
        // Drivers are immutable, so both cores can start from it at once.
        var baseline = GeneratorHarness.CreateDriver(input, texts.Values, trackSteps: false).RunGenerators(compilation);
        Assert.Empty(baseline.GetRunResult().Diagnostics);

        var problems = new ConcurrentBag<(int Iteration, string Problem)>();
        var outcomes = new ConcurrentDictionary<string, int>();
        var outputs = new ConcurrentDictionary<string, (int Iteration, ImmutableArray<SyntaxTree> Trees)>();
        var stopwatch = Stopwatch.StartNew();
        Parallel.For(0, Iterations, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, iteration =>
        {
            var random = new Random(Seed + iteration);
            var mutator = new SchemaMutator(random);
            var target = PickTarget(random);
            var original = texts[target];
            var text = original.GetText()!.ToString();
            var mutated = target.EndsWith(".binding.xml") ? mutator.MutateBinding(text) : mutator.MutateSchema(text, fileNames);

            var result = baseline.ReplaceAdditionalText(original, new InMemoryAdditionalText(original.Path, mutated)).RunGenerators(compilation).GetRunResult();
            var where = $"iteration {iteration} (seed {Seed + iteration}, {target})";
            if (result.Results.Single().Exception is { } exception) problems.Add((iteration, $"{where}: the generator threw {exception}"));
            foreach (var diagnostic in result.Diagnostics.Where(d => !d.Id.StartsWith("LVX", StringComparison.Ordinal) || d.Id == "LVX0010"))
                problems.Add((iteration, $"{where}: {diagnostic}"));
            var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (result.GeneratedTrees.IsEmpty && errors.Count == 0) problems.Add((iteration, $"{where}: nothing generated, and no error says why"));

            var outcome = errors.Count > 0 ? string.Join(",", errors.Select(d => d.Id).Distinct().OrderBy(id => id)) : result.Diagnostics.IsEmpty ? "generated" : "generated with warnings";
            outcomes.AddOrUpdate(outcome, 1, (_, count) => count + 1);
            if (errors.Count == 0) outputs.AddOrUpdate(Structure(result.GeneratedTrees), (iteration, result.GeneratedTrees), (_, known) => known.Iteration < iteration ? known : (iteration, result.GeneratedTrees));
        });
        var generating = stopwatch.Elapsed;

        // What generates must compile. Outputs that differ only in doc comments (line numbers move) compile alike:
        // the structurally different ones are compiled, first found first.
        var compiled = outputs.Values.OrderBy(o => o.Iteration).Take(MaxCompiledOutputs).ToList();
        Parallel.ForEach(compiled, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, candidate =>
        {
            var compileProblems = compilation.AddSyntaxTrees(candidate.Trees).GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Take(3).ToList();
            if (compileProblems.Count > 0) problems.Add((candidate.Iteration, $"iteration {candidate.Iteration} (seed {Seed + candidate.Iteration}): the generated code does not compile: {string.Join(" | ", compileProblems)}"));
        });
        stopwatch.Stop();

        output.WriteLine($"{Iterations} mutations generated in {generating.TotalSeconds:F1} s; {outputs.Count} structurally different outputs, {compiled.Count} compiled; {stopwatch.Elapsed.TotalSeconds:F1} s in all");
        foreach (var (outcome, count) in outcomes.OrderByDescending(o => o.Value)) output.WriteLine($"  {count,5}  {outcome}");
        Assert.True(problems.IsEmpty, $"{problems.Count} problems:\n" + string.Join("\n", problems.OrderBy(p => p.Iteration).Select(p => p.Problem).Take(25)));
        Assert.True(outcomes.Keys.Count(k => k.StartsWith("LVX")) >= 5, "the mutations reach several kinds of error");
        Assert.True(outcomes.GetValueOrDefault("generated") + outcomes.GetValueOrDefault("generated with warnings") >= 100, "many mutations still generate, so the binder and emitter are exercised");
        Assert.True(compiled.Count >= 20, "many structurally different outputs were compiled");
        Assert.True(stopwatch.Elapsed < TimeSpan.FromMinutes(1), $"{Iterations} mutations took {stopwatch.Elapsed.TotalSeconds:F1} s");
    }

    /// <summary>The generated code without its doc comments, whose line numbers change with any edit above them.</summary>
    private static string Structure(ImmutableArray<SyntaxTree> trees) =>
        string.Join("\n", trees.Select(t => t.FilePath).Concat(trees.SelectMany(t => t.GetText().Lines).Select(l => l.ToString()).Where(l => !l.TrimStart().StartsWith("///", StringComparison.Ordinal))));

    private static string PickTarget(Random random)
    {
        var roll = random.Next(Targets.Sum(t => t.Weight));
        foreach (var (file, weight) in Targets)
        {
            if (roll < weight) return file;
            roll -= weight;
        }
        throw new InvalidOperationException("unreachable");
    }
}

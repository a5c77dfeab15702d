using System;
using System.Collections.Generic;
using System.Linq;
using LibvirtXml.Generator.Pipeline;
using LibvirtXml.Generator.Rng;
using LibvirtXml.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LibvirtXml.Generator.Tests.Incremental;

/// <summary>
/// One generator driver kept across runs, as the IDE keeps it: a test runs it, edits an additional file or the C# code,
/// runs it again and reads how each tracked step's outputs came about.
/// </summary>
internal sealed class PipelineSession
{
    private readonly Dictionary<string, AdditionalText> _texts;
    private GeneratorDriver _driver;
    private Compilation _compilation;

    public PipelineSession(GeneratorInput input)
    {
        _texts = input.Files.ToDictionary(f => f.Path, f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text));
        _driver = CSharpGeneratorDriver.Create(
            new[] { new LibvirtXmlGenerator().AsSourceGenerator() },
            _texts.Values,
            new CSharpParseOptions(LanguageVersion.Latest),
            GeneratorHarness.Options(input),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        _compilation = GeneratorHarness.CreateCompilation("namespace Consumer { public class Program { } }");
    }

    public GeneratorRunResult Result { get; private set; } = default!;

    public PipelineSession Run()
    {
        _driver = _driver.RunGenerators(_compilation);
        Result = _driver.GetRunResult().Results.Single();
        Assert.Null(Result.Exception);
        return this;
    }

    /// <summary>Replaces the text of the additional file whose name is <paramref name="fileName"/>.</summary>
    public PipelineSession EditFile(string fileName, Func<string, string> edit)
    {
        var old = _texts.Values.Single(t => System.IO.Path.GetFileName(t.Path) == fileName);
        var text = old.GetText()!.ToString();
        var edited = edit(text);
        Assert.NotEqual(text, edited);
        var replacement = new InMemoryAdditionalText(old.Path, edited);
        _texts[old.Path] = replacement;
        _driver = _driver.ReplaceAdditionalText(old, replacement);
        return this;
    }

    /// <summary>An edit of the consumer's own code, unrelated to any schema.</summary>
    public PipelineSession EditCode()
    {
        var tree = _compilation.SyntaxTrees.First();
        _compilation = _compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(
            tree.GetText().ToString().Replace("{ }", "{ public int Counter { get; set; } }"), (CSharpParseOptions)tree.Options));
        return this;
    }

    /// <summary>The reason of every output of a tracked step, keyed by the file (or root) the output belongs to.</summary>
    public IReadOnlyList<(string File, IncrementalStepRunReason Reason)> Outputs(string step) =>
        Result.TrackedSteps.TryGetValue(step, out var runs)
            ? runs.SelectMany(run => run.Outputs).Select(output => (FileOf(output.Value), output.Reason)).ToList()
            : throw new Xunit.Sdk.XunitException($"no tracked step '{step}'; tracked: {string.Join(", ", Result.TrackedSteps.Keys)}");

    public IncrementalStepRunReason Reason(string step, string file)
    {
        var matching = Outputs(step).Where(o => o.File == file).ToList();
        Assert.True(matching.Count == 1, $"step {step} has {matching.Count} outputs for {file}: {string.Join(", ", Outputs(step))}");
        return matching[0].Reason;
    }

    /// <summary>The names of the generator's own steps (<see cref="TrackingNames"/>); the driver also tracks its input nodes.</summary>
    public static IReadOnlyList<string> StepNames { get; } = typeof(TrackingNames)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Select(field => (string)field.GetRawConstantValue()!).ToList();

    /// <summary>Every output of every step of the generator's own, in step order.</summary>
    public IEnumerable<(string Step, object Value, IncrementalStepRunReason Reason)> AllOutputs() =>
        StepNames.Where(Result.TrackedSteps.ContainsKey)
            .SelectMany(step => Result.TrackedSteps[step].SelectMany(run => run.Outputs.Select(output => (step, output.Value, output.Reason))));

    /// <summary>How the source outputs (diagnostics and AddSource) came about.</summary>
    public IEnumerable<IncrementalStepRunReason> SourceOutputReasons() =>
        Result.TrackedOutputSteps.SelectMany(step => step.Value.SelectMany(run => run.Outputs.Select(output => output.Reason)));

    private static string FileOf(object value) => System.IO.Path.GetFileName(value switch
    {
        InputFile input => input.Path,
        RngDocument document => document.Path,
        SchemaReferences references => references.Path,
        RootInput root => root.Path,
        RootFiles files => files.Root.Path,
        RootDocuments documents => documents.Root.Path,
        GrammarResult grammar => grammar.RootPath,
        BindingResult binding => binding.Path,
        BindInput bind => bind.Grammar.RootPath,
        ModelResult model => model.RootPath,
        RootOutput output => output.RootPath,
        _ => "",
    });
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using LibvirtXml.Generator.Binding;
using LibvirtXml.Generator.Common;
using LibvirtXml.Generator.Diagnostics;
using LibvirtXml.Generator.Emit;
using LibvirtXml.Generator.Pipeline;
using LibvirtXml.Generator.Rng;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace LibvirtXml.Generator;

/// <summary>
/// Reads RELAX NG grammars (additional files) and emits C# classes with serializers.
/// Pipeline: parse each file once per content → list the files each file names → per root, the files it reaches →
/// resolve → pick the root's binding files → bind → emit. Each root depends only on the files it reaches and on its own
/// binding files, so an edit reruns only what depends on it. Every step catches what it does not expect: an exception
/// escaping a generator fails the user's build with CS8785, an LVX0010 at least says where.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class LibvirtXmlGenerator : IIncrementalGenerator
{
    internal const string NamespaceProperty = "build_property.LibvirtXmlNamespace";
    internal const string DefaultNamespace = "LibvirtXml";
    internal static readonly string Version = typeof(LibvirtXmlGenerator).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    /// <summary>The oldest C# the emitted code compiles with (it uses <c>is not null</c> and target-typed <c>new()</c>).</summary>
    internal const LanguageVersion MinimumLanguageVersion = LanguageVersion.CSharp8;

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var inputs = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => InputFile.Read(pair.Left, pair.Right, cancellationToken))
            .Where(static input => input.Role != InputRole.None)
            .WithTrackingName(TrackingNames.Inputs);

        var parsedSchemas = inputs
            .Where(static input => input.Role is InputRole.Root or InputRole.Schema && input.Text is not null)
            .Select(static (input, _) => RngParser.Parse(input.Path, input.Text!))
            .WithTrackingName(TrackingNames.ParsedSchemas);

        var referenceGraph = parsedSchemas
            .Select(static (document, _) => Guarded(() => SchemaReferences.Of(document), () => new SchemaReferences(document.Path, EquatableArray<string>.Empty)))
            .WithTrackingName(TrackingNames.SchemaReferences)
            .Collect()
            .Select(static (files, _) => ReferenceGraph.Create(files));

        var roots = inputs
            .Where(static input => input.Role is InputRole.Root or InputRole.Missing)
            .Select(static (input, _) => new RootInput(input.Path, input.Role == InputRole.Root && input.Text is not null))
            .WithTrackingName(TrackingNames.Roots);

        var rootFiles = roots
            .Combine(referenceGraph)
            .Select(static (pair, _) => Guarded(() => pair.Right.ReachableFrom(pair.Left), () => new RootFiles(pair.Left, EquatableArray.Create(pair.Left.Path))))
            .WithTrackingName(TrackingNames.RootFiles);

        var rootDocuments = rootFiles
            .Combine(parsedSchemas.Collect())
            .Select(static (pair, _) => RootDocuments.Select(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.RootDocuments);

        var grammars = rootDocuments
            .Select(static (root, _) => Guarded(() => Resolve(root),
                e => new GrammarResult(root.Root.Path, null, EquatableArray.Create(InternalError("resolving", e, new SourceSpan(root.Root.Path, 0, 0))))))
            .WithTrackingName(TrackingNames.Grammars);

        var bindings = inputs
            .Where(static input => input.Role is InputRole.Binding or InputRole.UserBinding)
            .Select(static (input, _) => ReadBinding(input))
            .WithTrackingName(TrackingNames.Bindings)
            .Collect();

        var bindInputs = grammars
            .Combine(bindings)
            .Select(static (pair, _) => BindInput.For(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.BindInputs);

        var runtimeTypeProblems = context.CompilationProvider
            .Combine(bindings.Select(static (all, _) => RuntimeTypeCheck.Requirements(all)))
            .Select(static (pair, _) => pair.Right.Count == 0 ? EquatableArray<RuntimeTypeProblem>.Empty
                : Guarded(() => RuntimeTypeCheck.Check(pair.Left, pair.Right), () => EquatableArray<RuntimeTypeProblem>.Empty))
            .WithTrackingName(TrackingNames.RuntimeTypes);

        var @namespace = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => options.GlobalOptions.TryGetValue(NamespaceProperty, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : DefaultNamespace)
            .WithTrackingName(TrackingNames.Namespace);

        var models = bindInputs
            .Combine(@namespace)
            .Combine(runtimeTypeProblems)
            .Select(static (pair, _) => BindModel(pair.Left.Left, pair.Left.Right, pair.Right))
            .WithTrackingName(TrackingNames.Models);

        var rootOutputs = models
            .Select(static (model, _) => EmitClasses(model))
            .WithTrackingName(TrackingNames.Sources);

        var languageVersion = context.ParseOptionsProvider
            .Select(static (options, _) => options is CSharpParseOptions csharp ? csharp.LanguageVersion : MinimumLanguageVersion)
            .WithTrackingName(TrackingNames.LanguageVersion);

        // Binding files are reported once each, not once per root that uses them.
        context.RegisterSourceOutput(bindings, static (production, all) =>
        {
            foreach (var result in all)
            {
                foreach (var diagnostic in result.Diagnostics) production.ReportDiagnostic(SchemaDiagnosticConverter.ToRoslyn(diagnostic));
            }
        });

        context.RegisterSourceOutput(rootOutputs.Collect().Combine(languageVersion), static (production, pair) => Produce(production, pair.Left, pair.Right));
    }

    private static GrammarResult Resolve(RootDocuments root)
    {
        if (!root.Root.IsReadable)
        {
            return new GrammarResult(root.Root.Path, null, EquatableArray.Create(new SchemaDiagnostic(DiagnosticIds.MissingRootSchema,
                MissingSchemaMessage.For(root.Root.Path), new SourceSpan(root.Root.Path, 0, 0))));
        }

        var byPath = new Dictionary<string, RngDocument>(StringComparer.Ordinal);
        foreach (var document in root.Documents) byPath[document.Path] = document;
        var result = RngResolver.Resolve(root.Root.Path, byPath);
        return new GrammarResult(root.Root.Path, result.Grammar, result.Diagnostics);
    }

    private static BindingResult ReadBinding(InputFile input)
    {
        if (input.Text is null)
        {
            return new BindingResult(input.Path, null, EquatableArray.Create(new SchemaDiagnostic(DiagnosticIds.InvalidBinding,
                $"binding file '{input.Path}' cannot be read", new SourceSpan(input.Path, 0, 0))));
        }
        return Guarded(
            () =>
            {
                var (binding, diagnostics) = BindingReader.Read(input.Path, input.Text);
                return new BindingResult(input.Path, binding, diagnostics, input.Role == InputRole.UserBinding);
            },
            e => new BindingResult(input.Path, null, EquatableArray.Create(InternalError($"reading binding file '{input.Path}'", e, new SourceSpan(input.Path, 0, 0)))));
    }

    private static ModelResult BindModel(BindInput input, string @namespace, EquatableArray<RuntimeTypeProblem> runtimeTypeProblems)
    {
        var grammar = input.Grammar;
        if (grammar.Grammar is null || grammar.Diagnostics.Any(d => !d.IsWarning))
            return new ModelResult(grammar.RootPath, null, grammar.Diagnostics);

        return Guarded(
            () =>
            {
                var binding = BindingMerger.Merge(grammar.RootPath, Path.GetFileName(grammar.RootPath), input.Bindings);
                var (model, diagnostics) = Binder.Bind(grammar.Grammar, binding, @namespace);
                var runtimeTypeErrors = model is null ? new List<SchemaDiagnostic>() : RuntimeTypeErrors(model, binding, runtimeTypeProblems);
                if (runtimeTypeErrors.Count > 0) model = null;
                return new ModelResult(grammar.RootPath, model, grammar.Diagnostics.Concat(diagnostics).Concat(runtimeTypeErrors).ToEquatableArray());
            },
            e => new ModelResult(grammar.RootPath, null, grammar.Diagnostics.Append(InternalError("binding", e, new SourceSpan(grammar.RootPath, 0, 0))).ToEquatableArray()));
    }

    /// <summary>LVX0007 at each binding entry that maps this model's elements to a runtime type generated code cannot use.</summary>
    private static List<SchemaDiagnostic> RuntimeTypeErrors(TypeModel model, BindingFile binding, EquatableArray<RuntimeTypeProblem> problems)
    {
        var errors = new List<SchemaDiagnostic>();
        if (problems.Count == 0) return errors;
        var used = new HashSet<string>(model.Classes.SelectMany(c => c.Properties)
            .Where(p => p.Kind == PropertyKind.RuntimeElement && p.TypeName is not null)
            .Select(p => RuntimeTypeName.Qualify(p.TypeName!)), StringComparer.Ordinal);
        foreach (var problem in problems.Where(p => used.Contains(p.MetadataName)))
        {
            foreach (var entry in binding.RuntimeTypes.Where(r => RuntimeTypeName.Qualify(r.TypeName) == problem.MetadataName))
                errors.Add(new SchemaDiagnostic(DiagnosticIds.InvalidBinding, problem.Problem, entry.Span));
        }
        return errors;
    }

    /// <summary>One root's classes as source text. A class that cannot be emitted drops the whole root: the others refer to it.</summary>
    private static RootOutput EmitClasses(ModelResult result)
    {
        if (result.Model is not { } model) return new RootOutput(result.RootPath, EquatableArray<GeneratedClass>.Empty, result.Diagnostics);

        var classes = new List<GeneratedClass>(model.Classes.Count);
        var readsItself = ClassEmitter.SelfReadingClasses(model);
        foreach (var @class in model.Classes)
        {
            try
            {
                classes.Add(new GeneratedClass(@class.Name, ClassEmitter.Emit(model, @class, readsItself, Version), @class.Declaration));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return new RootOutput(result.RootPath, EquatableArray<GeneratedClass>.Empty,
                    result.Diagnostics.Append(InternalError($"emitting class {@class.Name}", e, @class.Declaration)).ToEquatableArray());
            }
        }
        return new RootOutput(result.RootPath, classes.ToEquatableArray(), result.Diagnostics);
    }

    private static void Produce(SourceProductionContext production, ImmutableArray<RootOutput> outputs, LanguageVersion languageVersion)
    {
        foreach (var output in outputs)
        {
            foreach (var diagnostic in output.Diagnostics) production.ReportDiagnostic(SchemaDiagnosticConverter.ToRoslyn(diagnostic));
        }

        // Without roots the generator contributes nothing, so the project's language version is none of its business.
        if (outputs.Length > 0 && languageVersion < MinimumLanguageVersion)
        {
            production.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnsupportedLanguageVersion, Location.None,
                $"the classes generated from LibvirtSchema items need C# {MinimumLanguageVersion.ToDisplayString()} or later, but this project compiles as C# {languageVersion.ToDisplayString()}; " +
                $"set <LangVersion>{MinimumLanguageVersion.ToDisplayString()}</LangVersion> or later in the project file. Nothing was generated."));
            return;
        }

        // Hint names are file names, unique ignoring case; so must class names be, across all roots.
        var emitted = new Dictionary<string, (string Name, RootOutput Root)>(StringComparer.OrdinalIgnoreCase);
        foreach (var output in outputs)
        {
            foreach (var @class in output.Classes)
            {
                if (emitted.TryGetValue(@class.Name, out var other))
                {
                    var message = ReferenceEquals(other.Root, output)
                        ? $"classes {other.Name} and {@class.Name} of '{Path.GetFileName(output.RootPath)}' differ only in case, which their file names cannot; rename one in the binding file"
                        : $"class {@class.Name} is generated from both '{Path.GetFileName(other.Root.RootPath)}' and '{Path.GetFileName(output.RootPath)}'; rename one in its binding file";
                    production.ReportDiagnostic(SchemaDiagnosticConverter.ToRoslyn(new SchemaDiagnostic(DiagnosticIds.DuplicateMember, message, @class.Declaration)));
                    continue;
                }
                emitted[@class.Name] = (@class.Name, output);
                AddSource(production, @class);
            }
        }
    }

    private static void AddSource(SourceProductionContext production, GeneratedClass @class)
    {
        try
        {
            production.AddSource(@class.Name + ".g.cs", SourceText.From(@class.Source, System.Text.Encoding.UTF8));
        }
        catch (ArgumentException e)
        {
            production.ReportDiagnostic(SchemaDiagnosticConverter.ToRoslyn(InternalError($"adding the source of class {@class.Name}", e, @class.Declaration)));
        }
    }

    private static SchemaDiagnostic InternalError(string what, Exception e, SourceSpan span) =>
        new(DiagnosticIds.InternalError, $"the generator failed {what}: {e.GetType().Name}: {e.Message}. Please report this with the schema and binding files.", span);

    private static T Guarded<T>(Func<T> step, Func<T> fallback) => Guarded(step, _ => fallback());

    private static T Guarded<T>(Func<T> step, Func<Exception, T> fallback)
    {
        try
        {
            return step();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return fallback(e);
        }
    }
}

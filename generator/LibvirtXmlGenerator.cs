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
using LibvirtXml.Generator.Rng;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace LibvirtXml.Generator;

/// <summary>
/// Reads libvirt's RELAX NG grammars (additional files) and emits C# classes with serializers.
/// Pipeline: parse each file (cached per content) → resolve each root grammar → bind with its binding files → emit.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class LibvirtXmlGenerator : IIncrementalGenerator
{
    internal const string RoleMetadata = "build_metadata.AdditionalFiles.LibvirtXmlRole";
    internal const string NamespaceProperty = "build_property.LibvirtXmlNamespace";
    internal static readonly string Version = typeof(LibvirtXmlGenerator).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var inputs = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => ToInput(pair.Left, pair.Right, cancellationToken))
            .Where(static input => input.Role != InputRole.None)
            .WithTrackingName(TrackingNames.Inputs);

        var parsedSchemas = inputs
            .Where(static input => input.Role is InputRole.Root or InputRole.Schema)
            .Select(static (input, _) => RngParser.Parse(input.Path, input.Text ?? ""))
            .WithTrackingName(TrackingNames.ParsedSchemas)
            .Collect()
            .Select(static (documents, _) => documents.OrderBy(d => d.Path, StringComparer.Ordinal).ToEquatableArray());

        var grammars = inputs
            .Where(static input => input.Role is InputRole.Root or InputRole.Missing)
            .Combine(parsedSchemas)
            .Select(static (pair, _) => Resolve(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Grammars);

        var bindings = inputs
            .Where(static input => input.Role is InputRole.Binding or InputRole.UserBinding)
            .Select(static (input, _) => ReadBinding(input))
            .WithTrackingName(TrackingNames.Bindings)
            .Collect()
            // Entries of earlier files win (BindingMerger): the user's files come before the package's.
            .Select(static (all, _) => all.OrderBy(b => b.IsUsers ? 0 : 1).ThenBy(b => b.Path, StringComparer.Ordinal).ToEquatableArray());

        var @namespace = context.AnalyzerConfigOptionsProvider.Select(static (options, _) =>
            options.GlobalOptions.TryGetValue(NamespaceProperty, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : "LibvirtXml");

        var models = grammars
            .Combine(bindings)
            .Combine(@namespace)
            .Select(static (pair, _) => BindModel(pair.Left.Left, pair.Left.Right, pair.Right))
            .WithTrackingName(TrackingNames.Models);

        // Unused or broken binding files are reported once, not once per root.
        context.RegisterSourceOutput(bindings, static (production, all) =>
        {
            foreach (var result in all)
            {
                foreach (var diagnostic in result.Diagnostics) production.ReportDiagnostic(ToRoslyn(diagnostic));
            }
        });

        context.RegisterSourceOutput(models.Collect(), static (production, results) => Emit(production, results));
    }

    private static InputFile ToInput(AdditionalText file, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        options.GetOptions(file).TryGetValue(RoleMetadata, out var roleText);
        var role = roleText?.Trim() switch
        {
            "Root" => InputRole.Root,
            "Schema" => InputRole.Schema,
            "Binding" => InputRole.Binding,
            "UserBinding" => InputRole.UserBinding,
            "Missing" => InputRole.Missing,
            _ => InputRole.None,
        };
        if (role is InputRole.None or InputRole.Missing) return new InputFile(file.Path, role, null);
        return new InputFile(file.Path, role, file.GetText(cancellationToken)?.ToString());
    }

    private static GrammarResult Resolve(InputFile root, EquatableArray<RngDocument> documents)
    {
        if (root.Role == InputRole.Missing || !documents.Any(d => d.Path == root.Path))
        {
            return new GrammarResult(root.Path, null, EquatableArray.Create(new SchemaDiagnostic(DiagnosticIds.MissingRootSchema,
                $"the LibvirtSchema file '{root.Path}' does not exist. libvirt's schemas come with libvirt: on Debian and Ubuntu install the 'libvirt0' package " +
                "(they land in /usr/share/libvirt/schemas), elsewhere use a libvirt source checkout's src/conf/schemas; point LibvirtSchemaDirectory or the item's path at them",
                new SourceSpan(root.Path, 0, 0))));
        }

        var byPath = new Dictionary<string, RngDocument>(StringComparer.Ordinal);
        foreach (var document in documents) byPath[document.Path] = document;
        var result = RngResolver.Resolve(root.Path, byPath);
        return new GrammarResult(root.Path, result.Grammar, result.Diagnostics);
    }

    private static BindingResult ReadBinding(InputFile input)
    {
        var (binding, diagnostics) = BindingReader.Read(input.Path, input.Text ?? "");
        return new BindingResult(input.Path, binding, diagnostics, input.Role == InputRole.UserBinding);
    }

    private static ModelResult BindModel(GrammarResult grammar, EquatableArray<BindingResult> bindings, string @namespace)
    {
        if (grammar.Grammar is null || grammar.Diagnostics.Any(d => !d.IsWarning))
            return new ModelResult(grammar.RootPath, null, grammar.Diagnostics);

        var schemaName = Path.GetFileName(grammar.RootPath);
        var applicable = bindings.Where(b => b.Binding is not null && string.Equals(b.Binding.Schema, schemaName, StringComparison.Ordinal))
            .Select(b => b.Binding!).ToList();
        var binding = BindingMerger.Merge(grammar.RootPath, schemaName, applicable);
        var (model, diagnostics) = Binder.Bind(grammar.Grammar, binding, @namespace);
        return new ModelResult(grammar.RootPath, model, grammar.Diagnostics.Concat(diagnostics).ToEquatableArray());
    }

    private static void Emit(SourceProductionContext production, ImmutableArray<ModelResult> results)
    {
        var emitted = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var result in results)
        {
            foreach (var diagnostic in result.Diagnostics) production.ReportDiagnostic(ToRoslyn(diagnostic));
            if (result.Model is null) continue;
            foreach (var @class in result.Model.Classes)
            {
                if (emitted.TryGetValue(@class.Name, out var other))
                {
                    production.ReportDiagnostic(ToRoslyn(new SchemaDiagnostic(DiagnosticIds.DuplicateMember,
                        $"class {@class.Name} is generated from both {other} and {result.Model.SchemaFile}; rename one in its binding file", new SourceSpan(result.RootPath, 0, 0))));
                    continue;
                }
                emitted[@class.Name] = result.Model.SchemaFile;
                production.AddSource(@class.Name + ".g.cs", SourceText.From(ClassEmitter.Emit(result.Model, @class, Version), System.Text.Encoding.UTF8));
            }
        }
    }

    private static Diagnostic ToRoslyn(SchemaDiagnostic diagnostic)
    {
        var descriptor = DiagnosticDescriptors.For(diagnostic.Id, diagnostic.IsWarning);
        var line = Math.Max(diagnostic.Span.Line - 1, 0);
        var column = Math.Max(diagnostic.Span.Column - 1, 0);
        var position = new LinePosition(line, column);
        var location = diagnostic.Span.Path.Length == 0
            ? Location.None
            : Location.Create(diagnostic.Span.Path, default, new LinePositionSpan(position, position));
        return Diagnostic.Create(descriptor, location, diagnostic.Message);
    }
}

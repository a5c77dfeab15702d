using System.Collections.Generic;
using System.IO;
using System.Linq;
using LibvirtXml.Generator.Binding;
using LibvirtXml.Generator.Rng;

namespace LibvirtXml.Generator.Tests.Infrastructure;

/// <summary>Runs reader and binder directly (no compiler), for tests of the type model.</summary>
internal static class Models
{
    public static (TypeModel? Model, IReadOnlyList<SchemaDiagnostic> Diagnostics) Bind(string schemaDirectory, string root, string bindingFile, string @namespace = "LibvirtXml")
    {
        var documents = Directory.GetFiles(schemaDirectory, "*.rng").ToDictionary(f => f, f => RngParser.Parse(f, File.ReadAllText(f)));
        var loaded = RngResolver.Resolve(Path.Combine(schemaDirectory, root), documents);
        var diagnostics = loaded.Diagnostics.ToList();
        if (loaded.Grammar is null) return (null, diagnostics);
        var (binding, bindingDiagnostics) = BindingReader.Read(bindingFile, File.ReadAllText(bindingFile));
        diagnostics.AddRange(bindingDiagnostics);
        var (model, bindDiagnostics) = Binder.Bind(loaded.Grammar, binding!, @namespace);
        diagnostics.AddRange(bindDiagnostics);
        return (model, diagnostics);
    }

    public static TypeModel BindCleanly(string schemaDirectory, string root, string bindingFile)
    {
        var (model, diagnostics) = Bind(schemaDirectory, root, bindingFile);
        Assert.True(diagnostics.Count == 0, "unexpected diagnostics:\n" + string.Join("\n", diagnostics));
        return model!;
    }
}

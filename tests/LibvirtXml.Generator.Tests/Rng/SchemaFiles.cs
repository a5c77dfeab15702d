using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using LibvirtXml.Generator.Rng;

namespace LibvirtXml.Generator.Tests.Rng;

/// <summary>Locates libvirt's schemas beside the repository and feeds schema texts to the loader.</summary>
internal static class SchemaFiles
{
    public const string RelaxNgNamespace = "http://relaxng.org/ns/structure/1.0";

    public const string InstalledSchemas = "/usr/share/libvirt/schemas";

    /// <summary>The shared libvirt folder (../shared/libvirt), as the test project's AssemblyMetadata names it.</summary>
    public static string SharedDirectory => Metadata("LibvirtSharedDirectory");

    public static string UpstreamSchemas => Path.Combine(SharedDirectory, "schemas");

    public static string Debian900Schemas => Path.Combine(SharedDirectory, "variants", "debian-9.0.0");

    /// <summary>Every .rng file of a directory, keyed by full path, as the build would pass them.</summary>
    public static Dictionary<string, string> ReadDirectory(string directory)
    {
        Assert.True(Directory.Exists(directory), $"schema directory '{directory}' is missing");
        return Directory.GetFiles(directory, "*.rng")
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToDictionary(path => path, File.ReadAllText, StringComparer.Ordinal);
    }

    /// <summary>Loads inline files; the first one is the root.</summary>
    public static RngLoadResult Load(params (string Path, string Text)[] files) =>
        RngLoader.Load(files[0].Path, files.ToDictionary(file => file.Path, file => file.Text));

    /// <summary>Loads one inline file and asserts it has no diagnostics at all.</summary>
    public static Grammar LoadClean(string text) => LoadClean(("/s/main.rng", text));

    public static Grammar LoadClean(params (string Path, string Text)[] files)
    {
        var result = Load(files);
        Assert.True(result.Diagnostics.Count == 0, "unexpected diagnostics:\n" + string.Join("\n", result.Diagnostics));
        Assert.NotNull(result.Grammar);
        return result.Grammar!;
    }

    /// <summary>A grammar element in the RELAX NG namespace around <paramref name="body"/>.</summary>
    public static string Grammar(string body, string attributes = "") =>
        $"<grammar xmlns=\"{RelaxNgNamespace}\" {attributes}>\n{body}\n</grammar>";

    public static Define Define(this Grammar grammar, string key) =>
        grammar.FindDefine(key) ?? throw new Xunit.Sdk.XunitException($"no define '{key}' in:\n{GrammarPrinter.Print(grammar)}");

    private static string Metadata(string key)
    {
        var value = typeof(SchemaFiles).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(attribute => attribute.Key == key)?.Value;
        Assert.False(string.IsNullOrEmpty(value), $"the test assembly has no AssemblyMetadata '{key}'");
        return value!;
    }
}

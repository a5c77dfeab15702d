using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LibvirtXml.Generator.Tests.Infrastructure;

/// <summary>The MSBuild metadata the package's targets would give each additional file (its LibvirtXmlRole) and the global properties.</summary>
internal sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly Dictionary<string, string> _roles;

    public TestOptionsProvider(Dictionary<string, string> roles, Dictionary<string, string> globals)
    {
        _roles = roles;
        GlobalOptions = new DictionaryOptions(globals);
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        _roles.TryGetValue(textFile.Path, out var role)
            ? new DictionaryOptions(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.LibvirtXmlRole"] = role })
            : DictionaryOptions.Empty;

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new(new Dictionary<string, string>());

        private readonly Dictionary<string, string> _values;

        public DictionaryOptions(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}

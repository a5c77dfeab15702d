using System.Collections.Immutable;
using System.Linq;
using LibvirtXml.Generator.Binding;
using LibvirtXml.Generator.Common;

namespace LibvirtXml.Generator.Pipeline;

/// <summary>
/// A root grammar with the binding files that name its schema, and no others: editing one document's binding file
/// leaves every other root's input equal, so their binding is skipped.
/// </summary>
internal sealed record BindInput(GrammarResult Grammar, EquatableArray<BindingFile> Bindings)
{
    public static BindInput For(GrammarResult grammar, ImmutableArray<BindingResult> all)
    {
        var schemaName = System.IO.Path.GetFileName(grammar.RootPath);
        // Entries of files read first win (BindingMerger): the user's files before the package's, then by path,
        // so that the outcome never depends on the order of additional files.
        var applicable = all
            .Where(result => result.Binding is not null && string.Equals(result.Binding.Schema, schemaName, System.StringComparison.Ordinal))
            .OrderBy(result => result.IsUsers ? 0 : 1)
            .ThenBy(result => result.Path, System.StringComparer.Ordinal)
            .Select(result => result.Binding!);
        return new BindInput(grammar, applicable.ToEquatableArray());
    }
}

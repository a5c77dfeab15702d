using System.Collections.Generic;
using System.Linq;
using LibvirtXml.Generator.Common;

namespace LibvirtXml.Generator.Binding;

/// <summary>
/// Several binding files may apply to one schema (the package's and a user's). Entries of files that come first win
/// (the generator puts the user's first); an entry that loses to another still counts as matching the grammar.
/// </summary>
internal static class BindingMerger
{
    public static BindingFile Merge(string rootPath, string schema, IReadOnlyList<BindingFile> bindings)
    {
        if (bindings.Count == 1) return bindings[0];
        return new BindingFile(
            bindings.Count == 0 ? rootPath : bindings[0].Path,
            schema,
            bindings.SelectMany(b => b.Documents).ToEquatableArray(),
            bindings.SelectMany(b => b.Words).ToEquatableArray(),
            bindings.SelectMany(b => b.Types).ToEquatableArray(),
            bindings.SelectMany(b => b.Properties).ToEquatableArray(),
            bindings.SelectMany(b => b.RuntimeTypes).ToEquatableArray(),
            bindings.SelectMany(b => b.RawElements).ToEquatableArray(),
            bindings.SelectMany(b => b.Orders).ToEquatableArray());
    }
}

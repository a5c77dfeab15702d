using System.Collections.Generic;
using LibvirtXml.Generator.Common;
using LibvirtXml.Generator.Rng;

namespace LibvirtXml.Generator.Pipeline;

/// <summary>
/// The files one schema file names in its <c>include</c> and <c>externalRef</c> hrefs, resolved against its own path.
/// Most edits to a schema leave this unchanged, so the reachability of every root is then not recomputed.
/// </summary>
internal sealed record SchemaReferences(string Path, EquatableArray<string> References)
{
    public static SchemaReferences Of(RngDocument document)
    {
        var references = new SortedSet<string>(System.StringComparer.Ordinal);
        if (document.Root is { } root)
        {
            // Iterative: the tree may be as deep as the parser allows.
            var pending = new Stack<RngNode>();
            pending.Push(root);
            while (pending.Count > 0)
            {
                var node = pending.Pop();
                if (node.Name is "include" or "externalRef" && node.GetAttribute("href") is { } href && SchemaPath.Resolve(document.Path, href) is { } path)
                {
                    references.Add(path);
                }
                foreach (var child in node.Children) pending.Push(child);
            }
        }
        return new SchemaReferences(document.Path, references.ToEquatableArray());
    }
}

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using LibvirtXml.Generator.Common;
using LibvirtXml.Generator.Rng;

namespace LibvirtXml.Generator.Pipeline;

/// <summary>Every schema file with the files it names, sorted by path so that the order of additional files does not matter.</summary>
internal sealed record ReferenceGraph(EquatableArray<SchemaReferences> Files)
{
    public static ReferenceGraph Create(ImmutableArray<SchemaReferences> files) =>
        new(files.OrderBy(file => file.Path, System.StringComparer.Ordinal).ToEquatableArray());

    /// <summary>
    /// The files <paramref name="root"/> reaches through includes and externalRefs, itself first, found as the resolver will find
    /// them (<see cref="PathLookup{T}"/>). A file named but not passed is left out: the resolver reports it.
    /// </summary>
    public RootFiles ReachableFrom(RootInput root)
    {
        var byPath = new Dictionary<string, SchemaReferences>(System.StringComparer.Ordinal);
        foreach (var file in Files) byPath[file.Path] = file;
        var lookup = new PathLookup<SchemaReferences>(byPath);

        var reached = new List<string>();
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        var pending = new Queue<string>();
        pending.Enqueue(root.Path);
        while (pending.Count > 0)
        {
            if (lookup.Find(pending.Dequeue()) is not { } found || !seen.Add(found.Key)) continue;
            reached.Add(found.Key);
            foreach (var reference in found.Value.References) pending.Enqueue(reference);
        }
        return new RootFiles(root, reached.ToEquatableArray());
    }
}

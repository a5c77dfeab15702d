using System.Collections.Generic;
using System.Collections.Immutable;
using LibvirtXml.Generator.Common;
using LibvirtXml.Generator.Rng;

namespace LibvirtXml.Generator.Pipeline;

/// <summary>A <c>LibvirtSchema</c> root: its path, and whether its text could be read (false for a missing file).</summary>
internal sealed record RootInput(string Path, bool IsReadable);

/// <summary>The paths of the files a root reaches, the root first.</summary>
internal sealed record RootFiles(RootInput Root, EquatableArray<string> Paths);

/// <summary>
/// A root with the parsed files it reaches and no others: it stays equal when a file it does not reach changes,
/// so that resolving and binding this root are then skipped.
/// </summary>
internal sealed record RootDocuments(RootInput Root, EquatableArray<RngDocument> Documents)
{
    public static RootDocuments Select(RootFiles files, ImmutableArray<RngDocument> parsed)
    {
        var byPath = new Dictionary<string, RngDocument>(System.StringComparer.Ordinal);
        foreach (var document in parsed) byPath[document.Path] = document;
        var documents = new List<RngDocument>(files.Paths.Count);
        foreach (var path in files.Paths)
        {
            if (byPath.TryGetValue(path, out var document)) documents.Add(document);
        }
        return new RootDocuments(files.Root, documents.ToEquatableArray());
    }
}

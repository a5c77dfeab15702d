using System.Collections.Generic;

namespace LibvirtXml.Generator.Rng;

/// <summary>The files being expanded, innermost first: a file that appears twice is a loop.</summary>
internal sealed class FileChain
{
    private FileChain(string path, FileChain? outer, int depth)
    {
        Path = path;
        Outer = outer;
        Depth = depth;
    }

    public string Path { get; }
    public FileChain? Outer { get; }
    public int Depth { get; }

    public static FileChain Start(string path) => new(path, null, 1);

    public FileChain Push(string path) => new(path, this, Depth + 1);

    public bool Contains(string path)
    {
        for (var link = this; link is not null; link = link.Outer)
        {
            if (link.Path == path) return true;
        }
        return false;
    }

    /// <summary>"a.rng -> b.rng -> a.rng" for a loop closed by <paramref name="next"/>.</summary>
    public string Describe(string next)
    {
        var parts = new List<string> { next };
        for (var link = this; link is not null; link = link.Outer) parts.Add(link.Path);
        parts.Reverse();
        return string.Join(" -> ", parts);
    }
}

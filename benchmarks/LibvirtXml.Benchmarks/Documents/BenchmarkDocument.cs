using System.Collections.Generic;
using System.Linq;

namespace LibvirtXml.Benchmarks.Documents;

/// <summary>
/// One benchmark case: one document, or a set of documents that one benchmark operation processes in turn
/// (libvirt's corpus files are small, so they are measured together).
/// </summary>
public sealed class BenchmarkDocument
{
    public BenchmarkDocument(string name, IReadOnlyList<string> texts)
    {
        Name = name;
        Texts = texts;
    }

    /// <summary>The case's name in BenchmarkDotNet's tables.</summary>
    public string Name { get; }

    /// <summary>The XML text of each document, in the order they are processed.</summary>
    public IReadOnlyList<string> Texts { get; }

    /// <summary>The characters of all documents together.</summary>
    public int TotalLength => Texts.Sum(text => text.Length);

    public override string ToString() => Name;
}

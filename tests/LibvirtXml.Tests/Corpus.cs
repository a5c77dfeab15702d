using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace LibvirtXml.Tests;

/// <summary>libvirt's xml2xml test corpus for backups, without the files that carry libvirt-internal content.</summary>
public static class Corpus
{
    public static IEnumerable<object[]> InputFiles() => Files(TestPaths.CorpusIn);

    public static IEnumerable<object[]> OutputFiles() => Files(TestPaths.CorpusOut);

    public static IEnumerable<object[]> CheckpointInputFiles() => Files(TestPaths.CheckpointCorpusIn);

    public static IEnumerable<object[]> CheckpointOutputFiles() => Files(TestPaths.CheckpointCorpusOut);

    public static IEnumerable<object[]> OwnDocuments() => Files(TestPaths.OwnDocuments);

    private static IEnumerable<object[]> Files(string directory) =>
        Directory.GetFiles(directory, "*.xml")
            .Where(f => !Path.GetFileName(f).Contains("-invalid"))
            .OrderBy(f => f, System.StringComparer.Ordinal)
            .Select(f => new object[] { Path.GetFileName(f) });
}

using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace LibvirtXml.Benchmarks.Documents;

/// <summary>The documents the benchmarks run on: libvirt's corpus, a medium pull backup and a 200-disk push backup.</summary>
public static class BenchmarkDocuments
{
    /// <summary>libvirt's canonical output files for backups, read at run time from beside the repository.</summary>
    public static string CorpusDirectory { get; } = Path.Combine(SharedDirectory(), "tests", "domainbackupxml2xmlout");

    public static IReadOnlyList<BenchmarkDocument> All { get; } =
    [
        Corpus(),
        new BenchmarkDocument("pull-16-disks", [GeneratedBackups.MediumPullBackup()]),
        new BenchmarkDocument("push-200-disks", [GeneratedBackups.LargePushBackup()]),
    ];

    /// <summary>
    /// Every corpus file except those named <c>*-invalid*</c>, which carry libvirt-internal content; the same set
    /// the conformance tests round-trip.
    /// </summary>
    private static BenchmarkDocument Corpus()
    {
        var texts = Directory.GetFiles(CorpusDirectory, "*.xml")
            .Where(file => !Path.GetFileName(file).Contains("-invalid"))
            .OrderBy(file => file, System.StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToArray();
        if (texts.Length == 0)
        {
            throw new FileNotFoundException("no libvirt corpus documents in " + CorpusDirectory);
        }

        return new BenchmarkDocument("corpus-" + texts.Length + "-files", texts);
    }

    private static string SharedDirectory() =>
        typeof(BenchmarkDocuments).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "LibvirtSharedDirectory").Value!;
}

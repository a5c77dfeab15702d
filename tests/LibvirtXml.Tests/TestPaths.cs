using System.IO;
using System.Linq;
using System.Reflection;

namespace LibvirtXml.Tests;

/// <summary>Where the tests find libvirt's reference data and the repository's own files.</summary>
internal static class TestPaths
{
    public static string Shared { get; } = Metadata("LibvirtSharedDirectory");

    public static string RepositoryRoot { get; } = Metadata("RepositoryRoot");

    public static string Configuration { get; } = Metadata("Configuration");

    public static string UpstreamSchemas => Path.Combine(Shared, "schemas");

    public static string UpstreamBackupSchema => Path.Combine(UpstreamSchemas, "domainbackup.rng");

    public static string CorpusIn => Path.Combine(Shared, "tests", "domainbackupxml2xmlin");

    public static string CorpusOut => Path.Combine(Shared, "tests", "domainbackupxml2xmlout");

    public static string UpstreamCheckpointSchema => Path.Combine(UpstreamSchemas, "domaincheckpoint.rng");

    public static string CheckpointCorpusIn => Path.Combine(Shared, "tests", "qemudomaincheckpointxml2xmlin");

    public static string CheckpointCorpusOut => Path.Combine(Shared, "tests", "qemudomaincheckpointxml2xmlout");

    public static string OwnDocuments => Path.Combine(RepositoryRoot, "tests", "documents", "domainbackup");

    public static string SampleAssembly => Path.Combine(RepositoryRoot, "samples", "LibvirtXml.Sample", "bin", Configuration, "net10.0", "LibvirtXml.Sample.dll");

    private static string Metadata(string key) =>
        typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}

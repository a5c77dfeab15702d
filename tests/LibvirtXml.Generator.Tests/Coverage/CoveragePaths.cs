using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace LibvirtXml.Generator.Tests.Coverage;

/// <summary>Where the coverage tests find libvirt's grammar and corpus (beside the repository) and our own documents (inside it).</summary>
internal static class CoveragePaths
{
    public static string SharedLibvirtDirectory => Metadata("LibvirtSharedDirectory");

    public static string UpstreamSchemas => Path.Combine(SharedLibvirtDirectory, "schemas");

    public static string UpstreamBackupSchema => Path.Combine(UpstreamSchemas, "domainbackup.rng");

    /// <summary>libvirt's own backup corpus: what users write (in) and libvirt's canonical output (out).</summary>
    public static string[] LibvirtBackupCorpusDirectories =>
    [
        Path.Combine(SharedLibvirtDirectory, "tests", "domainbackupxml2xmlin"),
        Path.Combine(SharedLibvirtDirectory, "tests", "domainbackupxml2xmlout"),
    ];

    public static string OwnBackupDocuments => Path.Combine(Metadata("RepositoryRoot"), "tests", "documents", "domainbackup");

    /// <summary>The *.xml files of a directory in a stable order; an empty or missing directory fails the test.</summary>
    public static string[] XmlFilesOf(string directory)
    {
        Assert.True(Directory.Exists(directory), $"directory '{directory}' is missing");
        var files = Directory.GetFiles(directory, "*.xml").OrderBy(path => path, StringComparer.Ordinal).ToArray();
        Assert.True(files.Length > 0, $"directory '{directory}' holds no .xml file");
        return files;
    }

    /// <summary>libvirt names the documents that must not validate (internal state, deliberate errors) *-invalid*.</summary>
    public static bool IsMeantToBeInvalid(string path) => Path.GetFileName(path).Contains("-invalid", StringComparison.Ordinal);

    private static string Metadata(string key)
    {
        var value = typeof(CoveragePaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(attribute => attribute.Key == key)?.Value;
        Assert.False(string.IsNullOrEmpty(value), $"the test assembly has no AssemblyMetadata '{key}'");
        return value!;
    }
}

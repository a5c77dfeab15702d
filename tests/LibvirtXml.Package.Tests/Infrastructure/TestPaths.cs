using System.IO;
using System.Linq;
using System.Reflection;

namespace LibvirtXml.Package.Tests.Infrastructure;

/// <summary>Where the tests find the repository, libvirt's reference data beside it, and the version the package gets.</summary>
internal static class TestPaths
{
    public static string RepositoryRoot { get; } = Metadata("RepositoryRoot");

    public static string Shared { get; } = Metadata("LibvirtSharedDirectory");

    /// <summary>The one Version of Directory.Build.props, shared by the runtime, the generator and the package.</summary>
    public static string PackageVersion { get; } = Metadata("PackageVersion");

    public static string PackageProject => Path.Combine(RepositoryRoot, "runtime", "LibvirtXml.csproj");

    public static string RepositoryNuGetConfig => Path.Combine(RepositoryRoot, "nuget.config");

    public static string UpstreamSchemas => Path.Combine(Shared, "schemas");

    public static string UpstreamBackupSchema => Path.Combine(UpstreamSchemas, "domainbackup.rng");

    public static string BackupCorpusOut => Path.Combine(Shared, "tests", "domainbackupxml2xmlout");

    /// <summary>Debian's libvirt0 (9.0.0) installs its schemas here; .ci/run installs the package.</summary>
    public const string InstalledSchemas = "/usr/share/libvirt/schemas";

    /// <summary>The consumers' sources, copied into the consumer projects.</summary>
    public static string Consumers => Path.Combine(RepositoryRoot, "tests", "LibvirtXml.Package.Tests", "Consumers");

    private static string Metadata(string key) =>
        typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}

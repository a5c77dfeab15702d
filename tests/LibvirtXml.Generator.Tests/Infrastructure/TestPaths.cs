using System.IO;
using System.Linq;
using System.Reflection;

namespace LibvirtXml.Generator.Tests.Infrastructure;

/// <summary>Where the tests find libvirt's reference data and the repository's own files.</summary>
internal static class TestPaths
{
    public static string Shared { get; } = Metadata("LibvirtSharedDirectory");

    public static string RepositoryRoot { get; } = Metadata("RepositoryRoot");

    public static string UpstreamSchemas => Path.Combine(Shared, "schemas");

    public static string Debian900Schemas => Path.Combine(Shared, "variants", "debian-9.0.0");

    public static string Bindings => Path.Combine(RepositoryRoot, "schemas");

    public static string TestGrammars => Path.Combine(RepositoryRoot, "tests", "LibvirtXml.Generator.Tests", "Grammars");

    private static string Metadata(string key) =>
        typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}

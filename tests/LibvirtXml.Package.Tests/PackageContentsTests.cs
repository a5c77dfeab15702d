using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using LibvirtXml.Package.Tests.Infrastructure;

namespace LibvirtXml.Package.Tests;

/// <summary>The packed nupkg and snupkg: what they hold and what their nuspec says.</summary>
[Collection(PackageCollection.Name)]
public class PackageContentsTests(PackageFeed feed)
{
    private static readonly XNamespace Nuspec = "http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd";

    // Parts every nupkg has; they say nothing about this package.
    private static bool IsPackagingPart(string entry) =>
        entry is "[Content_Types].xml" || entry.StartsWith("_rels/", StringComparison.Ordinal) ||
        entry.StartsWith("package/services/", StringComparison.Ordinal) || entry.EndsWith(".nuspec", StringComparison.Ordinal);

    private static string[] Entries(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        return zip.Entries.Select(e => e.FullName).Where(e => !IsPackagingPart(e)).Order(StringComparer.Ordinal).ToArray();
    }

    private XElement Metadata()
    {
        using var zip = ZipFile.OpenRead(feed.PackagePath);
        using var stream = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        var root = XDocument.Load(stream).Root!;
        return root.Element(root.Name.Namespace + "metadata")!;
    }

    private static string[] ShippedBindingFiles() =>
        Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot, "schemas"), "*.binding.xml").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    [Fact]
    public void Packing_makes_one_package_and_its_symbols_package()
    {
        var files = Directory.GetFiles(feed.FeedDirectory).Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(new[] { Path.GetFileName(feed.PackagePath), Path.GetFileName(feed.SymbolsPackagePath) }, files);
    }

    [Fact]
    public void The_package_holds_the_runtime_the_generator_the_msbuild_and_binding_files_and_the_readme()
    {
        var expected = new[]
            {
                "README.md",
                "analyzers/dotnet/cs/LibvirtXml.Generator.dll",
                "buildTransitive/LibvirtXml.Generated.props",
                "buildTransitive/LibvirtXml.Generated.targets",
                "lib/net10.0/LibvirtXml.dll",
                "lib/net10.0/LibvirtXml.xml",
                "lib/net8.0/LibvirtXml.dll",
                "lib/net8.0/LibvirtXml.xml",
                "lib/netstandard2.0/LibvirtXml.dll",
                "lib/netstandard2.0/LibvirtXml.xml",
                "runtimes/linux-x64/lib/net10.0/LibvirtXml.dll",
                "runtimes/linux-x64/lib/net8.0/LibvirtXml.dll",
            }
            .Concat(ShippedBindingFiles().Select(file => "buildTransitive/" + file))
            .Order(StringComparer.Ordinal);

        Assert.Equal(expected, Entries(feed.PackagePath));
    }

    [Fact]
    public void The_msbuild_and_binding_files_are_the_repositorys_schemas_folder()
    {
        foreach (var file in new[] { "LibvirtXml.Generated.props", "LibvirtXml.Generated.targets" }.Concat(ShippedBindingFiles()))
            Assert.Equal(File.ReadAllBytes(Path.Combine(TestPaths.RepositoryRoot, "schemas", file)), PackageFeed.ReadEntry(feed.PackagePath, "buildTransitive/" + file));
    }

    [Fact]
    public void The_nuspec_declares_the_version_MIT_the_readme_the_repository_and_no_dependencies()
    {
        var metadata = Metadata();
        var ns = metadata.Name.Namespace;

        Assert.Equal(PackageFeed.PackageId, (string?)metadata.Element(ns + "id"));
        Assert.Equal(TestPaths.PackageVersion, (string?)metadata.Element(ns + "version"));
        var license = metadata.Element(ns + "license")!;
        Assert.Equal("expression", (string?)license.Attribute("type"));
        Assert.Equal("MIT", license.Value);
        Assert.Equal("README.md", (string?)metadata.Element(ns + "readme"));
        Assert.False(string.IsNullOrWhiteSpace((string?)metadata.Element(ns + "description")));
        var repository = metadata.Element(ns + "repository")!;
        Assert.Equal("git", (string?)repository.Attribute("type"));
        Assert.Matches("^[0-9a-f]{40}$", (string?)repository.Attribute("commit"));
        // The generator is an analyzer inside the package, not a package dependency; the runtime depends on nothing.
        var groups = metadata.Element(ns + "dependencies")!.Elements(ns + "group").ToList();
        Assert.Equal(new[] { ".NETStandard2.0", "net10.0", "net8.0" }, groups.Select(g => (string?)g.Attribute("targetFramework")).Order(StringComparer.Ordinal));
        Assert.All(groups, group => Assert.Empty(group.Elements()));
    }

    [Fact]
    public void The_symbols_package_holds_the_runtimes_pdbs()
    {
        Assert.Equal(new[] { "lib/net10.0/LibvirtXml.pdb", "lib/net8.0/LibvirtXml.pdb", "lib/netstandard2.0/LibvirtXml.pdb" }, Entries(feed.SymbolsPackagePath));
    }

    [Theory]
    [InlineData("lib/netstandard2.0/LibvirtXml.dll", "lib/netstandard2.0/LibvirtXml.pdb")]
    [InlineData("lib/net8.0/LibvirtXml.dll", "lib/net8.0/LibvirtXml.pdb")]
    [InlineData("lib/net10.0/LibvirtXml.dll", "lib/net10.0/LibvirtXml.pdb")]
    [InlineData("runtimes/linux-x64/lib/net8.0/LibvirtXml.dll", "lib/net8.0/LibvirtXml.pdb")]
    [InlineData("runtimes/linux-x64/lib/net10.0/LibvirtXml.dll", "lib/net10.0/LibvirtXml.pdb")]
    public void Each_packed_assembly_asks_for_a_pdb_of_the_symbols_package(string assembly, string pdb)
    {
        // The precompiled copies are made after the build; they must keep the IL build's debug directory.
        Assert.Equal(Symbols.PdbId(PackageFeed.ReadEntry(feed.SymbolsPackagePath, pdb)), Symbols.RequestedPdbId(PackageFeed.ReadEntry(feed.PackagePath, assembly)));
    }

    [Theory]
    [InlineData("lib/netstandard2.0/LibvirtXml.dll")]
    [InlineData("lib/net8.0/LibvirtXml.dll")]
    [InlineData("lib/net10.0/LibvirtXml.dll")]
    public void The_runtime_in_lib_is_IL_only_as_every_platform_loads_it(string entry)
    {
        // A ReadyToRun image is platform-specific: .NET refuses to load a linux-x64 one elsewhere (BadImageFormatException).
        Assert.False(NativeCode.HasReadyToRunHeader(PackageFeed.ReadEntry(feed.PackagePath, entry)), $"{entry} is precompiled");
    }

    [Theory]
    [InlineData("net8.0")]
    [InlineData("net10.0")]
    public void The_runtime_for_linux_x64_is_the_lib_assembly_precompiled_ReadyToRun(string framework)
    {
        var precompiled = PackageFeed.ReadEntry(feed.PackagePath, $"runtimes/linux-x64/lib/{framework}/LibvirtXml.dll");
        var il = PackageFeed.ReadEntry(feed.PackagePath, $"lib/{framework}/LibvirtXml.dll");

        Assert.True(NativeCode.HasReadyToRunHeader(precompiled), $"runtimes/linux-x64/lib/{framework}/LibvirtXml.dll has no ReadyToRun header: it is IL only");
        Assert.Equal(NativeCode.LinuxX64, NativeCode.TargetMachine(precompiled));
        // Made from the very assembly in lib/, not from another compilation.
        Assert.Equal(NativeCode.ModuleVersionId(il), NativeCode.ModuleVersionId(precompiled));
    }

    [Theory]
    [InlineData("analyzers/dotnet/cs/LibvirtXml.Generator.dll")]
    [InlineData("lib/netstandard2.0/LibvirtXml.dll")]
    [InlineData("lib/net8.0/LibvirtXml.dll")]
    [InlineData("lib/net10.0/LibvirtXml.dll")]
    [InlineData("runtimes/linux-x64/lib/net8.0/LibvirtXml.dll")]
    [InlineData("runtimes/linux-x64/lib/net10.0/LibvirtXml.dll")]
    public void Generator_and_runtime_are_release_builds_of_the_packages_version(string entry)
    {
        var facts = AssemblyFacts.Read(PackageFeed.ReadEntry(feed.PackagePath, entry));

        var packageVersion = new Version(TestPaths.PackageVersion.Split('-')[0]);
        Assert.Equal(packageVersion, new Version(facts.Version.Major, facts.Version.Minor, facts.Version.Build));
        Assert.True(facts.IsOptimized, $"{entry} is not an optimized (Release) build");
    }
}

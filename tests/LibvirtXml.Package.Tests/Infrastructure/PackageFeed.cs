using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;

namespace LibvirtXml.Package.Tests.Infrastructure;

/// <summary>
/// Packs the package project once per test run (in Release, as a release would) into a folder feed under a fresh
/// temporary directory, where the consumer projects of the tests live too. Deleted with everything in it at the end.
/// </summary>
public sealed class PackageFeed : IDisposable
{
    public PackageFeed()
    {
        Root = Directory.CreateTempSubdirectory("libvirtxml-package-").FullName;
        FeedDirectory = Path.Combine(Root, "feed");
        PackagesDirectory = Path.Combine(Root, "packages");
        var pack = CommandLine.DotnetBuildCommand("pack", TestPaths.RepositoryRoot, TestPaths.PackageProject, "-c", "Release", "-o", FeedDirectory);
        if (pack.ExitCode != 0) throw new Xunit.Sdk.XunitException($"packing failed:\n{pack}");
        PackagePath = Path.Combine(FeedDirectory, $"{PackageId}.{TestPaths.PackageVersion}.nupkg");
        SymbolsPackagePath = Path.Combine(FeedDirectory, $"{PackageId}.{TestPaths.PackageVersion}.snupkg");
    }

    public const string PackageId = "LibvirtXml.Generated";

    public string Root { get; }

    public string FeedDirectory { get; }

    /// <summary>
    /// The consumers' RestorePackagesPath: every run packs the same version again, and a shared packages folder
    /// (such as ~/.nuget/packages) would hand out the copy an earlier run extracted there.
    /// </summary>
    public string PackagesDirectory { get; }

    public string PackagePath { get; }

    public string SymbolsPackagePath { get; }

    /// <summary>The bytes of one file in the package (<paramref name="package"/>: <see cref="PackagePath"/> or <see cref="SymbolsPackagePath"/>).</summary>
    public static byte[] ReadEntry(string package, string entry)
    {
        using var zip = ZipFile.OpenRead(package);
        using var stream = (zip.GetEntry(entry) ?? throw new Xunit.Sdk.XunitException($"{Path.GetFileName(package)} has no {entry}")).Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>A nuget.config with the local feed (only for this package) and the registries of the repository's nuget.config.</summary>
    public string NuGetConfig()
    {
        var registries = XDocument.Load(TestPaths.RepositoryNuGetConfig).Root!.Element("packageSources")!.Elements("add").ToList();
        var local = new XElement("add", new XAttribute("key", "local-feed"), new XAttribute("value", FeedDirectory));
        // Source mapping: the package comes from the feed only, never from a registry that may hold another build of it.
        var mapping = new XElement("packageSourceMapping",
            new XElement("packageSource", new XAttribute("key", "local-feed"), new XElement("package", new XAttribute("pattern", PackageId))),
            registries.Select(r => new XElement("packageSource", new XAttribute("key", (string)r.Attribute("key")!), new XElement("package", new XAttribute("pattern", "*")))));
        var configuration = new XElement("configuration",
            new XElement("packageSources", new XElement("clear"), local, registries.Select(r => new XElement(r))),
            mapping);
        return new XDocument(new XDeclaration("1.0", "utf-8", null), configuration).ToString();
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory is not worth failing the run for.
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFeed>
{
    public const string Name = "Packed package";
}

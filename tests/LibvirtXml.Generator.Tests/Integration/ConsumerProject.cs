using System;
using System.IO;
using System.Linq;
using LibvirtXml.Generator.Tests.Coverage;
using LibvirtXml.Generator.Tests.Infrastructure;

namespace LibvirtXml.Generator.Tests.Integration;

/// <summary>
/// A console app outside the repository that consumes the generator as samples/LibvirtXml.Sample does (the package's props
/// and targets, the generator as an analyzer project reference, the runtime), built with plain <c>dotnet build</c> against
/// its own copy of libvirt's upstream schemas, which tests may edit.
/// </summary>
public sealed class ConsumerProject : IDisposable
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(4);
    private readonly TemporaryDirectory _root = new("libvirtxml-consumer-");

    public ConsumerProject()
    {
        SchemaDirectory = Path.Combine(_root.Path, "schemas");
        AppDirectory = Path.Combine(_root.Path, "app");
        Directory.CreateDirectory(AppDirectory);
        File.Copy(Path.Combine(TestPaths.RepositoryRoot, "nuget.config"), Path.Combine(_root.Path, "nuget.config")); // the repository's package sources
        var repository = TestPaths.RepositoryRoot;
        File.WriteAllText(Path.Combine(AppDirectory, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{repository}/schemas/LibvirtXml.Generated.props" />
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <LibvirtSchemaDirectory>{SchemaDirectory}</LibvirtSchemaDirectory>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{repository}/generator/LibvirtXml.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                <ProjectReference Include="{repository}/runtime/LibvirtXml.csproj" />
                <LibvirtSchema Include="domainbackup.rng" />
              </ItemGroup>
              <Import Project="{repository}/schemas/LibvirtXml.Generated.targets" />
            </Project>
            """);
        // Reflection only, so that it compiles before and after a schema edit: the server's members, and a document's round trip.
        WriteSource("Program.cs", """
            using System.Reflection;
            using LibvirtXml;

            Console.WriteLine("server: " + string.Join(",", typeof(DomainBackupPullServer).GetProperties().Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal)));
            var extra = Type.GetType("Consumer.UsesNewApi")?.GetMethod("Run", BindingFlags.Public | BindingFlags.Static);
            if (extra is not null) Console.Write((string)extra.Invoke(null, null)!);
            """);
        ResetSchemas();
    }

    public string SchemaDirectory { get; }

    public string AppDirectory { get; }

    public string AssemblyPath => Path.Combine(AppDirectory, "bin", "Debug", "net10.0", "Consumer.dll");

    /// <summary>Back to an intact copy of libvirt's upstream schemas.</summary>
    public void ResetSchemas()
    {
        if (Directory.Exists(SchemaDirectory)) Directory.Delete(SchemaDirectory, recursive: true);
        Directory.CreateDirectory(SchemaDirectory);
        foreach (var file in Directory.GetFiles(TestPaths.UpstreamSchemas, "*.rng"))
            File.Copy(file, Path.Combine(SchemaDirectory, Path.GetFileName(file)));
    }

    public string EditSchema(string file, Func<string, string> edit)
    {
        var path = Path.Combine(SchemaDirectory, file);
        var text = File.ReadAllText(path);
        var edited = edit(text);
        Assert.NotEqual(text, edited);
        File.WriteAllText(path, edited);
        return edited;
    }

    public void WriteSource(string name, string text) => File.WriteAllText(Path.Combine(AppDirectory, name), text);

    public void RemoveSource(string name) => File.Delete(Path.Combine(AppDirectory, name));

    internal ToolResult Build(params string[] properties)
    {
        var arguments = new[] { "build", "--disable-build-servers", "-v:minimal", "-nologo" };
        return DotnetCli.Run(AppDirectory, BuildTimeout, arguments.Concat(properties).ToArray());
    }

    internal ToolResult Run() => DotnetCli.Run(AppDirectory, TimeSpan.FromMinutes(1), AssemblyPath);

    public void Dispose() => _root.Dispose();
}

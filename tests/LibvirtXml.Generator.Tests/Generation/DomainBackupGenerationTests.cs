using System.IO;
using System.Linq;
using LibvirtXml.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace LibvirtXml.Generator.Tests.Generation;

/// <summary>The generator run as the compiler runs it, over libvirt's backup grammar and the project's binding file.</summary>
public class DomainBackupGenerationTests
{
    private static readonly string BackupBinding = Path.Combine(TestPaths.Bindings, "domainbackup.binding.xml");

    private static GeneratorRun Upstream(params string[] consumer) =>
        GeneratorHarness.Run(GeneratorInput.FromDirectory(TestPaths.UpstreamSchemas, "domainbackup.rng", BackupBinding), consumer);

    private static GeneratorRun Debian900(params string[] consumer) =>
        GeneratorHarness.Run(GeneratorInput.FromDirectory(TestPaths.Debian900Schemas, "domainbackup.rng", BackupBinding), consumer);

    [Fact]
    public void Upstream_generation_reports_nothing_and_compiles_without_any_warning()
    {
        var run = Upstream();

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void Debian_9_0_0_generation_reports_nothing_and_compiles_without_any_warning()
    {
        var run = Debian900();

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Theory]
    [InlineData("DomainBackup", "Incremental", "string?")]
    [InlineData("DomainBackup", "Push", "LibvirtXml.DomainBackupPush?")]
    [InlineData("DomainBackup", "Pull", "LibvirtXml.DomainBackupPull?")]
    [InlineData("DomainBackupPush", "Disks", "LibvirtXml.DomainBackupPushDisks?")]
    [InlineData("DomainBackupPull", "Server", "LibvirtXml.DomainBackupPullServer?")]
    [InlineData("DomainBackupPull", "Disks", "LibvirtXml.DomainBackupPullDisks?")]
    [InlineData("DomainBackupPushDisks", "Disks", "System.Collections.Generic.List<LibvirtXml.DomainBackupPushDisk>")]
    [InlineData("DomainBackupPullDisks", "Disks", "System.Collections.Generic.List<LibvirtXml.DomainBackupPullDisk>")]
    [InlineData("DomainBackupPushDisk", "Name", "string?")]
    [InlineData("DomainBackupPushDisk", "Backup", "string?")]
    [InlineData("DomainBackupPushDisk", "BackupMode", "string?")]
    [InlineData("DomainBackupPushDisk", "Incremental", "string?")]
    [InlineData("DomainBackupPushDisk", "Driver", "LibvirtXml.DomainBackupDiskDriver?")]
    [InlineData("DomainBackupPushDisk", "Target", "LibvirtXml.DomainDiskSource?")]
    [InlineData("DomainBackupPullDisk", "Name", "string?")]
    [InlineData("DomainBackupPullDisk", "Backup", "string?")]
    [InlineData("DomainBackupPullDisk", "BackupMode", "string?")]
    [InlineData("DomainBackupPullDisk", "Incremental", "string?")]
    [InlineData("DomainBackupPullDisk", "ExportName", "string?")]
    [InlineData("DomainBackupPullDisk", "ExportBitmap", "string?")]
    [InlineData("DomainBackupPullDisk", "Driver", "LibvirtXml.DomainBackupDiskDriver?")]
    [InlineData("DomainBackupPullDisk", "Scratch", "LibvirtXml.DomainDiskSource?")]
    [InlineData("DomainBackupDiskDriver", "Type", "string?")]
    [InlineData("DomainBackupPullServer", "TLS", "string?")]
    [InlineData("DomainBackupPullServer", "TCP", "LibvirtXml.DomainBackupPullServerTCP?")]
    [InlineData("DomainBackupPullServer", "UNIX", "LibvirtXml.DomainBackupPullServerUNIX?")]
    [InlineData("DomainBackupPullServer", "FD", "LibvirtXml.DomainBackupPullServerFD?")]
    [InlineData("DomainBackupPullServerTCP", "Name", "string?")]
    [InlineData("DomainBackupPullServerTCP", "Port", "uint?")]
    [InlineData("DomainBackupPullServerUNIX", "Socket", "string?")]
    [InlineData("DomainBackupPullServerFD", "FDGroup", "string?")]
    public void Upstream_api_has_gos_names_and_types(string type, string property, string propertyType)
    {
        var symbol = Upstream().Type(type);

        Assert.NotNull(symbol);
        Assert.True(symbol!.IsPartialDefinition() && symbol.DeclaredAccessibility == Accessibility.Public, $"{type} is a public partial class");
        var member = Assert.Single(symbol.GetMembers(property).OfType<IPropertySymbol>());
        Assert.Equal(propertyType, member.Type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat.WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier | SymbolDisplayMiscellaneousOptions.UseSpecialTypes)));
        Assert.NotNull(member.SetMethod);
    }

    [Fact]
    public void Debian_9_0_0_api_has_no_fd_transport()
    {
        var run = Debian900();

        Assert.Null(run.Type("DomainBackupPullServerFD"));
        Assert.Empty(run.Type("DomainBackupPullServer")!.GetMembers("FD"));
        Assert.NotEmpty(run.Type("DomainBackupPullServer")!.GetMembers("UNIX"));
    }

    [Fact]
    public void The_document_has_gos_unmarshal_and_marshal_plus_parse_and_overloads()
    {
        var backup = Upstream().Type("DomainBackup")!;

        Assert.Contains(backup.AllInterfaces, i => i.ToDisplayString() == "LibvirtXml.ILibvirtDocument");
        string[] Parameters(string method) => backup.GetMembers(method).OfType<IMethodSymbol>().Where(m => m.Parameters.Length == 1).Select(m => m.Parameters.Single().Type.ToDisplayString()).OrderBy(t => t, System.StringComparer.Ordinal).ToArray();
        var inputs = new[] { "System.IO.Stream", "System.IO.TextReader", "System.Xml.XmlReader", "string" }.OrderBy(t => t, System.StringComparer.Ordinal);
        Assert.Equal(inputs, Parameters("Parse"));
        Assert.Equal(inputs, Parameters("Unmarshal"));
        Assert.All(backup.GetMembers("Parse").OfType<IMethodSymbol>(), m => Assert.True(m.IsStatic));
        Assert.Equal(new[] { "System.IO.Stream", "System.IO.TextWriter", "System.Xml.XmlWriter" }, backup.GetMembers("Marshal").OfType<IMethodSymbol>().Where(m => m.Parameters.Length == 1).Select(m => m.Parameters[0].Type.ToDisplayString()).OrderBy(t => t));
        Assert.Single(backup.GetMembers("Marshal").OfType<IMethodSymbol>(), m => m.Parameters.Length == 0 && m.ReturnType.SpecialType == SpecialType.System_String);
    }

    [Fact]
    public void Users_extend_generated_classes_with_their_own_partial_declarations()
    {
        var run = Upstream("namespace LibvirtXml { public partial class DomainBackupPullDisk { public bool IsExported => ExportName is not null; } }");

        Assert.Empty(run.CompilationDiagnostics);
        Assert.NotEmpty(run.Type("DomainBackupPullDisk")!.GetMembers("IsExported"));
    }

    [Fact]
    public void Generated_code_compiles_for_consumers_on_csharp_8()
    {
        var run = GeneratorHarness.Run(GeneratorInput.FromDirectory(TestPaths.UpstreamSchemas, "domainbackup.rng", BackupBinding), Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp8);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void Partial_hooks_run_after_reading_and_before_writing_when_a_user_implements_them()
    {
        var run = Upstream("namespace LibvirtXml { public partial class DomainBackupPushDisk { public int Reads, Writes; partial void OnAfterRead() => Reads++; partial void OnBeforeWrite() => Writes++; } }");

        Assert.Empty(run.CompilationDiagnostics);
        Assert.Contains("OnAfterRead();", run.Sources["DomainBackupPushDisk.g.cs"]);
        Assert.Contains("OnBeforeWrite();", run.Sources["DomainBackupPushDisk.g.cs"]);
    }

    [Fact]
    public void Generated_files_are_auto_generated_nullable_enabled_and_named_after_their_class()
    {
        var sources = Upstream().Sources;

        Assert.Contains("DomainBackup.g.cs", sources.Keys);
        Assert.Contains("DomainBackupPullServerTCP.g.cs", sources.Keys);
        Assert.All(sources.Values, s => Assert.StartsWith("// <auto-generated/>\n#nullable enable\n", s));
        Assert.All(sources.Values, s => Assert.Contains("[global::System.CodeDom.Compiler.GeneratedCode(\"LibvirtXml.Generator\"", s));
        Assert.All(sources.Values, s => Assert.DoesNotContain("System.Reflection", s));
        Assert.All(sources.Values, s => Assert.DoesNotContain("XmlSerializer", s));
    }

    [Fact]
    public void Generated_upstream_sources_match_their_snapshots()
    {
        var sources = Upstream().Sources;

        foreach (var (name, text) in sources.OrderBy(s => s.Key))
            Snapshot.Match(Path.Combine("domainbackup", name), text);
        if (!Snapshot.Updating)
        {
            var expected = Directory.GetFiles(Path.Combine(Snapshot.Directory, "domainbackup")).Select(Path.GetFileName).OrderBy(n => n);
            Assert.Equal(expected, sources.Keys.OrderBy(n => n));
        }
    }
}

internal static class SymbolExtensions
{
    public static bool IsPartialDefinition(this INamedTypeSymbol type) =>
        type.DeclaringSyntaxReferences.All(r => r.GetSyntax() is Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax c && c.Modifiers.Any(m => m.Text == "partial"));
}

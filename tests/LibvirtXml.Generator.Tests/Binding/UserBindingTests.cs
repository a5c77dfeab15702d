using System.IO;
using System.Linq;
using LibvirtXml.Generator.Tests.Infrastructure;

namespace LibvirtXml.Generator.Tests.Binding;

/// <summary>
/// A consumer's own binding file (a LibvirtBinding item, role UserBinding) beside the package's (role Binding):
/// its entries win wherever its file happens to sit, and the package's entries it overrides are not reported as unmatched.
/// </summary>
public class UserBindingTests
{
    private const string UserBinding = """
        <binding xmlns="urn:libvirtxml:binding:1" schema="domainbackup.rng">
          <!-- Overrides the package's entry for this path. -->
          <type path="domainbackup[mode=push]/disks/disk" name="PushDisk" />
          <!-- Overrides the package's word. -->
          <word xml="tcp" cs="Tcp" />
          <!-- Overrides the package's word for one member. -->
          <property path="domainbackup[mode=pull]/disks/disk" xml="exportname" name="NbdExportName" />
          <!-- Names what the package leaves to the default. -->
          <type path="domainbackup[mode=pull]/server" name="NbdServer" />
          <!-- Names one variant branch. -->
          <type path="domainbackup[mode=pull]/server[transport=unix]" name="NbdUnixSocket" />
        </binding>
        """;

    // Binding files are ordered by path otherwise: one user file sorts before the package's, one after.
    [Theory]
    [InlineData("/aaa/my.binding.xml")]
    [InlineData("/zzz/my.binding.xml")]
    public void The_users_entries_win_and_the_overridden_package_entries_are_not_unmatched(string userBindingPath)
    {
        var packaged = GeneratorInput.FromDirectory(TestPaths.UpstreamSchemas, "domainbackup.rng", Path.Combine(TestPaths.Bindings, "domainbackup.binding.xml"));
        var input = packaged with { Files = packaged.Files.Append((userBindingPath, "UserBinding", UserBinding)).ToList() };

        var run = GeneratorHarness.Run(input);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        Assert.NotNull(run.Type("PushDisk"));
        Assert.Null(run.Type("DomainBackupPushDisk"));
        Assert.NotNull(run.Type("NbdServer"));
        // Renaming the server renames its class only; its transport branches build on the new name.
        Assert.NotNull(run.Type("NbdServerTcp")?.GetMembers("Port").SingleOrDefault());
        Assert.Null(run.Type("NbdServer")!.GetMembers("Port").SingleOrDefault());
        Assert.NotNull(run.Type("NbdUnixSocket")?.GetMembers("Socket").SingleOrDefault());
        Assert.NotNull(run.Type("DomainBackupPullDisk")?.GetMembers("NbdExportName").SingleOrDefault());
        // The package's entries that the user's file does not touch still apply.
        Assert.NotNull(run.Type("DomainBackupPullDisk"));
        Assert.NotNull(run.Type("DomainBackupDiskDriver"));
    }

    [Fact]
    public void Without_a_user_file_the_package_names_stand()
    {
        var run = GeneratorHarness.Run(GeneratorInput.FromDirectory(TestPaths.UpstreamSchemas, "domainbackup.rng", Path.Combine(TestPaths.Bindings, "domainbackup.binding.xml")));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.NotNull(run.Type("DomainBackupPushDisk"));
        Assert.NotNull(run.Type("DomainBackupPullServerTCP"));
    }
}

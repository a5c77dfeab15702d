using System.IO;
using LibvirtXml.Package.Tests.Infrastructure;

namespace LibvirtXml.Package.Tests;

/// <summary>The types follow the schemas at hand: Debian's libvirt 9.0.0 has no fd transport, so there is no FD.</summary>
[Collection(PackageCollection.Name)]
public class InstalledSchemasTests(PackageFeed feed)
{
    [Fact]
    public void Debians_libvirt_9_schemas_give_tcp_and_unix_but_no_fd_transport()
    {
        Assert.True(File.Exists(Path.Combine(TestPaths.InstalledSchemas, "domainbackup.rng")),
            $"libvirt's schemas are not installed in {TestPaths.InstalledSchemas} (apt-get install -y libvirt0)");
        var consumer = new Consumer(feed, "installed-schemas");
        consumer.CopySources("InstalledSchemas");
        consumer.Write("InstalledSchemas.csproj", ConsumerProjects.Program($"<LibvirtSchemaDirectory>{TestPaths.InstalledSchemas}</LibvirtSchemaDirectory>", $"""
            {ConsumerProjects.PackageReference}
            <LibvirtSchema Include="domainbackup.rng" />
            <!-- The same root once more by its path: it must generate once, not twice. -->
            <LibvirtSchema Include="{TestPaths.InstalledSchemas}/domainbackup.rng" />
            """));
        consumer.BuildSuccessfully("InstalledSchemas.csproj");

        var output = consumer.RunSuccessfully("InstalledSchemas.csproj",
            Path.Combine(TestPaths.BackupCorpusOut, "backup-pull.xml"), Path.Combine(TestPaths.BackupCorpusOut, "backup-pull-fd.xml"));

        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(5, lines.Length);
        Assert.Equal("TCP: present", lines[0]);
        Assert.Equal("UNIX: present", lines[1]);
        Assert.Equal("FD: absent", lines[2]);
        Assert.Equal("backup-pull.xml: read, server localhost:10809", lines[3]);
        Assert.StartsWith("backup-pull-fd.xml: rejected: ", lines[4]);
        Assert.Contains("transport 'fd'", lines[4]);
    }
}

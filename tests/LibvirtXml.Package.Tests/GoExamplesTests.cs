using System.IO;
using LibvirtXml.Package.Tests.Infrastructure;

namespace LibvirtXml.Package.Tests;

/// <summary>The check: a fresh project with the package and one LibvirtSchema writes Go's examples and reads libvirt's documents.</summary>
[Collection(PackageCollection.Name)]
public class GoExamplesTests(PackageFeed feed)
{
    [Fact]
    public void A_consumer_writes_gos_examples_as_valid_libvirt_xml_and_unmarshals_a_libvirt_document()
    {
        var consumer = new Consumer(feed, "go-examples");
        consumer.CopySources("GoExamples");
        consumer.Write("GoExamples.csproj", ConsumerProjects.Program("", $"""
            {ConsumerProjects.PackageReference}
            <LibvirtSchema Include="{TestPaths.UpstreamBackupSchema}" />
            """));
        consumer.BuildSuccessfully("GoExamples.csproj");

        var push = consumer.RunSuccessfully("GoExamples.csproj", "push");
        var pull = consumer.RunSuccessfully("GoExamples.csproj", "pull");
        var description = consumer.RunSuccessfully("GoExamples.csproj", "describe", Path.Combine(TestPaths.BackupCorpusOut, "backup-pull.xml"));

        Assert.Equal(GoExampleDocuments.Push, push);
        Xmllint.AssertValid(TestPaths.UpstreamBackupSchema, push);
        Assert.Equal(GoExampleDocuments.Pull, pull);
        Xmllint.AssertValid(TestPaths.UpstreamBackupSchema, pull);
        Assert.Equal("""
            incremental: 1525889631
            server: tcp localhost:10809
            disk vda: backup=yes mode=incremental scratch=/path/to/file
            disk hda: backup=no
            disk vdc: backup=yes mode=full scratch=/path/to/file
            disk vdd: backup=yes mode=incremental scratch=/path/to/file
            disk vde: backup=yes mode=incremental scratch=/path/to/file
            disk vdf: backup=yes mode=incremental scratch=/path/to/file
            disk vdextradisk: backup=no

            """, description);
    }
}

using LibvirtXml.Package.Tests.Infrastructure;

namespace LibvirtXml.Package.Tests;

/// <summary>A user's binding file and namespace change the C# names, never the XML.</summary>
[Collection(PackageCollection.Name)]
public class UserBindingTests(PackageFeed feed)
{
    [Fact]
    public void A_users_binding_file_renames_types_and_members_beside_the_packages_names()
    {
        var consumer = new Consumer(feed, "user-binding");
        consumer.CopySources("UserBinding");
        consumer.Write("UserBinding.csproj", ConsumerProjects.Program("<LibvirtXmlNamespace>Acme.Backups</LibvirtXmlNamespace>", $"""
            {ConsumerProjects.PackageReference}
            <LibvirtSchema Include="{TestPaths.UpstreamBackupSchema}" />
            <LibvirtBinding Include="nbd.binding.xml" />
            """));
        // Program.cs uses NbdServer, NbdServerTcp, PullDisk and NbdExportName: it compiles only with the user's names.
        consumer.BuildSuccessfully("UserBinding.csproj");

        var xml = consumer.RunSuccessfully("UserBinding.csproj");

        Assert.Equal(GoExampleDocuments.Pull, xml);
    }
}

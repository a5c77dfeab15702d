using LibvirtXml.Package.Tests.Infrastructure;

namespace LibvirtXml.Package.Tests;

/// <summary>A program that gets the package only through a class library still generates from its own LibvirtSchema.</summary>
[Collection(PackageCollection.Name)]
public class TransitiveReferenceTests(PackageFeed feed)
{
    [Fact]
    public void A_program_referencing_a_library_that_references_the_package_generates_and_runs()
    {
        var consumer = new Consumer(feed, "transitive");
        consumer.CopySources("Transitive");
        // netstandard2.0: the library gets the package's lib/netstandard2.0 runtime.
        consumer.Write("Library/Backups.Library.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>netstandard2.0</TargetFramework>
                <LangVersion>latest</LangVersion>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                {ConsumerProjects.PackageReference}
              </ItemGroup>
            </Project>
            """);
        consumer.Write("App/App.csproj", ConsumerProjects.Program("", $"""
            <ProjectReference Include="../Library/Backups.Library.csproj" />
            <LibvirtSchema Include="{TestPaths.UpstreamBackupSchema}" />
            """));
        consumer.BuildSuccessfully("App/App.csproj");

        var xml = consumer.RunSuccessfully("App/App.csproj");

        Assert.Equal("""
            <domainbackup mode='push'>
              <disks>
                <disk name='vda' backup='yes' type='file'>
                  <target file='/path/to/vda.backup'/>
                </disk>
              </disks>
            </domainbackup>

            """, xml);
        Xmllint.AssertValid(TestPaths.UpstreamBackupSchema, xml);
    }
}

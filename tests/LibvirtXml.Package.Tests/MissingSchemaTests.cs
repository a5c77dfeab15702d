using LibvirtXml.Package.Tests.Infrastructure;

namespace LibvirtXml.Package.Tests;

/// <summary>A schema that is not where the project says stops the build with LVX0009 and what to install, before compiling.</summary>
[Collection(PackageCollection.Name)]
public class MissingSchemaTests(PackageFeed feed)
{
    private const string Missing = "/nonexistent/libvirt/schemas";

    [Theory]
    [InlineData("by-path", "", $"{Missing}/domainbackup.rng")]
    [InlineData("by-directory", $"<LibvirtSchemaDirectory>{Missing}</LibvirtSchemaDirectory>", "domainbackup.rng")]
    public void A_missing_schema_is_error_LVX0009_at_the_project(string scenario, string properties, string include)
    {
        var consumer = new Consumer(feed, "missing-schema-" + scenario);
        consumer.Write("Program.cs", "System.Console.WriteLine();\n");
        consumer.Write("MissingSchema.csproj", ConsumerProjects.Program(properties, $"""
            {ConsumerProjects.PackageReference}
            <LibvirtSchema Include="{include}" />
            """));

        var build = consumer.Build("MissingSchema.csproj");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains($"MissingSchema.csproj : error LVX0009: LibvirtSchema '{Missing}/domainbackup.rng' does not exist.", build.Output);
        Assert.Contains("install the 'libvirt0' package", build.Output);
        Assert.DoesNotContain("error CS", build.Output);
    }
}

using System.IO;
using System.Linq;
using LibvirtXml.Generator.Diagnostics;
using LibvirtXml.Generator.Tests.Coverage;
using LibvirtXml.Generator.Tests.Diagnostics;
using LibvirtXml.Generator.Tests.Infrastructure;

namespace LibvirtXml.Generator.Tests.Integration;

/// <summary>
/// The user's loop, with real builds: libvirt changes a grammar, the user rebuilds, the types follow with no binding change.
/// A broken or missing schema fails the build with an LVX error at the file and line, never CS8785 or CS8784.
/// </summary>
[Collection(CpuHeavyCollection.Name)]
public class ConsumerBuildTests : IClassFixture<ConsumerProject>
{
    private const string UsesNewApi = "UsesNewApi.cs";
    private readonly ConsumerProject _consumer;

    public ConsumerBuildTests(ConsumerProject consumer)
    {
        _consumer = consumer;
        _consumer.ResetSchemas();
        _consumer.RemoveSource(UsesNewApi);
    }

    private static void AssertBuilt(ToolResult build) =>
        Assert.True(build.ExitCode == 0 && !System.Text.RegularExpressions.Regex.IsMatch(build.Output, @": warning [A-Z]+[0-9]+"), build.ToString());

    private static void AssertNeverCrashes(ToolResult build)
    {
        Assert.DoesNotContain("CS8785", build.Output);
        Assert.DoesNotContain("CS8784", build.Output);
    }

    /// <summary>A new optional attribute on the server, and a new value in the transport choice (a vsock branch with its own attribute).</summary>
    private static string WithCompressionAndVsock(string schema) => schema
        .Replace("<element name=\"server\">", """
            <element name="server">
                            <optional>
                              <attribute name="compression">
                                <choice>
                                  <value>none</value>
                                  <value>zstd</value>
                                </choice>
                              </attribute>
                            </optional>
            """)
        .Replace("""
                              <group>
                                <attribute name="transport">
                                  <value>fd</value>
            """.Replace("\r\n", "\n").TrimEnd('\n'), """
                              <group>
                                <attribute name="transport">
                                  <value>vsock</value>
                                </attribute>
                                <attribute name="cid">
                                  <ref name="unsignedInt"/>
                                </attribute>
                              </group>
                              <group>
                                <attribute name="transport">
                                  <value>fd</value>
            """.Replace("\r\n", "\n").TrimEnd('\n'));

    [Fact]
    public void An_edited_schema_copy_brings_its_new_attribute_and_branch_on_a_plain_rebuild_without_binding_changes()
    {
        AssertBuilt(_consumer.Build());
        Assert.Contains("server: FD,TCP,TLS,UNIX,UnknownAttributes,UnknownElements\n", _consumer.Run().Output);

        var edited = _consumer.EditSchema("domainbackup.rng", WithCompressionAndVsock);
        Assert.Contains("<value>vsock</value>", edited);
        // Code that only compiles once the new members exist.
        _consumer.WriteSource(UsesNewApi, """
            namespace Consumer;

            public static class UsesNewApi
            {
                public static string Run()
                {
                    var backup = new LibvirtXml.DomainBackup
                    {
                        Pull = new LibvirtXml.DomainBackupPull
                        {
                            Server = new LibvirtXml.DomainBackupPullServer { Compression = "zstd", Vsock = new LibvirtXml.DomainBackupPullServerVsock { Cid = 3u } },
                        },
                    };
                    var xml = backup.Marshal();
                    return xml + "again: " + LibvirtXml.DomainBackup.Parse(xml).Marshal();
                }
            }
            """);
        var rebuild = _consumer.Build();

        AssertBuilt(rebuild);
        var run = _consumer.Run();
        Assert.Contains("server: Compression,FD,TCP,TLS,UNIX,UnknownAttributes,UnknownElements,Vsock\n", run.Output);
        var xml = run.Output.Substring(run.Output.IndexOf("<domainbackup", System.StringComparison.Ordinal));
        var (first, again) = (xml.Substring(0, xml.IndexOf("again: ", System.StringComparison.Ordinal)), xml.Substring(xml.IndexOf("again: ", System.StringComparison.Ordinal) + "again: ".Length));
        Assert.Contains("transport='vsock'", first);
        Assert.Contains("compression='zstd'", first);
        Assert.Contains("cid='3'", first);
        Assert.Equal(first, again);
        using var written = new TemporaryDirectory();
        var document = written.WriteFile("vsock.xml", first);
        Assert.True(Xmllint.Validate(Path.Combine(_consumer.SchemaDirectory, "domainbackup.rng"), new[] { document })[document], "the edited grammar accepts what the new types wrote");
    }

    [Fact]
    public void An_undefined_ref_fails_the_build_with_LVX0003_at_its_file_line_and_column()
    {
        var edited = _consumer.EditSchema("domainbackup.rng", schema => schema.Replace("<ref name=\"backupDisksPull\"/>", "<ref name=\"backupDisksPulled\"/>"));
        var (line, column) = SourcePosition.Of(edited, "<ref name=\"backupDisksPulled\"/>");

        var build = _consumer.Build();

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains($"{Path.Combine(_consumer.SchemaDirectory, "domainbackup.rng")}({line},{column}): error LVX0003: ", build.Output);
        AssertNeverCrashes(build);
    }

    [Fact]
    public void A_truncated_schema_fails_the_build_with_LVX0001_at_its_file_and_line()
    {
        _consumer.EditSchema("domainbackup.rng", schema => schema.Substring(0, schema.Length / 2));

        var build = _consumer.Build();

        Assert.NotEqual(0, build.ExitCode);
        Assert.Matches(System.Text.RegularExpressions.Regex.Escape(Path.Combine(_consumer.SchemaDirectory, "domainbackup.rng")) + @"\(\d+,\d+\): error LVX0001: ", build.Output);
        AssertNeverCrashes(build);
    }

    [Fact]
    public void A_missing_schema_folder_stops_the_build_with_LVX0009_saying_how_to_get_the_schemas()
    {
        var missing = Path.Combine(_consumer.SchemaDirectory, "not-installed");

        var build = _consumer.Build($"-p:LibvirtSchemaDirectory={missing}");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("error LVX0009: " + MissingSchemaMessage.For(Path.Combine(missing, "domainbackup.rng")), build.Output);
        AssertNeverCrashes(build);
    }
}

using System.Diagnostics;
using System.IO;

namespace LibvirtXml.Tests;

/// <summary>The sample as a user runs it: its examples, its round trip, its refusal of bad input.</summary>
public class SampleTests
{
    private static (int ExitCode, string Stdout, string Stderr) RunSample(params string[] arguments)
    {
        Assert.True(File.Exists(TestPaths.SampleAssembly), $"the sample is not built at {TestPaths.SampleAssembly}");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(TestPaths.SampleAssembly);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(60_000), "the sample did not finish in 60 s");
        return (process.ExitCode, stdout, stderr.Result);
    }

    [Fact]
    public void Push_example_is_a_valid_push_backup_of_vda_without_vdb()
    {
        var (exit, stdout, stderr) = RunSample("example", "push");

        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        ExternalValidator.AssertValid(TestPaths.UpstreamBackupSchema, stdout);
        var backup = DomainBackup.Parse(stdout);
        Assert.Null(backup.Pull);
        var disks = backup.Push!.Disks!.Disks;
        Assert.Equal(2, disks.Count);
        Assert.Equal("vda", disks[0].Name);
        Assert.Equal("file", disks[0].Type);
        Assert.Equal("raw", disks[0].Driver!.Type);
        Assert.Equal("/path/to/vda.backup", disks[0].Target!.File!.File);
        Assert.Equal("vdb", disks[1].Name);
        Assert.Equal("no", disks[1].Backup);
        Assert.Null(disks[1].Target);
    }

    [Fact]
    public void Pull_example_is_a_valid_incremental_pull_backup_over_tcp()
    {
        var (exit, stdout, stderr) = RunSample("example", "pull");

        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        ExternalValidator.AssertValid(TestPaths.UpstreamBackupSchema, stdout);
        var backup = DomainBackup.Parse(stdout);
        Assert.Equal("1525889631", backup.Incremental);
        var pull = backup.Pull!;
        Assert.Equal("localhost", pull.Server!.TCP!.Name);
        Assert.Equal(12345u, pull.Server.TCP.Port);
        var disk = Assert.Single(pull.Disks!.Disks);
        Assert.Equal("vda", disk.Name);
        Assert.Equal("vda_export", disk.ExportName);
        Assert.Equal("/path/to/vda.scratch", disk.Scratch!.File!.File);
    }

    [Fact]
    public void Roundtrip_prints_libvirts_canonical_form()
    {
        var file = Path.Combine(TestPaths.CorpusOut, "backup-pull-unix.xml");

        var (exit, stdout, stderr) = RunSample("roundtrip", file);

        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        Assert.Equal(File.ReadAllText(file), stdout);
    }

    [Fact]
    public void Disks_lists_each_disk_through_the_interface_the_sample_adds_to_generated_classes()
    {
        var (exit, stdout, _) = RunSample("disks", Path.Combine(TestPaths.CorpusOut, "backup-push.xml"));

        Assert.Equal(0, exit);
        Assert.Equal("vda\tbacked up\nvdb\tbacked up\nvdc\tbacked up\nvdd\tbacked up\nhda\tleft out\nvdextradisk\tleft out\n", stdout);
    }

    [Theory]
    [InlineData("<domainbackup mode='pull'><disks></domainbackup>")]
    [InlineData("<!DOCTYPE domainbackup [<!ENTITY x 'y'>]><domainbackup/>")]
    [InlineData("<domainbackup mode='sideways'/>")]
    [InlineData("<domainbackup mode='pull'><server name='h' port='70000000000'/></domainbackup>")]
    public void Roundtrip_of_bad_input_prints_one_error_line_and_exits_1(string xml)
    {
        var file = Path.Combine(Path.GetTempPath(), Path.GetRandomFileName() + ".xml");
        File.WriteAllText(file, xml);
        try
        {
            var (exit, stdout, stderr) = RunSample("roundtrip", file);

            Assert.Equal(1, exit);
            Assert.Equal("", stdout);
            Assert.StartsWith("error: ", stderr);
            Assert.Single(stderr.TrimEnd('\n').Split('\n'));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Roundtrip_of_a_missing_file_prints_one_error_line_and_exits_1()
    {
        var (exit, _, stderr) = RunSample("roundtrip", "/nonexistent/backup.xml");

        Assert.Equal(1, exit);
        Assert.StartsWith("error: ", stderr);
        Assert.Single(stderr.TrimEnd('\n').Split('\n'));
    }
}

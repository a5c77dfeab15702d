using System.IO;
using System.Linq;
using LibvirtXml.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static Microsoft.CodeAnalysis.IncrementalStepRunReason;

namespace LibvirtXml.Generator.Tests.Incremental;

/// <summary>
/// The generator runs on every keystroke in the IDE: what did not change must not be recomputed. Two roots share
/// domaincommon.rng and its includes, as the backup and checkpoint documents do.
/// </summary>
public class IncrementalCachingTests
{
    private const string Backup = "domainbackup.rng";
    private const string Checkpoint = "domaincheckpoint.rng";
    private const string BackupBinding = "domainbackup.binding.xml";
    private const string CheckpointBinding = "domaincheckpoint.binding.xml";

    private static PipelineSession TwoRoots() => new PipelineSession(GeneratorInput.FromDirectory(TestPaths.UpstreamSchemas, Backup,
        Path.Combine(TestPaths.Bindings, BackupBinding), Path.Combine(TestPaths.Bindings, CheckpointBinding)).WithRoot(Checkpoint)).Run();

    /// <summary>A change to domainbackup.rng that changes the backup's API: a new optional attribute on the server.</summary>
    private static string WithServerCompression(string schema) =>
        schema.Replace("<element name=\"server\">", "<element name=\"server\"><optional><attribute name=\"compression\"/></optional>");

    [Fact]
    public void The_first_run_generates_both_documents_without_diagnostics()
    {
        var session = TwoRoots();

        Assert.Empty(session.Result.Diagnostics);
        Assert.Contains(session.Result.GeneratedSources, s => s.HintName == "DomainBackup.g.cs");
        Assert.Contains(session.Result.GeneratedSources, s => s.HintName == "DomainCheckpoint.g.cs");
    }

    [Fact]
    public void An_unrelated_code_edit_leaves_every_step_cached_or_unchanged()
    {
        var session = TwoRoots().EditCode().Run();

        var outputs = session.AllOutputs().ToList();
        Assert.Equal(PipelineSession.StepNames.OrderBy(n => n), outputs.Select(o => o.Step).Distinct().OrderBy(n => n));
        Assert.All(outputs, output => Assert.True(output.Reason is Cached or Unchanged, $"{output.Step}: {output.Reason} for {output.Value}"));
        Assert.All(session.SourceOutputReasons(), reason => Assert.Equal(Cached, reason));
    }

    [Fact]
    public void Every_schema_file_is_parsed_once_whichever_roots_reach_it()
    {
        var session = TwoRoots();

        var parsed = session.Outputs(TrackingNames.ParsedSchemas).Select(o => o.File).ToList();
        Assert.Equal(Directory.GetFiles(TestPaths.UpstreamSchemas, "*.rng").Length, parsed.Count);
        Assert.Single(parsed, file => file == "domaincommon.rng");
    }

    [Fact]
    public void Editing_domainbackup_rng_reruns_the_backup_and_leaves_the_checkpoint_cached()
    {
        var session = TwoRoots().EditFile(Backup, WithServerCompression).Run();

        Assert.All(session.Outputs(TrackingNames.ParsedSchemas), o => Assert.Equal(o.File == Backup ? Modified : Cached, o.Reason));
        Assert.Equal(Unchanged, session.Reason(TrackingNames.SchemaReferences, Backup)); // same includes as before
        Assert.All(session.Outputs(TrackingNames.RootFiles), o => Assert.Equal(Cached, o.Reason));
        Assert.Equal(Modified, session.Reason(TrackingNames.RootDocuments, Backup));
        Assert.Equal(Unchanged, session.Reason(TrackingNames.RootDocuments, Checkpoint)); // domainbackup.rng is not among its files
        foreach (var step in new[] { TrackingNames.Grammars, TrackingNames.BindInputs, TrackingNames.Models, TrackingNames.Sources })
        {
            Assert.Equal(Modified, session.Reason(step, Backup));
            Assert.Equal(Cached, session.Reason(step, Checkpoint));
        }
        Assert.All(session.Outputs(TrackingNames.Bindings), o => Assert.Equal(Cached, o.Reason));
        Assert.Contains("Compression", session.Result.GeneratedSources.Single(s => s.HintName == "DomainBackupPullServer.g.cs").SourceText.ToString());
    }

    [Fact]
    public void Editing_the_backup_binding_file_rebinds_the_backup_only()
    {
        var session = TwoRoots().EditFile(BackupBinding, text => text.Replace("cs=\"ExportName\"", "cs=\"ExportedAs\"")).Run();

        Assert.All(session.Outputs(TrackingNames.Bindings), o => Assert.Equal(o.File == BackupBinding ? Modified : Cached, o.Reason));
        foreach (var step in new[] { TrackingNames.ParsedSchemas, TrackingNames.SchemaReferences, TrackingNames.RootFiles, TrackingNames.RootDocuments, TrackingNames.Grammars })
            Assert.All(session.Outputs(step), o => Assert.Equal(Cached, o.Reason));
        Assert.Equal(Modified, session.Reason(TrackingNames.BindInputs, Backup));
        Assert.Equal(Unchanged, session.Reason(TrackingNames.BindInputs, Checkpoint));
        foreach (var step in new[] { TrackingNames.Models, TrackingNames.Sources })
        {
            Assert.Equal(Modified, session.Reason(step, Backup));
            Assert.Equal(Cached, session.Reason(step, Checkpoint));
        }
        Assert.Contains("ExportedAs", session.Result.GeneratedSources.Single(s => s.HintName == "DomainBackupPullDisk.g.cs").SourceText.ToString());
    }

    [Fact]
    public void Editing_a_shared_include_reparses_it_once_and_reruns_both_roots()
    {
        var session = TwoRoots().EditFile("basictypes.rng", text => text.Replace("<define name=\"unsignedInt\">", "<define name=\"unsignedIntCopy\"><data type=\"unsignedInt\"/></define><define name=\"unsignedInt\">")).Run();

        Assert.All(session.Outputs(TrackingNames.ParsedSchemas), o => Assert.Equal(o.File == "basictypes.rng" ? Modified : Cached, o.Reason));
        Assert.Equal(Modified, session.Reason(TrackingNames.RootDocuments, Backup));
        Assert.Equal(Modified, session.Reason(TrackingNames.RootDocuments, Checkpoint));
        Assert.Equal(Modified, session.Reason(TrackingNames.Grammars, Backup));
        Assert.Equal(Modified, session.Reason(TrackingNames.Grammars, Checkpoint));
    }

    [Fact]
    public void An_edit_that_leaves_the_grammar_equal_stops_after_parsing()
    {
        // A comment after the root element moves no line of the grammar: the parsed file is equal to the last one.
        var session = TwoRoots().EditFile(Backup, text => text.TrimEnd() + "\n<!-- reviewed -->\n").Run();

        Assert.Equal(Unchanged, session.Reason(TrackingNames.ParsedSchemas, Backup));
        var later = new[] { TrackingNames.SchemaReferences, TrackingNames.RootFiles, TrackingNames.RootDocuments, TrackingNames.Grammars, TrackingNames.BindInputs, TrackingNames.Models, TrackingNames.Sources };
        foreach (var step in later)
            Assert.All(session.Outputs(step), o => Assert.Equal(Cached, o.Reason));
    }
}

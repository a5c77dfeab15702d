using System.IO;
using System.Linq;
using LibvirtXml.Generator.Rng;

namespace LibvirtXml.Generator.Tests.Rng;

/// <summary>The schema the project starts with, read from libvirt's own files.</summary>
public class DomainBackupSchemaTests
{
    private static Grammar LoadDomainBackup(string directory)
    {
        var result = RngLoader.Load(Path.Combine(directory, "domainbackup.rng"), SchemaFiles.ReadDirectory(directory));
        Assert.Empty(result.Diagnostics);
        return result.Grammar!;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void StartIsTheDomainBackupElement(bool debian900)
    {
        var grammar = LoadDomainBackup(debian900 ? SchemaFiles.Debian900Schemas : SchemaFiles.UpstreamSchemas);

        var start = Assert.IsType<RefPattern>(grammar.Start);
        Assert.Equal("domainbackup", start.Key);
        var define = grammar.Define(start.Key);
        Assert.Equal("domainbackup", define.Name);
        Assert.EndsWith("domainbackup.rng", define.Span.Path);
        var element = Assert.IsType<ElementPattern>(define.Pattern);
        Assert.Equal(new QualifiedName("", "domainbackup"), element.Name);
        // Reached through domaincommon.rng's include of basictypes.rng.
        Assert.EndsWith("basictypes.rng", grammar.Define("absFilePath").Span.Path);
    }

    [Fact]
    public void UpstreamPushDisksHaveFourBranches()
    {
        var branches = PushDiskBranches(SchemaFiles.UpstreamSchemas);

        Assert.Equal(4, branches.Length);
        AssertBackupNo(branches[0]);
        // Upstream's plain push disk: <group><ref name="backupAttr"/></group>, a one-pattern group, is the ref itself.
        Assert.Equal("backupAttr", Assert.IsType<RefPattern>(branches[1]).Key);
        AssertTyped(branches[2], "file");
        AssertTyped(branches[3], "block");
    }

    [Fact]
    public void Debian900PushDisksHaveThreeBranches()
    {
        var branches = PushDiskBranches(SchemaFiles.Debian900Schemas);

        Assert.Equal(3, branches.Length);
        AssertBackupNo(branches[0]);
        AssertTyped(branches[1], "file");
        AssertTyped(branches[2], "block");
    }

    [Fact]
    public void UpstreamHasTheFdTransportAndDebian900DoesNot()
    {
        static bool HasFd(string directory) => LoadDomainBackup(directory).AllPatterns()
            .OfType<ValuePattern>().Any(value => value.Value == "fd" && value.Span.Path.EndsWith("domainbackup.rng"));

        Assert.True(HasFd(SchemaFiles.UpstreamSchemas));
        Assert.False(HasFd(SchemaFiles.Debian900Schemas));
    }

    /// <summary>backupDisksPush = optional { element disks { oneOrMore { element disk { name, mode, choice {...} } } } }.</summary>
    private static Pattern[] PushDiskBranches(string directory)
    {
        var define = LoadDomainBackup(directory).Define("backupDisksPush");
        var disks = Assert.IsType<ElementPattern>(Assert.IsType<OptionalPattern>(define.Pattern).Content);
        Assert.Equal(new QualifiedName("", "disks"), disks.Name);
        var disk = Assert.IsType<ElementPattern>(Assert.IsType<OneOrMorePattern>(disks.Content).Content);
        Assert.Equal(new QualifiedName("", "disk"), disk.Name);
        var choice = Assert.IsType<ChoicePattern>(Assert.IsType<GroupPattern>(disk.Content).Items.Last());
        return choice.Items.ToArray();
    }

    private static void AssertBackupNo(Pattern branch)
    {
        var attribute = Assert.IsType<AttributePattern>(branch);
        Assert.Equal(new QualifiedName("", "backup"), attribute.Name);
        Assert.Equal("no", Assert.IsType<ValuePattern>(attribute.Content).Value);
    }

    private static void AssertTyped(Pattern branch, string type)
    {
        var group = Assert.IsType<GroupPattern>(branch);
        Assert.Equal("backupAttr", Assert.IsType<RefPattern>(group.Items[0]).Key);
        var attribute = Assert.IsType<AttributePattern>(group.Items[1]);
        Assert.Equal(new QualifiedName("", "type"), attribute.Name);
        Assert.Equal(new ValuePattern("", "token", type, ""), attribute.Content with { Span = SourceSpan.None });
        Assert.IsType<InterleavePattern>(group.Items[2]);
    }
}

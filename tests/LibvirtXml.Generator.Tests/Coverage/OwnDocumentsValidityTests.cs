using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace LibvirtXml.Generator.Tests.Coverage;

/// <summary>Our backup documents are valid against libvirt's own grammar file, in the eyes of both validators.</summary>
public class OwnDocumentsValidityTests
{
    [Fact]
    public void EveryOwnDocumentIsValidForXmllint()
    {
        var documents = OwnBackupDocuments.All;
        var verdicts = Xmllint.Validate(CoveragePaths.UpstreamBackupSchema, documents);
        var invalid = documents.Where(document => !verdicts[document]).ToList();
        Assert.True(invalid.Count == 0, "xmllint rejects:\n" + string.Join("\n", invalid));
    }

    [Fact]
    public void EveryOwnDocumentIsValidForJing()
    {
        var errors = Jing.Errors(CoveragePaths.UpstreamBackupSchema, OwnBackupDocuments.All);
        Assert.True(errors.Count == 0, "jing rejects:\n" + string.Join("\n", errors.SelectMany(entry => entry.Value)));
    }

    /// <summary>The documents look like libvirt's output, so they can double as expected output of a formatter.</summary>
    [Fact]
    public void EveryOwnDocumentFollowsLibvirtsOutputStyle()
    {
        foreach (var document in OwnBackupDocuments.All)
        {
            var name = Path.GetFileName(document);
            var text = File.ReadAllText(document);
            Assert.False(text.StartsWith("<?xml"), $"{name}: libvirt writes no XML declaration");
            Assert.True(text.EndsWith(">\n") && !text.EndsWith("\n\n"), $"{name}: must end with one newline");
            Assert.DoesNotContain('\t', text);
            Assert.DoesNotContain('\r', text);
            Assert.False(Regex.IsMatch(text, "=\""), $"{name}: attributes are single-quoted");
            Assert.All(text.TrimEnd('\n').Split('\n'), line =>
                Assert.True(Regex.IsMatch(line, "^(  )*<"), $"{name}: line '{line}' is not indented by two spaces per level"));
        }
        Assert.True(File.Exists(Path.Combine(CoveragePaths.OwnBackupDocuments, "README.md")), "tests/documents/domainbackup/README.md is missing");
    }
}

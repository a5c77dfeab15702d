using System.IO;

namespace LibvirtXml.Tests;

/// <summary>Our own documents, written from the grammar to cover every branch, survive a round trip.</summary>
public class OwnDocumentTests
{
    [Theory]
    [MemberData(nameof(Corpus.OwnDocuments), MemberType = typeof(Corpus))]
    public void Own_documents_round_trip_equivalent_and_valid(string file)
    {
        var xml = File.ReadAllText(Path.Combine(TestPaths.OwnDocuments, file));

        var output = DomainBackup.Parse(xml).Marshal();

        XmlEquivalence.AssertEquivalent(xml, output);
        ExternalValidator.AssertValid(TestPaths.UpstreamBackupSchema, output);
        Assert.Equal(output, DomainBackup.Parse(output).Marshal());
    }
}

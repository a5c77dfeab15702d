using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using CsCheck;

namespace LibvirtXml.Tests;

/// <summary>Properties over random documents: what we write, the grammar accepts and we read back; what is mangled, we refuse cleanly.</summary>
public class PropertyTests
{
    [Fact]
    public void Random_valid_graphs_marshal_to_xml_the_grammar_accepts_and_read_back_equal()
    {
        var documents = new ConcurrentBag<string>();

        BackupGenerators.Backup.Sample(backup =>
        {
            Assert.Empty(backup.Validate());
            var xml = backup.Marshal();
            var again = DomainBackup.Parse(xml);
            // The canonical output depends only on the graph, so equal output means an equal graph.
            Assert.Equal(xml, again.Marshal());
            Assert.Empty(again.Validate());
            documents.Add(xml);
        }, iter: 300, threads: 1, seed: "0000000000001");

        // One xmllint run over every document keeps this fast; a failure names the document.
        ExternalValidator.AssertAllValid(TestPaths.UpstreamBackupSchema, documents.ToArray());
    }

    [Fact]
    public void Random_mutations_of_valid_documents_either_parse_or_raise_the_runtime_exception()
    {
        var seeds = Directory.GetFiles(TestPaths.OwnDocuments, "*.xml").Select(File.ReadAllText)
            .Concat(Directory.GetFiles(TestPaths.CorpusOut, "*.xml").Select(File.ReadAllText)).ToArray();
        var mutation = Gen.Select(Gen.Int[0, seeds.Length - 1], Gen.Int[0, 5], Gen.Int, Gen.Int, Gen.String[Gen.Char["<>&;'\"/= abc#x0\u00e9\uD83D\uDE00\u0001"], 1, 6],
            (seed, kind, at, length, text) => Mutate(seeds[seed], kind, at, length, text));

        mutation.Sample(xml =>
        {
            try
            {
                DomainBackup.Parse(xml).Marshal();
            }
            catch (LibvirtXmlException)
            {
                // refused cleanly
            }
        }, iter: 3000, threads: 1, seed: "0000000000002");
    }

    /// <summary>Deletes, inserts, duplicates, swaps or truncates part of a document.</summary>
    private static string Mutate(string xml, int kind, int at, int length, string text)
    {
        var start = (int)((uint)at % (uint)xml.Length);
        var count = Math.Min((int)((uint)length % 40u), xml.Length - start);
        return kind switch
        {
            0 => xml.Remove(start, count),
            1 => xml.Insert(start, text),
            2 => xml.Insert(start, xml.Substring(start, count)),
            3 => xml.Substring(0, start),
            4 => xml.Remove(start, count).Insert(Math.Min(start / 2, xml.Length - count), xml.Substring(start, count)),
            _ => xml.Replace("'", text.Length % 2 == 0 ? "\"" : "'").Insert(start, text),
        };
    }
}

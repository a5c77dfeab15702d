using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using Xunit.Abstractions;

namespace LibvirtXml.Generator.Tests.Coverage;

/// <summary>
/// Our own backup documents must take every branch of libvirt's backup grammar, so that tests built on them see
/// every shape a backup can have. A branch counts as taken when taking it out of the grammar (replacing it with
/// notAllowed) makes at least one of our documents invalid: then some document needs exactly that branch.
/// </summary>
public class ChoiceCoverageTests(ITestOutputHelper output)
{
    /// <summary>
    /// Branches no document can need, keyed by their description. Keep this list minimal: every entry must be a
    /// branch whose removal leaves the grammar's language unchanged.
    /// </summary>
    private static readonly Dictionary<string, string> CannotBeExercised = new(StringComparer.Ordinal)
    {
        // The server name is choice(dnsName, ipAddr) and dnsName's pattern [a-zA-Z0-9\.\-]+ matches every dotted
        // IPv4 address, so without ipv4Addr the same names are valid (our IPv4 documents go through dnsName).
        ["ipAddr/choice[0]: ref ipv4Addr"] = "every IPv4 address is also a dnsName",
    };

    [Fact]
    public void OwnDocumentsExerciseEveryChoiceAlternative()
    {
        var clock = Stopwatch.StartNew();
        var grammar = UpstreamBackupGrammar.Grammar;
        var alternatives = ChoiceAlternatives.Reachable(grammar);
        var documents = OwnBackupDocuments.All;
        using var temp = new TemporaryDirectory();

        // Documents invalid already under the unmutated grammar would count every branch as exercised.
        var baseline = Xmllint.Validate(temp.WriteFile("baseline.rng", RngWriter.Write(grammar)), documents);
        var invalid = documents.Where(document => !baseline[document]).ToList();
        Assert.True(invalid.Count == 0, "our documents must be valid under the rewritten grammar:\n" + string.Join("\n", invalid));

        var needingDocument = new ConcurrentDictionary<ChoiceAlternative, string?>();
        Parallel.For(0, alternatives.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, index =>
        {
            var alternative = alternatives[index];
            var mutant = temp.WriteFile($"without-{index}.rng", RngWriter.Write(GrammarMutation.WithoutAlternative(grammar, alternative)));
            var verdicts = Xmllint.Validate(mutant, documents);
            needingDocument[alternative] = documents.FirstOrDefault(document => !verdicts[document]);
        });

        var unexercised = alternatives.Where(alternative => needingDocument[alternative] is null).ToList();
        output.WriteLine($"{alternatives.Count} alternatives, {alternatives.Count - unexercised.Count} exercised by {documents.Count} documents, "
            + $"{CannotBeExercised.Count} listed as impossible, {clock.Elapsed.TotalSeconds:F1} s");
        foreach (var alternative in alternatives)
        {
            output.WriteLine($"{alternative.Description}  <=  {System.IO.Path.GetFileName(needingDocument[alternative]) ?? "(none)"}");
        }

        var missing = unexercised.Where(alternative => !CannotBeExercised.ContainsKey(alternative.Description)).ToList();
        Assert.True(missing.Count == 0,
            $"{missing.Count} choice alternatives are taken by none of the documents in {CoveragePaths.OwnBackupDocuments}; "
            + "add a document that needs each, or list it in CannotBeExercised with the reason:\n"
            + string.Join("\n", missing.Select(alternative => $"  {alternative.Description}  [{alternative.Id}]")));

        // The exception list must not go stale: each entry must still exist and still be unexercised.
        var stale = CannotBeExercised.Keys.Where(description => !unexercised.Any(alternative => alternative.Description == description)).ToList();
        Assert.True(stale.Count == 0,
            "CannotBeExercised lists alternatives that do not exist or are exercised after all; remove them:\n" + string.Join("\n", stale));
    }

    [Fact]
    public void AlternativesAreFoundInEveryReachableDefineAndOnlyThere()
    {
        var grammar = UpstreamBackupGrammar.Grammar;
        var alternatives = ChoiceAlternatives.Reachable(grammar);
        var reachable = GrammarWalk.ReachableDefineKeys(grammar).ToHashSet(StringComparer.Ordinal);

        // Choices the issue names, spread over domainbackup.rng and the files it includes.
        string[] expected =
        [
            "domainbackup/domainbackup/choice[1]",                 // pull
            "domainbackup/domainbackup/server/choice[2]",          // transport='fd'
            "backupDisksPush/disks/disk/choice[3]",                // type='block'
            "devSeclabel/seclabel/choice[1]",                      // labelskip='yes'
            "storageFormatBacking/choice[4]",                      // vmdk
            "UUID/choice[1]",                                      // dashed form
        ];
        foreach (var prefix in expected)
        {
            Assert.Contains(alternatives, alternative => alternative.Description.StartsWith(prefix + ": ", StringComparison.Ordinal));
        }
        Assert.All(alternatives, alternative => Assert.Contains(alternative.DefineKey!, reachable));
        Assert.Equal(alternatives.Count, alternatives.Select(alternative => alternative.Id).Distinct().Count());
        Assert.DoesNotContain(alternatives, alternative => alternative.DefineKey == "domain"); // included, not reachable
    }
}

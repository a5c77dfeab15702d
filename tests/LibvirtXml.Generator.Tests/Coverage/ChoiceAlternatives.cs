using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using LibvirtXml.Generator.Rng;

namespace LibvirtXml.Generator.Tests.Coverage;

/// <summary>Finds every item of every choice a document can reach.</summary>
internal static class ChoiceAlternatives
{
    public static IReadOnlyList<ChoiceAlternative> Reachable(Grammar grammar)
    {
        var found = new List<ChoiceAlternative>();
        foreach (var (key, pattern) in GrammarWalk.ReachableRoots(grammar))
        {
            Collect(pattern, key, ImmutableArray<int>.Empty, key ?? "(start)", found);
        }
        return found;
    }

    /// <param name="context">The define and the elements around <paramref name="pattern"/>, e.g. "backupDisksPush/disks/disk" or "domainbackup/domainbackup/server/@name".</param>
    private static void Collect(Pattern pattern, string? key, ImmutableArray<int> path, string context, List<ChoiceAlternative> found)
    {
        // Taking a branch out of a data's except only widens what the data accepts: no document could ever show
        // that branch is needed, so excepts are not searched.
        if (pattern is DataPattern) return;

        if (pattern is ElementPattern { Name: QualifiedName element }) context += "/" + element.LocalName;
        if (pattern is AttributePattern { Name: QualifiedName attribute }) context += "/@" + attribute.LocalName;
        var children = pattern.Children().ToList();
        for (var i = 0; i < children.Count; i++)
        {
            var childPath = path.Add(i);
            if (pattern is ChoicePattern)
            {
                found.Add(new ChoiceAlternative(key, childPath, $"{context}/choice[{i}]: {PatternSummary.Describe(children[i])}"));
            }
            Collect(children[i], key, childPath, context, found);
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using LibvirtXml.Generator.Rng;

namespace LibvirtXml.Generator.Tests.Coverage;

/// <summary>Walks what a document can reach: the start pattern and, following refs, each reachable define once.</summary>
internal static class GrammarWalk
{
    /// <summary>Keys of the defines reachable from the start, in the order a depth-first walk meets them.</summary>
    public static IReadOnlyList<string> ReachableDefineKeys(Grammar grammar)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var order = new List<string>();
        var pending = new Stack<string>();
        PushRefs(grammar.Start, pending);
        while (pending.Count > 0)
        {
            var key = pending.Pop();
            if (!seen.Add(key)) continue;
            order.Add(key);
            var define = grammar.FindDefine(key) ?? throw new InvalidOperationException($"a ref names the missing define '{key}'");
            PushRefs(define.Pattern, pending);
        }
        return order;
    }

    /// <summary>The start (define key null) and every reachable define with its pattern.</summary>
    public static IEnumerable<(string? DefineKey, Pattern Pattern)> ReachableRoots(Grammar grammar)
    {
        yield return (null, grammar.Start);
        foreach (var key in ReachableDefineKeys(grammar)) yield return (key, grammar.FindDefine(key)!.Pattern);
    }

    /// <summary>Pushes refs in reverse, so that popping visits them in document order.</summary>
    private static void PushRefs(Pattern pattern, Stack<string> pending)
    {
        var refs = pattern.DescendantsAndSelf().OfType<RefPattern>().Select(reference => reference.Key).ToList();
        for (var i = refs.Count - 1; i >= 0; i--) pending.Push(refs[i]);
    }
}

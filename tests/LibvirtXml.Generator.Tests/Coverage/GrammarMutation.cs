using System;
using System.Collections.Generic;
using System.Linq;
using LibvirtXml.Generator.Common;
using LibvirtXml.Generator.Rng;

namespace LibvirtXml.Generator.Tests.Coverage;

/// <summary>Copies of a grammar with one choice alternative taken out (replaced by <c>notAllowed</c>).</summary>
internal static class GrammarMutation
{
    public static Grammar WithoutAlternative(Grammar grammar, ChoiceAlternative alternative)
    {
        var notAllowed = new NotAllowedPattern();
        if (alternative.DefineKey is null)
        {
            return new Grammar(grammar.RootPath, ReplaceAt(grammar.Start, alternative.Path, 0, notAllowed), grammar.Defines);
        }

        var found = false;
        var defines = grammar.Defines.Select(define =>
        {
            if (define.Key != alternative.DefineKey) return define;
            found = true;
            return define with { Pattern = ReplaceAt(define.Pattern, alternative.Path, 0, notAllowed) };
        }).ToEquatableArray();
        if (!found) throw new ArgumentException($"no define '{alternative.DefineKey}' for {alternative.Id}");
        // Not "grammar with { ... }": that would copy Grammar's cached key lookup, which still holds the old defines.
        return new Grammar(grammar.RootPath, grammar.Start, defines);
    }

    /// <summary>
    /// <paramref name="pattern"/> with the pattern at <paramref name="path"/> (from <paramref name="depth"/> on)
    /// replaced; indexes count children as <see cref="PatternTraversal.Children"/> lists them.
    /// </summary>
    private static Pattern ReplaceAt(Pattern pattern, IReadOnlyList<int> path, int depth, Pattern replacement)
    {
        if (depth == path.Count) return replacement;
        var index = path[depth];
        var children = pattern.Children().ToList();
        if (index < 0 || index >= children.Count)
        {
            throw new ArgumentException($"path step {depth} ({index}) is outside the {children.Count} children of {pattern.GetType().Name}");
        }
        var child = ReplaceAt(children[index], path, depth + 1, replacement);
        children[index] = child;
        return pattern switch
        {
            ElementPattern element => element with { Content = child },
            AttributePattern attribute => attribute with { Content = child },
            GroupPattern group => group with { Items = children.ToEquatableArray() },
            InterleavePattern interleave => interleave with { Items = children.ToEquatableArray() },
            ChoicePattern choice => choice with { Items = children.ToEquatableArray() },
            OptionalPattern optional => optional with { Content = child },
            ZeroOrMorePattern zeroOrMore => zeroOrMore with { Content = child },
            OneOrMorePattern oneOrMore => oneOrMore with { Content = child },
            MixedPattern mixed => mixed with { Content = child },
            ListPattern list => list with { Content = child },
            DataPattern data => data with { Except = child },
            _ => throw new ArgumentException($"{pattern.GetType().Name} has no children to replace"),
        };
    }
}

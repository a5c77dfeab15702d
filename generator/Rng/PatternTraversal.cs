using System.Collections.Generic;

namespace LibvirtXml.Generator.Rng;

/// <summary>Walks the pattern tree. Refs are leaves here: following them is the caller's choice (they may be recursive).</summary>
internal static class PatternTraversal
{
    public static IEnumerable<Pattern> Children(this Pattern pattern)
    {
        switch (pattern)
        {
            case ElementPattern element: yield return element.Content; break;
            case AttributePattern attribute: yield return attribute.Content; break;
            case GroupPattern group: foreach (var item in group.Items) yield return item; break;
            case InterleavePattern interleave: foreach (var item in interleave.Items) yield return item; break;
            case ChoicePattern choice: foreach (var item in choice.Items) yield return item; break;
            case OptionalPattern optional: yield return optional.Content; break;
            case ZeroOrMorePattern zeroOrMore: yield return zeroOrMore.Content; break;
            case OneOrMorePattern oneOrMore: yield return oneOrMore.Content; break;
            case MixedPattern mixed: yield return mixed.Content; break;
            case ListPattern list: yield return list.Content; break;
            case DataPattern { Except: { } except }: yield return except; break;
        }
    }

    /// <summary>The pattern and everything below it, depth first in document order.</summary>
    public static IEnumerable<Pattern> DescendantsAndSelf(this Pattern pattern)
    {
        var pending = new Stack<Pattern>();
        pending.Push(pattern);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            yield return current;
            var children = new List<Pattern>(current.Children());
            for (var i = children.Count - 1; i >= 0; i--) pending.Push(children[i]);
        }
    }

    /// <summary>Every pattern of the grammar: the start and every define's pattern, with their descendants.</summary>
    public static IEnumerable<Pattern> AllPatterns(this Grammar grammar)
    {
        foreach (var pattern in grammar.Start.DescendantsAndSelf()) yield return pattern;
        foreach (var define in grammar.Defines)
        {
            foreach (var pattern in define.Pattern.DescendantsAndSelf()) yield return pattern;
        }
    }
}

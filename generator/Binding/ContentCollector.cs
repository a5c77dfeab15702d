using System.Collections.Generic;
using System.Linq;
using LibvirtXml.Generator.Rng;

namespace LibvirtXml.Generator.Binding;

/// <summary>Flattens a pattern into <see cref="ContentItem"/>s, following refs until the next element.</summary>
internal sealed class ContentCollector
{
    private readonly Grammar _grammar;
    private readonly HashSet<string> _activeRefs = new();

    public ContentCollector(Grammar grammar) => _grammar = grammar;

    public List<ContentItem> Collect(Pattern pattern)
    {
        var items = new List<ContentItem>();
        Collect(pattern, required: true, repeated: false, items);
        return items;
    }

    private void Collect(Pattern pattern, bool required, bool repeated, List<ContentItem> into)
    {
        switch (pattern)
        {
            case ElementPattern element:
                // Wildcard elements (anyName, nsName) describe content the binding keeps as unknown XML.
                if (element.Name is QualifiedName { Namespace: "" } name)
                    into.Add(new ElementItem(name.LocalName, element, required, repeated, element.Span));
                break;
            case AttributePattern attribute:
                if (attribute.Name is QualifiedName { Namespace: "" } attributeName)
                    into.Add(new AttributeItem(attributeName.LocalName, attribute.Content, required, attribute.Span));
                break;
            case GroupPattern group:
                foreach (var item in group.Items) Collect(item, required, repeated, into);
                break;
            case InterleavePattern interleave:
                foreach (var item in interleave.Items) Collect(item, required, repeated, into);
                break;
            case ChoicePattern choice:
                CollectChoice(choice, required, repeated, into);
                break;
            case OptionalPattern optional:
                Collect(optional.Content, false, repeated, into);
                break;
            case ZeroOrMorePattern zeroOrMore:
                Collect(zeroOrMore.Content, false, true, into);
                break;
            case OneOrMorePattern oneOrMore:
                Collect(oneOrMore.Content, required, true, into);
                break;
            case MixedPattern mixed:
                Collect(mixed.Content, required, repeated, into);
                into.Add(new TextItem(new TextPattern { Span = mixed.Span }, mixed.Span));
                break;
            case RefPattern reference:
                if (_grammar.FindDefine(reference.Key) is { } define && _activeRefs.Add(reference.Key))
                {
                    Collect(define.Pattern, required, repeated, into);
                    _activeRefs.Remove(reference.Key);
                }
                break;
            case TextPattern or DataPattern or ValuePattern or ListPattern:
                into.Add(new TextItem(pattern, pattern.Span));
                break;
            // empty adds nothing; notAllowed is dropped with its choice branch below
        }
    }

    private void CollectChoice(ChoicePattern choice, bool required, bool repeated, List<ContentItem> into)
    {
        if (choice.Items.All(IsDataLike))
        {
            into.Add(new TextItem(choice, choice.Span));
            return;
        }

        var branches = new List<List<ContentItem>>();
        var hasEmptyBranch = false;
        foreach (var branch in choice.Items)
        {
            if (IsNotAllowed(branch)) continue;
            var items = new List<ContentItem>();
            Collect(branch, true, repeated, items);
            if (items.Count == 0) hasEmptyBranch = true;
            else branches.Add(items);
        }

        if (branches.Count == 0) return;
        if (branches.Count == 1 && !hasEmptyBranch)
        {
            into.AddRange(branches[0]);
            return;
        }
        into.Add(new ChoiceItem(branches, required && !hasEmptyBranch, choice.Span));
    }

    private bool IsNotAllowed(Pattern pattern) =>
        pattern is NotAllowedPattern || (pattern is RefPattern r && _grammar.FindDefine(r.Key)?.Pattern is NotAllowedPattern);

    /// <summary>Whether a pattern only describes text (so a choice of them is one scalar, not a structural choice).</summary>
    private bool IsDataLike(Pattern pattern) => pattern switch
    {
        TextPattern or DataPattern or ValuePattern or ListPattern or EmptyPattern => true,
        ChoicePattern choice => choice.Items.All(IsDataLike),
        RefPattern reference => _grammar.FindDefine(reference.Key) is { } define && _activeRefs.Add(reference.Key) && ReleaseAfter(reference.Key, IsDataLike(define.Pattern)),
        _ => false,
    };

    private bool ReleaseAfter(string key, bool result)
    {
        _activeRefs.Remove(key);
        return result;
    }
}

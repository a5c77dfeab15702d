using System.Collections.Generic;
using LibvirtXml.Generator.Rng;

namespace LibvirtXml.Generator.Binding;

/// <summary>
/// An element's content flattened into what the binder needs: attributes, child elements, text and choices,
/// in grammar order, with refs followed and optional/repeat folded into flags.
/// </summary>
internal abstract class ContentItem
{
    protected ContentItem(bool required, SourceSpan span)
    {
        Required = required;
        Span = span;
    }

    public bool Required { get; }

    public SourceSpan Span { get; }
}

internal sealed class AttributeItem : ContentItem
{
    public AttributeItem(string name, Pattern content, bool required, SourceSpan span) : base(required, span)
    {
        Name = name;
        Content = content;
    }

    public string Name { get; }

    public Pattern Content { get; }
}

internal sealed class ElementItem : ContentItem
{
    public ElementItem(string name, ElementPattern pattern, bool required, bool repeated, SourceSpan span) : base(required, span)
    {
        Name = name;
        Pattern = pattern;
        Repeated = repeated;
    }

    public string Name { get; }

    public ElementPattern Pattern { get; }

    public bool Repeated { get; }
}

internal sealed class TextItem : ContentItem
{
    public TextItem(Pattern content, SourceSpan span) : base(false, span) => Content = content;

    public Pattern Content { get; }
}

internal sealed class ChoiceItem : ContentItem
{
    public ChoiceItem(List<List<ContentItem>> branches, bool required, SourceSpan span) : base(required, span) => Branches = branches;

    public List<List<ContentItem>> Branches { get; }
}

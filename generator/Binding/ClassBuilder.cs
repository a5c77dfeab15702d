using System.Collections.Generic;
using LibvirtXml.Generator.Rng;

namespace LibvirtXml.Generator.Binding;

/// <summary>Mutable state of one class while the binder works; frozen into a <see cref="ClassModel"/> at the end.</summary>
internal sealed class ClassBuilder
{
    public ClassBuilder(string xmlName, bool isVariantBranch, SourceSpan span)
    {
        XmlName = xmlName;
        IsVariantBranch = isVariantBranch;
        Span = span;
    }

    public string XmlName { get; }

    public bool IsVariantBranch { get; }

    public SourceSpan Span { get; }

    /// <summary>Set when this class was merged into another; always go through <see cref="Find"/>.</summary>
    public ClassBuilder? MergedInto { get; set; }

    public string? Name { get; set; }

    public bool IsDocument { get; set; }

    public List<IReadOnlyList<Binding.BindingPathSegment>> Paths { get; } = new();

    public Dictionary<string, AttributeBuilder> Attributes { get; } = new();

    public Dictionary<string, ElementBuilder> Elements { get; } = new();

    public List<VariantBuilder> Variants { get; } = new();

    public List<ChoiceRule> ChoiceRules { get; } = new();

    public ScalarType? Text { get; set; }

    /// <summary>Grammar order of attributes, elements and variants as first met: "@name", "name", "?attribute".</summary>
    public List<string> Slots { get; } = new();

    public ClassBuilder Find()
    {
        var current = this;
        while (current.MergedInto is not null) current = current.MergedInto;
        return current;
    }

    public void AddSlot(string slot)
    {
        if (!Slots.Contains(slot)) Slots.Add(slot);
    }

    /// <summary>Simple content: text and nothing else, so the owner holds it as a scalar.</summary>
    public bool IsSimple => Attributes.Count == 0 && Elements.Count == 0 && Variants.Count == 0 && Text is not null;
}

internal sealed class AttributeBuilder
{
    public AttributeBuilder(string xmlName, ScalarType type, bool required)
    {
        XmlName = xmlName;
        Type = type;
        Required = required;
    }

    public string XmlName { get; }

    public ScalarType Type { get; set; }

    public bool Required { get; set; }
}

internal sealed class ElementBuilder
{
    public ElementBuilder(string xmlName, bool required, bool isList)
    {
        XmlName = xmlName;
        Required = required;
        IsList = isList;
    }

    public string XmlName { get; }

    public bool Required { get; set; }

    public bool IsList { get; set; }

    /// <summary>The class of the element; null for runtime-mapped elements.</summary>
    public ClassBuilder? Class { get; set; }

    public RuntimeBinding? Runtime { get; set; }

    /// <summary>Kept as XML, neither generated nor runtime-bound.</summary>
    public bool IsRaw { get; set; }
}

internal sealed class VariantBuilder
{
    public VariantBuilder(string attribute, bool required)
    {
        Attribute = attribute;
        Required = required;
    }

    public string Attribute { get; }

    public bool Required { get; set; }

    public List<BranchBuilder> Branches { get; } = new();
}

internal sealed class BranchBuilder
{
    public BranchBuilder(string value, bool isDefault, bool compareExactly, ClassBuilder @class)
    {
        Value = value;
        IsDefault = isDefault;
        CompareExactly = compareExactly;
        Class = @class;
    }

    public bool CompareExactly { get; }

    public string Value { get; }

    public bool IsDefault { get; set; }

    public ClassBuilder Class { get; set; }
}

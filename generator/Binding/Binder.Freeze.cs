using System;
using System.Collections.Generic;
using System.Linq;
using LibvirtXml.Generator.Common;
using LibvirtXml.Generator.Diagnostics;
using LibvirtXml.Generator.Rng;

namespace LibvirtXml.Generator.Binding;

internal sealed partial class Binder
{
    /// <summary>Turns a finished builder into the immutable model the emitter reads, in libvirt's output order.</summary>
    private ClassModel Freeze(ClassBuilder builder)
    {
        var order = _index.FindOrder(builder.Paths);
        var steps = OrderSteps(builder, order);
        var properties = new List<PropertyModel>();
        var variants = new List<VariantModel>();
        var names = new HashSet<string>();

        if (GeneratedMemberNames.Reserved.Contains(builder.Name!))
            Report(DiagnosticIds.DuplicateMember, $"the class of <{builder.XmlName}> would be named '{builder.Name}', a member every generated class has (C# forbids a member named like its class); name the class in the binding file", builder.Span);
        foreach (var variant in builder.Variants.Where(v => builder.Attributes.ContainsKey(v.Attribute)))
            Report(DiagnosticIds.UnsupportedConstruct, $"the attribute '{variant.Attribute}' of <{builder.XmlName}> tells the branches of a choice apart and is also an attribute of its own elsewhere in the element; one attribute cannot be both", builder.Span);

        void AddProperty(PropertyModel property)
        {
            var from = property.Kind == PropertyKind.Text ? "the element's text" : $"'{property.XmlName}'";
            if (GeneratedMemberNames.Reserved.Contains(property.Name))
                Report(DiagnosticIds.DuplicateMember, $"the member of {builder.Name} from {from} would be named '{property.Name}', which every generated class already has; name it in the binding file", builder.Span);
            else if (property.Name == builder.Name || !names.Add(property.Name))
                Report(DiagnosticIds.DuplicateMember, $"two members of {builder.Name} are both named '{property.Name}' (one from {from}); name one in the binding file", builder.Span);
            properties.Add(property);
        }

        foreach (var step in steps)
        {
            switch (step.Kind)
            {
                case WriteStepKind.Attribute:
                    var attribute = builder.Attributes[step.Name];
                    // Only a single runtime element can tell the attribute its value; a list's items each take it from the attribute.
                    var selects = builder.Elements.Values.Where(e => e.Runtime?.Discriminator == attribute.XmlName && !e.IsList).Select(e => PropertyNameOf(builder, e)).ToEquatableArray();
                    AddProperty(new PropertyModel(_index.FindPropertyName(builder.Paths, attribute.XmlName) ?? _index.Word(attribute.XmlName), attribute.XmlName,
                        PropertyKind.Attribute, attribute.Type.Kind, null, false, attribute.Required, Values(attribute.Type), null, selects, Rules(attribute.Type, builder.Span)));
                    break;
                case WriteStepKind.Element:
                    AddProperty(ElementProperty(builder, builder.Elements[step.Name]));
                    break;
                case WriteStepKind.Discriminator:
                    var variant = builder.Variants.First(v => v.Attribute == step.Name);
                    var branches = variant.Branches.Select(b =>
                    {
                        var branchClass = b.Class.Find();
                        return new VariantBranchModel(BranchPropertyName(builder, b), branchClass.Name!, b.Value, b.IsDefault,
                            branchClass.Attributes.Count > 0 || branchClass.Variants.Count > 0, branchClass.Elements.Count > 0 || branchClass.Variants.Count > 0, b.CompareExactly);
                    }).ToEquatableArray();
                    foreach (var branch in branches)
                    {
                        if (GeneratedMemberNames.Reserved.Contains(branch.PropertyName))
                            Report(DiagnosticIds.DuplicateMember, $"the branch {variant.Attribute}='{branch.Value}' of {builder.Name} would be named '{branch.PropertyName}', which every generated class already has; name it in the binding file", builder.Span);
                        else if (branch.PropertyName == builder.Name || !names.Add(branch.PropertyName))
                            Report(DiagnosticIds.DuplicateMember, $"two members of {builder.Name} are both named '{branch.PropertyName}'; name one in the binding file", builder.Span);
                    }
                    variants.Add(new VariantModel(variant.Attribute, variant.Required, branches));
                    break;
                case WriteStepKind.Text:
                    AddProperty(new PropertyModel("Value", "", PropertyKind.Text, builder.Text!.Kind, null, false, false, Values(builder.Text), null, EquatableArray<string>.Empty, Rules(builder.Text, builder.Span)));
                    break;
            }
        }

        var path = BindingPath.Format(builder.Paths[0]);
        return new ClassModel(builder.Name!, builder.XmlName, path, builder.IsDocument, builder.IsVariantBranch,
            builder.Text is null ? null : "Value", properties.ToEquatableArray(), variants.ToEquatableArray(), steps.ToEquatableArray(),
            new SourceLine(System.IO.Path.GetFileName(builder.Span.Path), builder.Span.Line), builder.Span, builder.ChoiceRules.ToEquatableArray());
    }

    private PropertyModel ElementProperty(ClassBuilder owner, ElementBuilder element)
    {
        var name = PropertyNameOf(owner, element);
        if (element.IsRaw)
            return new PropertyModel(name, element.XmlName, PropertyKind.RawElement, ScalarKind.String, "System.Xml.Linq.XElement", element.IsList, element.Required,
                EquatableArray<string>.Empty, null, EquatableArray<string>.Empty);

        if (element.Runtime is { } runtime)
            return new PropertyModel(name, element.XmlName, PropertyKind.RuntimeElement, ScalarKind.String, runtime.TypeName, element.IsList, element.Required,
                EquatableArray<string>.Empty, runtime.Discriminator, EquatableArray<string>.Empty);

        var child = element.Class!.Find();
        if (child.IsSimple)
            return new PropertyModel(name, element.XmlName, PropertyKind.TextElement, child.Text!.Kind, null, element.IsList, element.Required,
                Values(child.Text), null, EquatableArray<string>.Empty, Rules(child.Text, child.Span));

        return new PropertyModel(name, element.XmlName, PropertyKind.Element, ScalarKind.String, child.Name, element.IsList, element.Required,
            EquatableArray<string>.Empty, null, EquatableArray<string>.Empty);
    }

    private string PropertyNameOf(ClassBuilder owner, ElementBuilder element) =>
        _index.FindPropertyName(owner.Paths, element.XmlName) ?? (element.IsList ? _index.Plural(element.XmlName) : _index.Word(element.XmlName));

    private static EquatableArray<string> Values(ScalarType type) => type.Values?.ToEquatableArray() ?? EquatableArray<string>.Empty;

    /// <summary>The checks Validate() makes; a pattern .NET cannot compile is reported and left out rather than failing the build.</summary>
    private ValueRules Rules(ScalarType type, SourceSpan span)
    {
        var patterns = new List<TranslatedPattern>();
        foreach (var rule in type.Patterns)
        {
            if (XsdPattern.TryTranslate(rule.XsdPattern, out var translated, out var problem))
                patterns.Add(new TranslatedPattern(rule.XsdPattern, translated, rule.Collapse));
            else
                Report(DiagnosticIds.UnsupportedConstruct, $"the pattern '{rule.XsdPattern}' cannot be checked by Validate(): {problem}", span, warning: true);
        }
        var anyText = type.AnyText || patterns.Count < type.Patterns.Count;
        return new ValueRules(anyText, type.AllValues.ToEquatableArray(), type.ExactValues, patterns.ToEquatableArray(), type.MinInclusive, type.MaxInclusive);
    }

    /// <summary>
    /// Grammar order, unless the binding file states libvirt's: listed names first in the listed order, the rest after them in grammar order.
    /// A variant's attributes (or elements) are written together, where the first of them is listed, else right after its discriminator.
    /// </summary>
    private static List<WriteStep> OrderSteps(ClassBuilder builder, OrderBinding? order)
    {
        var attributeSteps = new List<(WriteStep Step, double Rank)>();
        var elementSteps = new List<(WriteStep Step, double Rank)>();
        double Rank(EquatableArray<string> listed, IEnumerable<string> names, double fallback)
        {
            var best = double.MaxValue;
            foreach (var name in names)
            {
                var index = listed.AsImmutableArray().IndexOf(name);
                if (index >= 0) best = Math.Min(best, index);
            }
            return best == double.MaxValue ? fallback : best;
        }

        var attributesListed = order?.Attributes ?? EquatableArray<string>.Empty;
        var elementsListed = order?.Elements ?? EquatableArray<string>.Empty;
        for (var i = 0; i < builder.Slots.Count; i++)
        {
            var slot = builder.Slots[i];
            var unlisted = 1000 + i;
            if (slot[0] == '@')
            {
                var name = slot.Substring(1);
                attributeSteps.Add((new WriteStep(WriteStepKind.Attribute, name), Rank(attributesListed, new[] { name }, unlisted)));
            }
            else if (slot[0] == '?')
            {
                var variant = builder.Variants.First(v => v.Attribute == slot.Substring(1));
                var discriminatorRank = Rank(attributesListed, new[] { variant.Attribute }, unlisted);
                var branchClasses = variant.Branches.Select(b => b.Class.Find()).ToList();
                attributeSteps.Add((new WriteStep(WriteStepKind.Discriminator, variant.Attribute), discriminatorRank));
                attributeSteps.Add((new WriteStep(WriteStepKind.VariantAttributes, variant.Attribute),
                    Rank(attributesListed, branchClasses.SelectMany(c => c.Attributes.Keys), discriminatorRank + 0.5)));
                elementSteps.Add((new WriteStep(WriteStepKind.VariantElements, variant.Attribute),
                    Rank(elementsListed, branchClasses.SelectMany(c => c.Elements.Keys), unlisted)));
            }
            else
            {
                elementSteps.Add((new WriteStep(WriteStepKind.Element, slot), Rank(elementsListed, new[] { slot }, unlisted)));
            }
        }

        var steps = attributeSteps.Select((s, i) => (s.Step, s.Rank, i)).OrderBy(s => s.Rank).ThenBy(s => s.i).Select(s => s.Step).ToList();
        steps.AddRange(elementSteps.Select((s, i) => (s.Step, s.Rank, i)).OrderBy(s => s.Rank).ThenBy(s => s.i).Select(s => s.Step));
        // A child with only text is held by its owner as a scalar; a document has no owner, so its class holds the text.
        if (builder.Text is not null && (!builder.IsSimple || builder.IsDocument)) steps.Add(new WriteStep(WriteStepKind.Text, "Value"));
        return steps;
    }
}

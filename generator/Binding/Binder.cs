using System;
using System.Collections.Generic;
using System.Linq;
using LibvirtXml.Generator.Common;
using LibvirtXml.Generator.Diagnostics;
using LibvirtXml.Generator.Rng;

namespace LibvirtXml.Generator.Binding;

/// <summary>
/// Binds a grammar to a C# type model. Structure comes from the grammar (DESIGN.md: variants versus merged scalars);
/// names, runtime types and output order come from the binding file.
/// </summary>
internal sealed partial class Binder
{
    private readonly Grammar _grammar;
    private readonly BindingFile _binding;
    private readonly BindingIndex _index;
    private readonly ContentCollector _collector;
    private readonly Dictionary<ElementPattern, ClassBuilder> _classesByPattern = new(ReferenceEqualityComparer<ElementPattern>.Instance);
    private readonly List<SchemaDiagnostic> _diagnostics = new();

    private Binder(Grammar grammar, BindingFile binding)
    {
        _grammar = grammar;
        _binding = binding;
        _index = new BindingIndex(binding);
        _collector = new ContentCollector(grammar);
    }

    public static (TypeModel? Model, EquatableArray<SchemaDiagnostic> Diagnostics) Bind(Grammar grammar, BindingFile binding, string @namespace)
    {
        var binder = new Binder(grammar, binding);
        TypeModel? model = null;
        try
        {
            model = binder.Run(@namespace);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            binder._diagnostics.Add(new SchemaDiagnostic(DiagnosticIds.InternalError, $"the binder failed on this schema: {e.GetType().Name}: {e.Message}", new SourceSpan(grammar.RootPath, 1, 1)));
        }
        return (model, binder._diagnostics.ToEquatableArray());
    }

    private TypeModel? Run(string @namespace)
    {
        var roots = RootElements();
        if (roots.Count == 0)
        {
            var start = _grammar.Start.Span.Path.Length > 0 ? _grammar.Start.Span : new SourceSpan(_grammar.RootPath, 1, 1);
            _diagnostics.Add(new SchemaDiagnostic(DiagnosticIds.UnsupportedConstruct, "the grammar's start pattern has no element to generate a document from", start));
            return null;
        }

        var documents = new List<ClassBuilder>();
        foreach (var root in roots)
        {
            var documentClass = Analyze(root.Pattern, new[] { new BindingPathSegment(root.Name, null, null) });
            documentClass.IsDocument = true;
            documents.Add(documentClass);
        }

        var classes = AssignNames(documents).Select(Freeze).ToEquatableArray();
        ReportUnmatchedBindings();
        if (_diagnostics.Any(d => !d.IsWarning)) return null;
        return new TypeModel(@namespace, System.IO.Path.GetFileName(_grammar.RootPath), classes);
    }

    /// <summary>The elements the start pattern allows as document roots.</summary>
    private List<ElementItem> RootElements() =>
        Flatten(_collector.Collect(_grammar.Start)).OfType<ElementItem>().GroupBy(e => e.Name).Select(g => g.First()).ToList();

    private static IEnumerable<ContentItem> Flatten(IEnumerable<ContentItem> items)
    {
        foreach (var item in items)
        {
            if (item is ChoiceItem choice)
            {
                foreach (var nested in Flatten(choice.Branches.SelectMany(b => b))) yield return nested;
            }
            else
            {
                yield return item;
            }
        }
    }

    /// <summary>Builds (once per element pattern) the class of an element reached at <paramref name="path"/>.</summary>
    private ClassBuilder Analyze(ElementPattern pattern, IReadOnlyList<BindingPathSegment> path)
    {
        if (_classesByPattern.TryGetValue(pattern, out var existing))
        {
            existing = existing.Find();
            existing.Paths.Add(path);
            return existing;
        }

        var name = ((QualifiedName)pattern.Name).LocalName;
        var builder = new ClassBuilder(name, isVariantBranch: false, pattern.Span);
        builder.Paths.Add(path);
        _classesByPattern[pattern] = builder;
        AddContent(builder, _collector.Collect(pattern.Content), required: true, path);
        return builder;
    }

    private void AddContent(ClassBuilder target, List<ContentItem> items, bool required, IReadOnlyList<BindingPathSegment> path)
    {
        foreach (var item in items)
        {
            switch (item)
            {
                case AttributeItem attribute:
                    AddAttribute(target, attribute.Name, ScalarType.Of(attribute.Content, _grammar), required && attribute.Required);
                    break;
                case ElementItem element:
                    AddElement(target, element, required && element.Required, path);
                    break;
                case TextItem text:
                    target.Text = target.Text is null ? ScalarType.Of(text.Content, _grammar) : ScalarType.Merge(target.Text, ScalarType.Of(text.Content, _grammar));
                    break;
                case ChoiceItem choice:
                    AddChoice(target, choice, required && choice.Required, path);
                    break;
            }
        }
    }

    private static void AddAttribute(ClassBuilder target, string name, ScalarType type, bool required)
    {
        target.AddSlot("@" + name);
        if (target.Attributes.TryGetValue(name, out var existing))
        {
            existing.Type = ScalarType.Merge(existing.Type, type);
            existing.Required &= required;
            return;
        }
        target.Attributes[name] = new AttributeBuilder(name, type, required);
    }

    private void AddElement(ClassBuilder target, ElementItem item, bool required, IReadOnlyList<BindingPathSegment> path)
    {
        target.AddSlot(item.Name);
        var childPath = path.Concat(new[] { new BindingPathSegment(item.Name, null, null) }).ToList();
        var isRaw = _index.IsRaw(childPath);
        var runtime = isRaw ? null : _index.FindRuntime(childPath);
        var childClass = runtime is null && !isRaw ? Analyze(item.Pattern, childPath) : null;

        if (!target.Elements.TryGetValue(item.Name, out var element))
        {
            target.Elements[item.Name] = new ElementBuilder(item.Name, required, item.Repeated) { Class = childClass, Runtime = runtime, IsRaw = isRaw };
            return;
        }

        // The same element name met again (in another choice branch, or twice in a sequence): one property.
        element.Required &= required;
        element.IsList |= item.Repeated;
        if (element.IsRaw || isRaw)
        {
            if (element.IsRaw != isRaw)
                Report(DiagnosticIds.DuplicateMember, $"element <{item.Name}> is kept as XML in one place of a class and bound in another; make both raw", item.Span);
            return;
        }
        if (element.Runtime is not null || runtime is not null)
        {
            if (element.Runtime?.TypeName != runtime?.TypeName)
                Report(DiagnosticIds.DuplicateMember, $"element <{item.Name}> is bound to different types in one class ({element.Runtime?.TypeName ?? "generated"} and {runtime?.TypeName ?? "generated"}); bind both to one runtime type", item.Span);
            return;
        }
        element.Class = Merge(element.Class!, childClass!);
    }

    private void AddChoice(ClassBuilder target, ChoiceItem choice, bool required, IReadOnlyList<BindingPathSegment> path)
    {
        var discriminator = FindDiscriminator(choice);
        if (discriminator is null || !StructureDiffers(choice, discriminator))
        {
            // Merged scalars: every branch's content becomes plain (optional unless required everywhere) properties.
            foreach (var branch in choice.Branches) AddContent(target, branch, required: false, path);
            if (required) MarkRequiredInEveryBranch(target, choice);
            target.ChoiceRules.Add(ChoiceRuleOf(choice, required));
            return;
        }

        target.AddSlot("?" + discriminator);
        var variant = target.Variants.FirstOrDefault(v => v.Attribute == discriminator);
        if (variant is null)
        {
            variant = new VariantBuilder(discriminator, required);
            target.Variants.Add(variant);
        }

        foreach (var branch in choice.Branches)
        {
            var attribute = branch.OfType<AttributeItem>().First(a => a.Name == discriminator);
            var exact = ScalarType.Of(attribute.Content, _grammar).ExactValues;
            foreach (var value in FixedValues(attribute)!)
            {
                var last = path[path.Count - 1];
                var branchPath = path.Take(path.Count - 1).Concat(new[] { new BindingPathSegment(last.Element, discriminator, value) }).ToList();
                var branchClass = new ClassBuilder(target.XmlName, isVariantBranch: true, choice.Span);
                branchClass.Paths.Add(branchPath);
                AddContent(branchClass, branch.Where(i => i != attribute).ToList(), required: true, branchPath);

                var existing = variant.Branches.FirstOrDefault(b => b.Value == value);
                if (existing is null)
                    variant.Branches.Add(new BranchBuilder(value, !attribute.Required, exact, branchClass));
                else
                    existing.Class = Merge(existing.Class, branchClass);
            }
        }
    }

    /// <summary>What each branch of a merged choice allows of every attribute and element the choice mentions.</summary>
    private ChoiceRule ChoiceRuleOf(ChoiceItem choice, bool required)
    {
        static string Member(ContentItem item) => item is AttributeItem a ? "@" + a.Name : ((ElementItem)item).Name;
        var members = choice.Branches.SelectMany(Flatten).Where(i => i is AttributeItem or ElementItem).Select(Member).Distinct().ToList();
        var branches = choice.Branches.Select(branch =>
        {
            var direct = branch.Where(i => i is AttributeItem or ElementItem).ToList();
            var nested = Flatten(branch.OfType<ChoiceItem>()).Where(i => i is AttributeItem or ElementItem).Select(Member).ToList();
            return new ChoiceBranchRule(members.Select(member =>
            {
                var items = direct.Where(i => Member(i) == member).ToList();
                if (items.Count == 0) return new MemberRule(member, nested.Contains(member) ? MemberPresence.Any : MemberPresence.Absent, EquatableArray<string>.Empty);
                var values = items.OfType<AttributeItem>().Select(a => ScalarType.Of(a.Content, _grammar)).ToList();
                var fixedValues = values.Count > 0 && values.All(v => v.Values is not null) ? values.SelectMany(v => v.Values!).Distinct().ToEquatableArray() : EquatableArray<string>.Empty;
                return new MemberRule(member, items.Any(i => i.Required) ? MemberPresence.Required : MemberPresence.Optional, fixedValues);
            }).ToEquatableArray());
        }).ToEquatableArray();
        return new ChoiceRule(!required, members.ToEquatableArray(), branches);
    }

    /// <summary>An attribute every branch sets to its own fixed values; at most one branch may leave it out (that branch is the default).</summary>
    private string? FindDiscriminator(ChoiceItem choice)
    {
        var candidates = choice.Branches[0].OfType<AttributeItem>().Select(a => a.Name).Distinct();
        foreach (var name in candidates)
        {
            var seen = new HashSet<string>();
            var optionalBranches = 0;
            var ok = true;
            foreach (var branch in choice.Branches)
            {
                var attributes = branch.OfType<AttributeItem>().Where(a => a.Name == name).ToList();
                var values = attributes.Count == 1 ? FixedValues(attributes[0]) : null;
                if (values is null || values.Count == 0 || values.Any(v => !seen.Add(v)))
                {
                    ok = false;
                    break;
                }
                if (!attributes[0].Required) optionalBranches++;
            }
            if (ok && optionalBranches <= 1) return name;
        }
        return null;
    }

    private List<string>? FixedValues(AttributeItem attribute)
    {
        var type = ScalarType.Of(attribute.Content, _grammar);
        return type.Values?.ToList();
    }

    /// <summary>Branches carry different structure when they differ in child elements or required attributes
    /// (after runtime-type mapping); differing only in values or optional attributes merges them.</summary>
    private bool StructureDiffers(ChoiceItem choice, string discriminator)
    {
        string Signature(List<ContentItem> branch) => string.Join(",", Flatten(branch)
            .Where(i => i is ElementItem || (i is AttributeItem a && a.Required && a.Name != discriminator))
            .Select(i => i is ElementItem e ? "<" + e.Name : "@" + ((AttributeItem)i).Name)
            .Distinct().OrderBy(s => s, StringComparer.Ordinal));

        return choice.Branches.Select(Signature).Distinct().Count() > 1;
    }

    private static void MarkRequiredInEveryBranch(ClassBuilder target, ChoiceItem choice)
    {
        var inBranches = choice.Branches.SelectMany(b => b.OfType<AttributeItem>()).Select(a => a.Name).ToList();
        foreach (var attribute in target.Attributes.Values.Where(a => inBranches.Contains(a.XmlName)))
        {
            attribute.Required = choice.Branches.All(b => b.OfType<AttributeItem>().Any(a => a.Name == attribute.XmlName && a.Required));
        }
    }

    /// <summary>Makes two classes one (union of their members); returns the survivor.</summary>
    private ClassBuilder Merge(ClassBuilder a, ClassBuilder b)
    {
        a = a.Find();
        b = b.Find();
        if (ReferenceEquals(a, b)) return a;
        b.MergedInto = a;
        a.Paths.AddRange(b.Paths);
        a.IsDocument |= b.IsDocument;
        foreach (var slot in b.Slots) a.AddSlot(slot);
        foreach (var attribute in b.Attributes.Values)
        {
            if (a.Attributes.TryGetValue(attribute.XmlName, out var existing))
            {
                existing.Type = ScalarType.Merge(existing.Type, attribute.Type);
                existing.Required &= attribute.Required;
            }
            else
            {
                a.Attributes[attribute.XmlName] = attribute;
            }
        }
        foreach (var element in b.Elements.Values)
        {
            if (!a.Elements.TryGetValue(element.XmlName, out var existing))
            {
                a.Elements[element.XmlName] = element;
                continue;
            }
            existing.IsList |= element.IsList;
            existing.Required &= element.Required;
            if (existing.Class is not null && element.Class is not null) existing.Class = Merge(existing.Class, element.Class);
        }
        foreach (var variant in b.Variants)
        {
            var existing = a.Variants.FirstOrDefault(v => v.Attribute == variant.Attribute);
            if (existing is null)
            {
                a.Variants.Add(variant);
                continue;
            }
            foreach (var branch in variant.Branches)
            {
                var same = existing.Branches.FirstOrDefault(x => x.Value == branch.Value);
                if (same is null) existing.Branches.Add(branch);
                else same.Class = Merge(same.Class, branch.Class);
            }
        }
        if (b.Text is not null) a.Text = a.Text is null ? b.Text : ScalarType.Merge(a.Text, b.Text);
        foreach (var rule in b.ChoiceRules)
        {
            if (!a.ChoiceRules.Contains(rule)) a.ChoiceRules.Add(rule);
        }
        return a;
    }

    private void Report(string id, string message, SourceSpan span, bool warning = false) =>
        _diagnostics.Add(new SchemaDiagnostic(id, message, span, warning));
}

using System.Collections.Generic;
using LibvirtXml.Generator.Common;
using LibvirtXml.Generator.Diagnostics;

namespace LibvirtXml.Generator.Rng;

// Patterns (RELAX NG 4.3-4.6, 4.8, 4.9, 4.12). Every pattern built here carries the span of the element it came from;
// a single-child group/interleave/choice is replaced by its child, which keeps its own span.
internal sealed partial class RngResolver
{
    private Pattern ConvertPattern(RngNode node, LexicalContext outer)
    {
        if (!TryDescend(node)) return new NotAllowedPattern { Span = node.Span };
        try
        {
            return ConvertPatternElement(node, outer);
        }
        finally
        {
            Ascend();
        }
    }

    private Pattern ConvertPatternElement(RngNode node, LexicalContext outer)
    {
        Visit(node);
        var context = outer.Enter(node);
        switch (node.Name)
        {
            case "element": return ConvertElement(node, context);
            case "attribute": return ConvertAttribute(node, context);
            case "group": return ConvertCombination<GroupPattern>(node, context);
            case "interleave": return ConvertCombination<InterleavePattern>(node, context);
            case "choice": return ConvertCombination<ChoicePattern>(node, context);
            case "optional": return new OptionalPattern(RequiredContent(node, context)) { Span = node.Span };
            case "zeroOrMore": return new ZeroOrMorePattern(RequiredContent(node, context)) { Span = node.Span };
            case "oneOrMore": return new OneOrMorePattern(RequiredContent(node, context)) { Span = node.Span };
            case "mixed": return new MixedPattern(RequiredContent(node, context)) { Span = node.Span };
            case "list": return new ListPattern(RequiredContent(node, context)) { Span = node.Span };
            case "empty": return Leaf(node, new EmptyPattern());
            case "text": return Leaf(node, new TextPattern());
            case "notAllowed": return Leaf(node, new NotAllowedPattern());
            case "value": return ConvertValue(node, context);
            case "data": return ConvertData(node, context);
            case "ref": return ConvertRef(node, context.Grammar, isParentRef: false);
            case "parentRef": return ConvertRef(node, context.Grammar?.Parent, isParentRef: true);
            case "externalRef": return ConvertExternalRef(node, context);
            case "grammar": return ResolveGrammar(node, context, isTopLevel: false);
            default:
                if (IsRelaxNgElement(node.Name))
                {
                    Error(DiagnosticIds.MalformedSchema, $"<{node.Name}> is not allowed where a pattern is expected", node.Span);
                }
                else
                {
                    Error(DiagnosticIds.UnsupportedConstruct, $"<{node.Name}> is not a RELAX NG element", node.Span);
                }
                return new NotAllowedPattern { Span = node.Span };
        }
    }

    private Pattern ConvertElement(RngNode node, LexicalContext context)
    {
        var (name, contentNodes) = NameAndContent(node, context, isAttribute: false);
        var content = ContentOf(contentNodes, context, node.Span);
        if (content is null)
        {
            Error(DiagnosticIds.MalformedSchema, "<element> needs a content pattern (use <empty/> for none)", node.Span);
            content = new EmptyPattern { Span = node.Span };
        }
        return new ElementPattern(name, content) { Span = node.Span };
    }

    private Pattern ConvertAttribute(RngNode node, LexicalContext context)
    {
        var (name, contentNodes) = NameAndContent(node, context, isAttribute: true);
        if (contentNodes.Count > 1)
        {
            Error(DiagnosticIds.MalformedSchema, "<attribute> takes at most one pattern", contentNodes[1].Span);
        }
        // An attribute without a pattern holds any text (RELAX NG 4.12).
        var content = ContentOf(contentNodes, context, node.Span) ?? new TextPattern { Span = node.Span };
        return new AttributePattern(name, content) { Span = node.Span };
    }

    /// <summary>
    /// The name of an element or attribute, from its name attribute or else its first child, and the children left for
    /// its content. A name attribute without prefix takes the inherited ns for an element, but for an attribute only
    /// an ns on the attribute element itself (RELAX NG 4.8).
    /// </summary>
    private (NameClass Name, IReadOnlyList<RngNode> Content) NameAndContent(RngNode node, LexicalContext context, bool isAttribute)
    {
        var children = node.Children;
        if (node.GetAttribute("name") is { } qname)
        {
            var defaultNs = isAttribute && !node.HasAttribute("ns") ? "" : context.Ns;
            return (ResolveQName(qname.Trim(), defaultNs, context, node), children);
        }
        if (children.Count == 0)
        {
            Error(DiagnosticIds.MalformedSchema, $"<{node.Name}> needs a name attribute or a name class", node.Span);
            return (new QualifiedName("", ""), children);
        }

        var content = new List<RngNode>(children.Count - 1);
        for (var i = 1; i < children.Count; i++) content.Add(children[i]);
        return (ConvertNameClass(children[0], context, NameClassExcept.None), content);
    }

    private Pattern ConvertCombination<T>(RngNode node, LexicalContext context) where T : Pattern
    {
        var items = new List<Pattern>(node.Children.Count);
        foreach (var child in node.Children) items.Add(ConvertPattern(child, context));
        if (items.Count == 0)
        {
            Error(DiagnosticIds.MalformedSchema, $"<{node.Name}> needs at least one pattern", node.Span);
            return typeof(T) == typeof(ChoicePattern) ? new NotAllowedPattern { Span = node.Span } : new EmptyPattern { Span = node.Span };
        }
        return Flattened<T>(items, node.Span);
    }

    /// <summary>
    /// n-ary <typeparamref name="T"/> of <paramref name="items"/>, with nested <typeparamref name="T"/>s spliced in
    /// (group, interleave and choice are associative) and a single item returned as is.
    /// </summary>
    private static Pattern Flattened<T>(IReadOnlyList<Pattern> items, SourceSpan span) where T : Pattern
    {
        if (items.Count == 1) return items[0];

        var flat = new List<Pattern>(items.Count);
        foreach (var item in items)
        {
            if (item is T) flat.AddRange(ItemsOf(item));
            else flat.Add(item);
        }
        var array = flat.ToEquatableArray();
        Pattern result = typeof(T) == typeof(GroupPattern) ? new GroupPattern(array)
            : typeof(T) == typeof(InterleavePattern) ? new InterleavePattern(array)
            : new ChoicePattern(array);
        return result with { Span = span };
    }

    private static EquatableArray<Pattern> ItemsOf(Pattern pattern) => pattern switch
    {
        GroupPattern group => group.Items,
        InterleavePattern interleave => interleave.Items,
        ChoicePattern choice => choice.Items,
        _ => EquatableArray.Create(pattern),
    };

    /// <summary>Several patterns where one is expected form a group (RELAX NG 4.12); null when there are none.</summary>
    private Pattern? ContentOf(IReadOnlyList<RngNode> nodes, LexicalContext context, SourceSpan groupSpan)
    {
        if (nodes.Count == 0) return null;
        var items = new List<Pattern>(nodes.Count);
        foreach (var node in nodes) items.Add(ConvertPattern(node, context));
        return Flattened<GroupPattern>(items, groupSpan);
    }

    private Pattern RequiredContent(RngNode node, LexicalContext context)
    {
        if (ContentOf(node.Children, context, node.Span) is { } content) return content;
        Error(DiagnosticIds.MalformedSchema, $"<{node.Name}> needs a pattern", node.Span);
        return new EmptyPattern { Span = node.Span };
    }

    private Pattern Leaf(RngNode node, Pattern pattern)
    {
        if (node.Children.Count > 0)
        {
            Error(DiagnosticIds.MalformedSchema, $"<{node.Name}> must be empty", node.Children[0].Span);
        }
        return pattern with { Span = node.Span };
    }

    private Pattern ConvertValue(RngNode node, LexicalContext context)
    {
        if (node.Children.Count > 0)
        {
            Error(DiagnosticIds.MalformedSchema, "<value> holds text only", node.Children[0].Span);
        }
        // Without a type, a value is the built-in library's token, whatever datatypeLibrary is in effect (RELAX NG 4.4).
        var type = node.GetAttribute("type")?.Trim();
        var pattern = type is null
            ? new ValuePattern("", "token", node.Text, context.Ns)
            : new ValuePattern(context.DatatypeLibrary, type, node.Text, context.Ns);
        return pattern with { Span = node.Span };
    }

    private Pattern ConvertData(RngNode node, LexicalContext context)
    {
        var type = node.GetAttribute("type")?.Trim();
        if (string.IsNullOrEmpty(type))
        {
            Error(DiagnosticIds.MalformedSchema, "<data> needs a type attribute", node.Span);
            type = "string";
        }

        var parameters = new List<DataParam>();
        Pattern? except = null;
        foreach (var child in node.Children)
        {
            Visit(child);
            switch (child.Name)
            {
                case "param" when except is null:
                    if (RequiredName(child) is { } name) parameters.Add(new DataParam(name, child.Text));
                    break;
                case "except" when except is null:
                    except = ExceptPattern(child, context.Enter(child));
                    break;
                default:
                    NotAllowedHere(child, node);
                    break;
            }
        }
        return new DataPattern(context.DatatypeLibrary, type!, parameters.ToEquatableArray(), except) { Span = node.Span };
    }

    /// <summary>The patterns of a data's except; several form a choice (RELAX NG 4.12).</summary>
    private Pattern ExceptPattern(RngNode except, LexicalContext context)
    {
        var items = new List<Pattern>(except.Children.Count);
        foreach (var child in except.Children) items.Add(ConvertPattern(child, context));
        if (items.Count == 0)
        {
            Error(DiagnosticIds.MalformedSchema, "<except> needs at least one pattern", except.Span);
            return new NotAllowedPattern { Span = except.Span };
        }
        return Flattened<ChoicePattern>(items, except.Span);
    }

    private Pattern ConvertRef(RngNode node, GrammarScope? scope, bool isParentRef)
    {
        var notAllowed = new NotAllowedPattern { Span = node.Span };
        if (RequiredName(node) is not { } name) return notAllowed;
        if (node.Children.Count > 0) NotAllowedHere(node.Children[0], node);

        if (scope is null)
        {
            var where = isParentRef ? "a nested grammar" : "a grammar";
            Error(DiagnosticIds.UndefinedReference, $"<{node.Name} name=\"{name}\"> is not inside {where}", node.Span);
            return notAllowed;
        }
        if (!scope.HasDefine(name))
        {
            var where = isParentRef ? "the parent grammar" : "the grammar";
            Error(DiagnosticIds.UndefinedReference, $"<{node.Name} name=\"{name}\">: {where} has no define named '{name}'", node.Span);
            return notAllowed;
        }
        return new RefPattern(scope.KeyOf(name)) { Span = node.Span };
    }

    /// <summary>
    /// An externalRef stands for the referenced file's pattern, read in that file's context but inheriting the ns in
    /// effect here (RELAX NG 4.6). A grammar there becomes a nested grammar of the current one.
    /// </summary>
    private Pattern ConvertExternalRef(RngNode node, LexicalContext context)
    {
        var href = node.GetAttribute("href");
        if (href is null)
        {
            Error(DiagnosticIds.MalformedSchema, "<externalRef> needs an href attribute", node.Span);
            return new NotAllowedPattern { Span = node.Span };
        }
        if (LoadReferencedFile(node, href, context) is not { } target)
        {
            return new NotAllowedPattern { Span = node.Span };
        }
        return ConvertPattern(target.Root, context.ForFile(target.Path));
    }
}

using System.Collections.Generic;
using System.Linq;
using LibvirtXml.Generator.Common;
using LibvirtXml.Generator.Diagnostics;

namespace LibvirtXml.Generator.Rng;

// grammar, start, define, div, include and combine (RELAX NG 4.7, 4.11, 4.17, 4.18).
internal sealed partial class RngResolver
{
    /// <summary>
    /// Resolves a <c>grammar</c> element: collects its components (through divs and includes), resolves its defines
    /// into the grammar's define list and returns its start pattern, which is what a nested grammar stands for.
    /// </summary>
    private Pattern ResolveGrammar(RngNode grammar, LexicalContext context, bool isTopLevel)
    {
        var scope = NewScope(parent: context.Grammar);
        context = context.WithGrammar(scope);

        var components = new List<GrammarComponent>();
        CollectComponents(grammar, context, components, allowInclude: true);
        foreach (var component in components) scope.Add(component);

        // Keys are known once every component is collected, so refs can be checked while patterns are resolved.
        foreach (var name in scope.DefineNames)
        {
            scope.Defines.Add(ResolveDefine(scope, name));
        }
        return ResolveStart(scope, grammar, isTopLevel);
    }

    private Define ResolveDefine(GrammarScope scope, string name)
    {
        var parts = CombinableParts(scope.PartsOf(name), $"define '{name}'", out var combine);
        var patterns = parts.Select(part => ComponentContent(part)).ToList();
        var first = parts[0].Node;
        return new Define(scope.KeyOf(name), name, Combined(combine, patterns, first.Span), first.Span);
    }

    private Pattern ResolveStart(GrammarScope scope, RngNode grammar, bool isTopLevel)
    {
        if (scope.Starts.Count == 0)
        {
            // A top-level grammar without start is a library meant to be included (basictypes.rng...): still
            // useful for its defines, so only a warning. A nested grammar stands for its start and needs one.
            var message = isTopLevel
                ? $"'{grammar.Span.Path}' has no <start>; it is a library of defines, only usable through include"
                : "a nested <grammar> must have a <start>";
            if (isTopLevel) Warning(DiagnosticIds.MalformedSchema, message, grammar.Span);
            else Error(DiagnosticIds.MalformedSchema, message, grammar.Span);
            return new NotAllowedPattern { Span = grammar.Span };
        }

        var parts = CombinableParts(scope.Starts, "start", out var combine);
        var patterns = parts.Select(part => ComponentContent(part)).ToList();
        return Combined(combine, patterns, parts[0].Node.Span);
    }

    /// <summary>The pattern inside a start or define: its children as an implicit group.</summary>
    private Pattern ComponentContent(GrammarComponent component)
    {
        var node = component.Node;
        if (ContentOf(node.Children, component.Context, node.Span) is { } content) return content;

        var what = component.IsStart ? "<start>" : $"<define name=\"{component.Name}\">";
        Error(DiagnosticIds.MalformedSchema, $"{what} needs a pattern", node.Span);
        return new NotAllowedPattern { Span = node.Span };
    }

    /// <summary>
    /// The components of one start or one define name that take part in the combination, and how they combine.
    /// At most one may lack <c>combine</c>; the others must agree on choice or interleave.
    /// </summary>
    private List<GrammarComponent> CombinableParts(IReadOnlyList<GrammarComponent> parts, string what, out string combine)
    {
        var used = new List<GrammarComponent>();
        GrammarComponent? withoutCombine = null;
        string? method = null;
        foreach (var part in parts)
        {
            if (part.Combine is null)
            {
                if (withoutCombine is not null)
                {
                    Error(DiagnosticIds.DuplicateDefine,
                        $"{what} is given more than once without a combine attribute (first at {withoutCombine.Node.Span})", part.Node.Span);
                    continue;
                }
                withoutCombine = part;
            }
            else if (part.Combine is not ("choice" or "interleave"))
            {
                Error(DiagnosticIds.MalformedSchema, $"combine=\"{part.Combine}\" on {what} must be 'choice' or 'interleave'", part.Node.Span);
            }
            else if (method is not null && method != part.Combine)
            {
                Error(DiagnosticIds.DuplicateDefine, $"{what} is combined both by choice and by interleave", part.Node.Span);
                continue;
            }
            else
            {
                method = part.Combine;
            }
            used.Add(part);
        }
        combine = method ?? "choice";
        return used;
    }

    private static Pattern Combined(string combine, List<Pattern> patterns, SourceSpan span) =>
        combine == "interleave" ? Flattened<InterleavePattern>(patterns, span) : Flattened<ChoicePattern>(patterns, span);

    /// <summary>Collects the start and define components of a grammar, div or include body, expanding divs and includes.</summary>
    private void CollectComponents(RngNode container, LexicalContext context, List<GrammarComponent> into, bool allowInclude)
    {
        if (!TryDescend(container)) return;
        try
        {
            CollectChildComponents(container, context, into, allowInclude);
        }
        finally
        {
            Ascend();
        }
    }

    private void CollectChildComponents(RngNode container, LexicalContext context, List<GrammarComponent> into, bool allowInclude)
    {
        foreach (var child in container.Children)
        {
            Visit(child);
            var inner = context.Enter(child);
            switch (child.Name)
            {
                case "start":
                    into.Add(new GrammarComponent(child, inner, "", child.GetAttribute("combine")?.Trim()));
                    break;
                case "define":
                    if (RequiredName(child) is { } name)
                    {
                        into.Add(new GrammarComponent(child, inner, name, child.GetAttribute("combine")?.Trim()));
                    }
                    break;
                case "div":
                    CollectComponents(child, inner, into, allowInclude);
                    break;
                case "include" when allowInclude:
                    CollectInclude(child, inner, into);
                    break;
                default:
                    NotAllowedHere(child, container);
                    break;
            }
        }
    }

    /// <summary>
    /// Expands an include: the included grammar's components, minus those the include's own start/defines replace,
    /// followed by the include's own components (RELAX NG 4.7).
    /// </summary>
    private void CollectInclude(RngNode include, LexicalContext context, List<GrammarComponent> into)
    {
        var overrides = new List<GrammarComponent>();
        CollectComponents(include, context, overrides, allowInclude: false);

        var href = include.GetAttribute("href");
        if (href is null)
        {
            Error(DiagnosticIds.MalformedSchema, "<include> needs an href attribute", include.Span);
            into.AddRange(overrides);
            return;
        }
        if (LoadReferencedFile(include, href, context) is not { } target)
        {
            into.AddRange(overrides); // keeps the include's own defines, so one missing file gives one error
            return;
        }
        if (target.Root.Name != "grammar")
        {
            Error(DiagnosticIds.MalformedSchema, $"'{target.Path}' is included, so its root must be <grammar>, not <{target.Root.Name}>", include.Span);
            into.AddRange(overrides);
            return;
        }

        var included = new List<GrammarComponent>();
        var fileContext = context.ForFile(target.Path);
        CollectComponents(target.Root, fileContext.Enter(target.Root), included, allowInclude: true);

        var replacesStart = overrides.Any(component => component.IsStart);
        var replacedDefines = new HashSet<string>(overrides.Where(component => !component.IsStart).Select(component => component.Name));
        if (replacesStart && !included.Any(component => component.IsStart))
        {
            Error(DiagnosticIds.MalformedSchema, $"<include> replaces <start>, but '{target.Path}' has none", include.Span);
        }
        var checkedNames = new HashSet<string>();
        foreach (var replacement in overrides.Where(component => !component.IsStart))
        {
            if (checkedNames.Add(replacement.Name) && !included.Any(component => !component.IsStart && component.Name == replacement.Name))
            {
                Error(DiagnosticIds.MalformedSchema, $"<include> replaces define '{replacement.Name}', but '{target.Path}' has none", replacement.Node.Span);
            }
        }

        into.AddRange(included.Where(component => component.IsStart ? !replacesStart : !replacedDefines.Contains(component.Name)));
        into.AddRange(overrides);
    }

    private string? RequiredName(RngNode node)
    {
        var name = node.GetAttribute("name")?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            Error(DiagnosticIds.MalformedSchema, $"<{node.Name}> needs a name attribute", node.Span);
            return null;
        }
        return name;
    }

    private void NotAllowedHere(RngNode node, RngNode parent)
    {
        if (IsRelaxNgElement(node.Name))
        {
            Error(DiagnosticIds.MalformedSchema, $"<{node.Name}> is not allowed in <{parent.Name}>", node.Span);
        }
        else
        {
            Error(DiagnosticIds.UnsupportedConstruct, $"<{node.Name}> is not a RELAX NG element", node.Span);
        }
    }
}

using System.Collections.Generic;
using LibvirtXml.Generator.Diagnostics;

namespace LibvirtXml.Generator.Rng;

// Name classes and QNames (RELAX NG 4.9, 4.10, 4.16).
internal sealed partial class RngResolver
{
    /// <summary>Which except a name class stands in: it limits what it may contain (RELAX NG 4.16).</summary>
    private enum NameClassExcept
    {
        None,
        OfAnyName, // no anyName inside
        OfNsName,  // no anyName, no nsName inside
    }

    private NameClass ConvertNameClass(RngNode node, LexicalContext outer, NameClassExcept within)
    {
        Visit(node);
        var context = outer.Enter(node);
        switch (node.Name)
        {
            case "name":
                if (node.Children.Count > 0) NotAllowedHere(node.Children[0], node);
                return ResolveQName(node.Text.Trim(), context.Ns, context, node);

            case "anyName":
                if (within != NameClassExcept.None)
                {
                    Error(DiagnosticIds.MalformedSchema, "<anyName> is not allowed inside the <except> of <anyName> or <nsName>", node.Span);
                }
                return new AnyName(ExceptOf(node, context, NameClassExcept.OfAnyName));

            case "nsName":
                if (within == NameClassExcept.OfNsName)
                {
                    Error(DiagnosticIds.MalformedSchema, "<nsName> is not allowed inside the <except> of <nsName>", node.Span);
                }
                return new NamespaceName(context.Ns, ExceptOf(node, context, NameClassExcept.OfNsName));

            case "choice":
                return NameChoiceOf(node, node.Children, context, within);

            default:
                if (IsRelaxNgElement(node.Name))
                {
                    Error(DiagnosticIds.MalformedSchema, $"<{node.Name}> is not a name class (expected name, anyName, nsName or choice)", node.Span);
                }
                else
                {
                    Error(DiagnosticIds.UnsupportedConstruct, $"<{node.Name}> is not a RELAX NG element", node.Span);
                }
                return new QualifiedName("", "");
        }
    }

    /// <summary>The except of an anyName or nsName; several name classes inside it form a choice.</summary>
    private NameClass? ExceptOf(RngNode owner, LexicalContext context, NameClassExcept within)
    {
        NameClass? except = null;
        foreach (var child in owner.Children)
        {
            Visit(child);
            if (child.Name == "except" && except is null)
            {
                except = NameChoiceOf(child, child.Children, context.Enter(child), within);
            }
            else
            {
                NotAllowedHere(child, owner);
            }
        }
        return except;
    }

    /// <summary>n-ary choice folded into binary <see cref="NameChoice"/>s, left to right.</summary>
    private NameClass NameChoiceOf(RngNode owner, IReadOnlyList<RngNode> children, LexicalContext context, NameClassExcept within)
    {
        NameClass? result = null;
        foreach (var child in children)
        {
            var item = ConvertNameClass(child, context, within);
            result = result is null ? item : new NameChoice(result, item);
        }
        if (result is null)
        {
            Error(DiagnosticIds.MalformedSchema, $"<{owner.Name}> needs at least one name class", owner.Span);
            return new QualifiedName("", "");
        }
        return result;
    }

    /// <summary>
    /// A QName from a name attribute or a <c>name</c> element: a prefix is looked up among the in-scope xmlns
    /// declarations, no prefix means <paramref name="defaultNs"/>.
    /// </summary>
    private QualifiedName ResolveQName(string qname, string defaultNs, LexicalContext context, RngNode node)
    {
        if (qname.Length == 0)
        {
            Error(DiagnosticIds.MalformedSchema, $"<{node.Name}> has an empty name", node.Span);
            return new QualifiedName(defaultNs, "");
        }

        var colon = qname.IndexOf(':');
        if (colon < 0) return new QualifiedName(defaultNs, qname);

        var prefix = qname.Substring(0, colon);
        var localName = qname.Substring(colon + 1);
        if (context.LookupPrefix(prefix) is { } uri) return new QualifiedName(uri, localName);

        Error(DiagnosticIds.MalformedSchema, $"the prefix '{prefix}' of '{qname}' is not declared", node.Span);
        return new QualifiedName("", localName);
    }
}

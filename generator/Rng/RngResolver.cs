using System;
using System.Collections.Generic;
using System.Linq;
using LibvirtXml.Generator.Common;
using LibvirtXml.Generator.Diagnostics;

namespace LibvirtXml.Generator.Rng;

/// <summary>
/// Turns parsed .rng files into one <see cref="Grammar"/> by RELAX NG's simplification (spec section 4): includes with
/// overrides, divs, externalRefs and nested grammars are expanded, <c>combine</c> is applied, names, namespaces and
/// datatype libraries are resolved, and every ref is checked. Unlike full simplification it keeps refs, optional,
/// zeroOrMore, oneOrMore, mixed and n-ary group/interleave/choice: the binder needs them as written.
/// Never throws: every problem, even an unexpected one, becomes a <see cref="SchemaDiagnostic"/>.
/// </summary>
internal sealed partial class RngResolver
{
    /// <summary>Include/externalRef chains longer than this are refused, so no input can exhaust the stack.</summary>
    private const int MaxFileChainDepth = 64;

    /// <summary>
    /// Deeper nesting of patterns, divs and grammars is refused so that no input can exhaust the stack. The parser limits
    /// each file, but includes, externalRefs and nested grammars chain files together. libvirt's schemas stay below 40.
    /// </summary>
    private const int MaxNestingDepth = 300;

    private readonly PathLookup<RngDocument> _documents;
    private readonly List<SchemaDiagnostic> _diagnostics = new();
    private readonly List<GrammarScope> _scopes = new();
    private readonly HashSet<string> _documentsReported = new(StringComparer.Ordinal);

    /// <summary>The element being resolved, for the span of an unexpected exception.</summary>
    private SourceSpan _currentSpan = SourceSpan.None;

    private int _nestingDepth;

    private RngResolver(IReadOnlyDictionary<string, RngDocument> documents) => _documents = new PathLookup<RngDocument>(documents);

    public static RngLoadResult Resolve(string rootPath, IReadOnlyDictionary<string, RngDocument> documents)
    {
        var resolver = new RngResolver(documents);
        Grammar? grammar;
        try
        {
            grammar = resolver.ResolveRoot(rootPath);
        }
        catch (Exception e)
        {
            var span = resolver._currentSpan == SourceSpan.None ? new SourceSpan(rootPath, 0, 0) : resolver._currentSpan;
            resolver._diagnostics.Add(new SchemaDiagnostic(DiagnosticIds.InternalError,
                $"unexpected error while resolving '{rootPath}': {e.GetType().Name}: {e.Message}", span));
            grammar = null;
        }
        // A file included by several grammars (domaincommon.rng in domainsnapshot.rng) would repeat its problems.
        return new RngLoadResult(grammar, resolver._diagnostics.Distinct().ToEquatableArray());
    }

    private Grammar? ResolveRoot(string rootPath)
    {
        _currentSpan = new SourceSpan(rootPath, 0, 0);
        if (_documents.Find(rootPath) is not { } found)
        {
            Error(DiagnosticIds.SchemaFileNotFound, $"the schema '{rootPath}' was not passed to the generator", _currentSpan);
            return null;
        }
        var (key, document) = found;

        ReportParseDiagnostics(key, document);
        if (document.Root is not { } root) return null;

        var context = LexicalContext.ForRoot(key);
        Pattern start;
        if (root.Name == "grammar")
        {
            start = ResolveGrammar(root, context.Enter(root), isTopLevel: true);
        }
        else
        {
            // A schema whose root is a pattern is a grammar with that pattern as its start (RELAX NG 4.18).
            start = ConvertPattern(root, context.WithGrammar(NewScope(parent: null)));
        }

        var defines = _scopes.SelectMany(scope => scope.Defines).ToEquatableArray();
        return new Grammar(rootPath, start, defines);
    }

    private GrammarScope NewScope(GrammarScope? parent)
    {
        var scope = new GrammarScope(_scopes.Count + 1, parent);
        _scopes.Add(scope);
        return scope;
    }

    /// <summary>
    /// The root of the file <paramref name="href"/> names, for include and externalRef, or null after reporting why not:
    /// missing file, loop, unreadable file.
    /// </summary>
    private (string Path, RngNode Root)? LoadReferencedFile(RngNode referrer, string href, LexicalContext context)
    {
        if (SchemaPath.Resolve(context.Path, href) is not { } path)
        {
            Error(DiagnosticIds.SchemaFileNotFound, $"cannot load '{href}': only relative paths, absolute paths and file: URIs are supported", referrer.Span);
            return null;
        }
        if (_documents.Find(path) is not { } found)
        {
            Error(DiagnosticIds.SchemaFileNotFound, $"<{referrer.Name} href=\"{href}\"> names '{path}', which was not passed to the generator", referrer.Span);
            return null;
        }
        var (key, document) = found;
        if (context.Chain.Contains(key))
        {
            Error(DiagnosticIds.MalformedSchema, $"<{referrer.Name} href=\"{href}\"> makes a loop: {context.Chain.Describe(key)}", referrer.Span);
            return null;
        }
        if (context.Chain.Depth >= MaxFileChainDepth)
        {
            Error(DiagnosticIds.MalformedSchema, $"<{referrer.Name} href=\"{href}\"> nests files more than {MaxFileChainDepth} deep", referrer.Span);
            return null;
        }

        ReportParseDiagnostics(key, document);
        return document.Root is { } root ? (key, root) : null;
    }

    /// <summary>A file's own diagnostics (malformed XML...) are reported once, however often it is reached.</summary>
    private void ReportParseDiagnostics(string key, RngDocument document)
    {
        if (_documentsReported.Add(key)) _diagnostics.AddRange(document.Diagnostics);
    }

    /// <summary>Marks <paramref name="node"/> as the one being resolved and reports text where RELAX NG allows none.</summary>
    private void Visit(RngNode node)
    {
        _currentSpan = node.Span;
        if (node.Text.Length > 0 && node.Name is not ("value" or "param" or "name"))
        {
            Error(DiagnosticIds.MalformedSchema, $"text is not allowed in <{node.Name}>", node.Span);
        }
    }

    /// <summary>Counts one level of recursion into <paramref name="node"/>; false, with an error, when that is too deep.</summary>
    private bool TryDescend(RngNode node)
    {
        if (_nestingDepth >= MaxNestingDepth)
        {
            Error(DiagnosticIds.MalformedSchema, $"patterns, divs and grammars nest more than {MaxNestingDepth} deep", node.Span);
            return false;
        }
        _nestingDepth++;
        return true;
    }

    private void Ascend() => _nestingDepth--;

    private void Error(string id, string message, SourceSpan span) => _diagnostics.Add(new SchemaDiagnostic(id, message, span));

    private void Warning(string id, string message, SourceSpan span) => _diagnostics.Add(new SchemaDiagnostic(id, message, span, IsWarning: true));

    private static bool IsRelaxNgElement(string name) => name is
        "element" or "attribute" or "group" or "interleave" or "choice" or "optional" or "zeroOrMore" or "oneOrMore"
        or "list" or "mixed" or "ref" or "parentRef" or "empty" or "text" or "value" or "data" or "notAllowed"
        or "externalRef" or "grammar" or "param" or "except" or "div" or "include" or "start" or "define"
        or "name" or "anyName" or "nsName";
}

using System.Collections.Generic;
using System.Linq;
using LibvirtXml.Generator.Diagnostics;
using LibvirtXml.Generator.Rng;

namespace LibvirtXml.Generator.Binding;

/// <summary>
/// Looks binding entries up by model path and remembers which entries matched, so that unused ones can be reported.
/// Where several entries match (a user's binding file overriding the package's), the first wins and all count as matched.
/// </summary>
internal sealed class BindingIndex
{
    private readonly BindingFile _binding;
    private readonly Dictionary<string, IReadOnlyList<BindingPathSegment>> _parsed = new();
    private readonly HashSet<object> _used = new();
    private readonly Dictionary<string, List<WordBinding>> _words = new();

    public BindingIndex(BindingFile binding)
    {
        _binding = binding;
        foreach (var word in binding.Words)
        {
            if (!_words.TryGetValue(word.Xml, out var same)) _words[word.Xml] = same = new List<WordBinding>();
            same.Add(word);
        }
    }

    public RuntimeBinding? FindRuntime(IReadOnlyList<BindingPathSegment> path) =>
        UseFirst(_binding.RuntimeTypes.Where(r => Matches(r.Path, path)));

    public bool IsRaw(IReadOnlyList<BindingPathSegment> path) =>
        UseFirst(_binding.RawElements.Where(r => Matches(r.Path, path))) is not null;

    public string? FindDocumentType(string element) =>
        UseFirst(_binding.Documents.Where(d => d.Element == element))?.TypeName;

    /// <summary>
    /// The class name for the classes at these paths. A path whose last segment has no <c>[attribute=value]</c> names
    /// the element's own class, not its variant branches: giving a branch its owner's name would merge the two.
    /// </summary>
    public string? FindTypeName(IEnumerable<IReadOnlyList<BindingPathSegment>> paths)
    {
        foreach (var path in paths)
        {
            var isBranch = path.Count > 0 && path[path.Count - 1].Attribute is not null;
            var match = UseFirst(_binding.Types.Where(t => Matches(t.Path, path) && (!isBranch || NamesBranch(t.Path))));
            if (match is not null)
            {
                // Mark every entry that names this class, so that merged paths do not look unused.
                foreach (var other in _binding.Types.Where(t => t.Name == match.Name)) _used.Add(other);
                return match.Name;
            }
        }
        return null;
    }

    public string? FindPropertyName(IEnumerable<IReadOnlyList<BindingPathSegment>> paths, string xml)
    {
        foreach (var path in paths)
        {
            var match = UseFirst(_binding.Properties.Where(p => p.Xml == xml && Matches(p.Path, path)));
            if (match is not null)
            {
                // A word for the same name matched too: this entry only overrides it here.
                if (_words.TryGetValue(xml, out var words)) UseFirst(words);
                return match.Name;
            }
        }
        return null;
    }

    public OrderBinding? FindOrder(IEnumerable<IReadOnlyList<BindingPathSegment>> paths)
    {
        foreach (var path in paths)
        {
            var match = UseFirst(_binding.Orders.Where(o => Matches(o.Path, path)));
            if (match is not null) return match;
        }
        return null;
    }

    /// <summary>The C# word for an XML name or value: the binding's word, else PascalCase of the XML.</summary>
    public string Word(string xml) => UseFirst(_words.TryGetValue(xml, out var same) ? same : Enumerable.Empty<WordBinding>())?.CSharp ?? Naming.Pascal(xml);

    public string Plural(string xml)
    {
        if (_words.TryGetValue(xml, out var same) && UseFirst(same) is { Plural: { } plural }) return plural;
        return Naming.Plural(Word(xml));
    }

    /// <summary>Entries that matched nothing: one binding file serves several libvirt versions, so these are warnings.</summary>
    public IEnumerable<SchemaDiagnostic> Unmatched()
    {
        IEnumerable<(object Entry, SourceSpan Span, bool Optional, string What)> all =
            _binding.Documents.Select(d => ((object)d, d.Span, d.Optional, $"document element '{d.Element}'"))
            .Concat(_binding.Types.Select(t => ((object)t, t.Span, t.Optional, $"type path '{t.Path}'")))
            .Concat(_binding.Properties.Select(p => ((object)p, p.Span, p.Optional, $"property '{p.Xml}' at '{p.Path}'")))
            .Concat(_binding.RuntimeTypes.Select(r => ((object)r, r.Span, r.Optional, $"runtime path '{r.Path}'")))
            .Concat(_binding.RawElements.Select(r => ((object)r, r.Span, r.Optional, $"raw path '{r.Path}'")))
            .Concat(_binding.Orders.Select(o => ((object)o, o.Span, o.Optional, $"order path '{o.Path}'")))
            .Concat(_binding.Words.Select(w => ((object)w, w.Span, w.Optional, $"word '{w.Xml}'")));
        foreach (var (entry, span, optional, what) in all)
        {
            if (!optional && !_used.Contains(entry))
                yield return new SchemaDiagnostic(DiagnosticIds.UnmatchedBinding, $"binding {what} matches nothing in this grammar", span, IsWarning: true);
        }
    }

    /// <summary>The first of the matching entries; the others matched too, they were only overridden.</summary>
    private T? UseFirst<T>(IEnumerable<T> matches) where T : class
    {
        T? first = null;
        foreach (var match in matches)
        {
            first ??= match;
            _used.Add(match);
        }
        return first;
    }

    private bool NamesBranch(string bindingPath) => Parsed(bindingPath) is { Count: > 0 } segments && segments[segments.Count - 1].Attribute is not null;

    private bool Matches(string bindingPath, IReadOnlyList<BindingPathSegment> modelPath) => BindingPath.Matches(Parsed(bindingPath), modelPath);

    private IReadOnlyList<BindingPathSegment> Parsed(string bindingPath)
    {
        if (!_parsed.TryGetValue(bindingPath, out var segments))
        {
            BindingPath.TryParse(bindingPath, out segments, out _);
            _parsed[bindingPath] = segments;
        }
        return segments;
    }
}

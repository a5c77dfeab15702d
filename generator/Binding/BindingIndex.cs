using System.Collections.Generic;
using System.Linq;
using LibvirtXml.Generator.Diagnostics;
using LibvirtXml.Generator.Rng;

namespace LibvirtXml.Generator.Binding;

/// <summary>Looks binding entries up by model path and remembers which entries matched, so that unused ones can be reported.</summary>
internal sealed class BindingIndex
{
    private readonly BindingFile _binding;
    private readonly Dictionary<string, IReadOnlyList<BindingPathSegment>> _parsed = new();
    private readonly HashSet<object> _used = new();
    private readonly Dictionary<string, WordBinding> _words = new();

    public BindingIndex(BindingFile binding)
    {
        _binding = binding;
        foreach (var word in binding.Words) _words[word.Xml] = word;
    }

    public RuntimeBinding? FindRuntime(IReadOnlyList<BindingPathSegment> path) =>
        Use(_binding.RuntimeTypes.FirstOrDefault(r => Matches(r.Path, path)));

    public bool IsRaw(IReadOnlyList<BindingPathSegment> path) =>
        Use(_binding.RawElements.FirstOrDefault(r => Matches(r.Path, path))) is not null;

    public string? FindDocumentType(string element) =>
        Use(_binding.Documents.FirstOrDefault(d => d.Element == element))?.TypeName;

    public string? FindTypeName(IEnumerable<IReadOnlyList<BindingPathSegment>> paths)
    {
        foreach (var path in paths)
        {
            var match = Use(_binding.Types.FirstOrDefault(t => Matches(t.Path, path)));
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
            var match = Use(_binding.Properties.FirstOrDefault(p => p.Xml == xml && Matches(p.Path, path)));
            if (match is not null) return match.Name;
        }
        return null;
    }

    public OrderBinding? FindOrder(IEnumerable<IReadOnlyList<BindingPathSegment>> paths)
    {
        foreach (var path in paths)
        {
            var match = Use(_binding.Orders.FirstOrDefault(o => Matches(o.Path, path)));
            if (match is not null) return match;
        }
        return null;
    }

    /// <summary>The C# word for an XML name or value: the binding's word, else PascalCase of the XML.</summary>
    public string Word(string xml) => Use(_words.TryGetValue(xml, out var word) ? word : null)?.CSharp ?? Naming.Pascal(xml);

    public string Plural(string xml)
    {
        if (_words.TryGetValue(xml, out var word) && word.Plural is not null)
        {
            _used.Add(word);
            return word.Plural;
        }
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

    private T? Use<T>(T? entry) where T : class
    {
        if (entry is not null) _used.Add(entry);
        return entry;
    }

    private bool Matches(string bindingPath, IReadOnlyList<BindingPathSegment> modelPath)
    {
        if (!_parsed.TryGetValue(bindingPath, out var segments))
        {
            BindingPath.TryParse(bindingPath, out segments, out _);
            _parsed[bindingPath] = segments;
        }
        return BindingPath.Matches(segments, modelPath);
    }
}

using System.Collections;
using System.Collections.Generic;

namespace LibvirtXml.Generator.Rng;

/// <summary>Parses and resolves in one call, for callers that hold file texts rather than parsed documents.</summary>
internal static class RngLoader
{
    /// <summary>
    /// Loads the grammar rooted at <paramref name="rootPath"/>. Only the files the root reaches (by include or
    /// externalRef) are parsed, each once.
    /// </summary>
    public static RngLoadResult Load(string rootPath, IReadOnlyDictionary<string, string> files) =>
        RngResolver.Resolve(rootPath, new LazilyParsedDocuments(files));

    /// <summary>A view of file texts as parsed documents that parses a file when it is first looked up.</summary>
    private sealed class LazilyParsedDocuments(IReadOnlyDictionary<string, string> files) : IReadOnlyDictionary<string, RngDocument>
    {
        private readonly Dictionary<string, RngDocument> _parsed = new();

        public RngDocument this[string key] => TryGetValue(key, out var document) ? document : throw new KeyNotFoundException(key);

        public IEnumerable<string> Keys => files.Keys;

        public IEnumerable<RngDocument> Values
        {
            get
            {
                foreach (var key in files.Keys) yield return this[key];
            }
        }

        public int Count => files.Count;

        public bool ContainsKey(string key) => files.ContainsKey(key);

        public bool TryGetValue(string key, out RngDocument value)
        {
            if (_parsed.TryGetValue(key, out value!)) return true;
            if (!files.TryGetValue(key, out var text)) return false;
            value = RngParser.Parse(key, text);
            _parsed.Add(key, value);
            return true;
        }

        public IEnumerator<KeyValuePair<string, RngDocument>> GetEnumerator()
        {
            foreach (var key in files.Keys) yield return new KeyValuePair<string, RngDocument>(key, this[key]);
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

using System;
using System.Collections.Generic;

namespace LibvirtXml.Generator.Rng;

/// <summary>
/// Finds a parsed file by a path computed from an href. Keys are whatever the build passed, so a computed path is
/// matched exactly first, then after normalization ('/' separators, '.'/'..' collapsed), then ignoring case.
/// </summary>
internal sealed class DocumentLookup(IReadOnlyDictionary<string, RngDocument> documents)
{
    private Dictionary<string, string>? _keysByNormalPath;
    private Dictionary<string, string>? _keysByNormalPathIgnoringCase;

    /// <summary>The dictionary key and document for <paramref name="path"/>, or null if no file matches.</summary>
    public (string Key, RngDocument Document)? Find(string path)
    {
        if (documents.TryGetValue(path, out var exact)) return (path, exact);

        if (_keysByNormalPath is null)
        {
            _keysByNormalPath = new Dictionary<string, string>(StringComparer.Ordinal);
            _keysByNormalPathIgnoringCase = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var key in documents.Keys)
            {
                var normal = SchemaPath.Normalize(key);
                if (!_keysByNormalPath.ContainsKey(normal)) _keysByNormalPath.Add(normal, key);
                if (!_keysByNormalPathIgnoringCase.ContainsKey(normal)) _keysByNormalPathIgnoringCase.Add(normal, key);
            }
        }

        var wanted = SchemaPath.Normalize(path);
        if (_keysByNormalPath.TryGetValue(wanted, out var found) || _keysByNormalPathIgnoringCase!.TryGetValue(wanted, out found))
        {
            if (documents.TryGetValue(found, out var document)) return (found, document);
        }
        return null;
    }
}

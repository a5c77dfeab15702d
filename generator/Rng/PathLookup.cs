using System;
using System.Collections.Generic;

namespace LibvirtXml.Generator.Rng;

/// <summary>
/// Finds an entry keyed by file path from a path computed from an href. Keys are whatever the build passed, so a computed
/// path is matched exactly first, then after normalization ('/' separators, '.'/'..' collapsed), then ignoring case.
/// The resolver and the generator's reachability step share it, so both agree on which file an href names.
/// </summary>
internal sealed class PathLookup<T>(IReadOnlyDictionary<string, T> entries)
{
    private Dictionary<string, string>? _keysByNormalPath;
    private Dictionary<string, string>? _keysByNormalPathIgnoringCase;

    /// <summary>The dictionary key and entry for <paramref name="path"/>, or null if no file matches.</summary>
    public (string Key, T Value)? Find(string path)
    {
        if (entries.TryGetValue(path, out var exact)) return (path, exact);

        if (_keysByNormalPath is null)
        {
            _keysByNormalPath = new Dictionary<string, string>(StringComparer.Ordinal);
            _keysByNormalPathIgnoringCase = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var key in entries.Keys)
            {
                var normal = SchemaPath.Normalize(key);
                if (!_keysByNormalPath.ContainsKey(normal)) _keysByNormalPath.Add(normal, key);
                if (!_keysByNormalPathIgnoringCase.ContainsKey(normal)) _keysByNormalPathIgnoringCase.Add(normal, key);
            }
        }

        var wanted = SchemaPath.Normalize(path);
        if (_keysByNormalPath.TryGetValue(wanted, out var found) || _keysByNormalPathIgnoringCase!.TryGetValue(wanted, out found))
        {
            if (entries.TryGetValue(found, out var value)) return (found, value);
        }
        return null;
    }
}

using System;
using System.Collections.Generic;

namespace LibvirtXml.Generator.Rng;

/// <summary>
/// String-only path arithmetic for <c>href</c>s: the generator must not touch the file system, and the paths are
/// whatever the build passed (absolute or relative, '/' or '\').
/// </summary>
internal static class SchemaPath
{
    /// <summary>
    /// The path <paramref name="href"/> names relative to the file <paramref name="basePath"/>, with '/' separators
    /// and '.'/'..' segments collapsed. Null when the href is a URI with a scheme other than <c>file</c>.
    /// </summary>
    public static string? Resolve(string basePath, string href)
    {
        href = href.Trim();
        if (href.IndexOf('%') >= 0) href = Uri.UnescapeDataString(href);
        if (href.StartsWith("file://", StringComparison.OrdinalIgnoreCase))
        {
            href = href.Substring("file://".Length);
        }
        else if (HasUriScheme(href))
        {
            return null;
        }

        var combined = IsRooted(href) ? href : DirectoryOf(basePath) + href;
        return Normalize(combined);
    }

    /// <summary>'/' separators, no '.' segments, '..' collapsed where a parent segment exists.</summary>
    public static string Normalize(string path)
    {
        path = path.Replace('\\', '/');
        var rootLength = RootLength(path);
        var root = path.Substring(0, rootLength);
        var segments = new List<string>();
        foreach (var segment in path.Substring(rootLength).Split('/'))
        {
            if (segment.Length == 0 || segment == ".") continue;
            if (segment == ".." && segments.Count > 0 && segments[segments.Count - 1] != "..")
            {
                segments.RemoveAt(segments.Count - 1);
            }
            else if (segment == ".." && rootLength > 0)
            {
                // '..' above the root of an absolute path stays at the root, as the OS does.
            }
            else
            {
                segments.Add(segment);
            }
        }
        return root + string.Join("/", segments);
    }

    private static string DirectoryOf(string path)
    {
        var slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return slash < 0 ? "" : path.Substring(0, slash + 1);
    }

    private static bool IsRooted(string path) => RootLength(path.Replace('\\', '/')) > 0;

    /// <summary>Length of "/", "C:/" or "//server/" at the start of a '/'-separated path.</summary>
    private static int RootLength(string path)
    {
        if (path.Length >= 3 && char.IsLetter(path[0]) && path[1] == ':' && path[2] == '/') return 3;
        if (path.StartsWith("//", StringComparison.Ordinal)) return 2;
        if (path.StartsWith("/", StringComparison.Ordinal)) return 1;
        return 0;
    }

    /// <summary>"http:", "urn:" and the like; a drive letter ("C:") is not a scheme.</summary>
    private static bool HasUriScheme(string href)
    {
        var colon = href.IndexOf(':');
        if (colon <= 1) return false;
        for (var i = 0; i < colon; i++)
        {
            var c = href[i];
            if (!(char.IsLetterOrDigit(c) || c is '+' or '-' or '.')) return false;
        }
        return char.IsLetter(href[0]);
    }
}

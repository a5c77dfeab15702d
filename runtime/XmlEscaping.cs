using System;
using System.IO;

namespace LibvirtXml;

/// <summary>
/// libvirt's escaping (virBufferEscapeString): the five XML special characters become entity references and
/// control characters that XML 1.0 cannot carry are dropped silently.
/// </summary>
internal static class XmlEscaping
{
    // Replacement per character below 0x3F ('>' is 0x3E); null means "write as is", "" means "drop".
    private static readonly string?[] TextReplacements = CreateTable(attribute: false);
    private static readonly string?[] AttributeReplacements = CreateTable(attribute: true);

    public static void WriteText(TextWriter writer, string value) => Write(writer, value, TextReplacements);

    public static void WriteAttributeValue(TextWriter writer, string value) => Write(writer, value, AttributeReplacements);

    /// <summary>Returns <paramref name="value"/> without the control characters XML 1.0 forbids (the same instance when it has none).</summary>
    public static string RemoveForbiddenControlCharacters(string value)
    {
        var first = IndexOfForbiddenControlCharacter(value, 0);
        if (first < 0)
        {
            return value;
        }

        var kept = new char[value.Length];
        value.CopyTo(0, kept, 0, first);
        var count = first;
        for (var i = first + 1; i < value.Length; i++)
        {
            if (!IsForbiddenControlCharacter(value[i]))
            {
                kept[count++] = value[i];
            }
        }

        return new string(kept, 0, count);
    }

    private static bool IsForbiddenControlCharacter(char c) => c < ' ' && c != '\t' && c != '\n' && c != '\r';

    private static int IndexOfForbiddenControlCharacter(string value, int start)
    {
        for (var i = start; i < value.Length; i++)
        {
            if (IsForbiddenControlCharacter(value[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static void Write(TextWriter writer, string value, string?[] replacements)
    {
        var runStart = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c >= replacements.Length)
            {
                continue;
            }

            var replacement = replacements[c];
            if (replacement is null)
            {
                continue;
            }

            WriteRun(writer, value, runStart, i - runStart);
            writer.Write(replacement);
            runStart = i + 1;
        }

        WriteRun(writer, value, runStart, value.Length - runStart);
    }

    private static void WriteRun(TextWriter writer, string value, int start, int count)
    {
        if (count == 0)
        {
            return;
        }

        if (count == value.Length)
        {
            writer.Write(value); // the common case: nothing needed escaping
            return;
        }

#if NET
        writer.Write(value.AsSpan(start, count));
#else
        for (var i = start; i < start + count; i++)
        {
            writer.Write(value[i]);
        }
#endif
    }

    private static string?[] CreateTable(bool attribute)
    {
        var table = new string?['>' + 1];
        for (var c = 0; c < ' '; c++)
        {
            table[c] = IsForbiddenControlCharacter((char)c) ? string.Empty : null;
        }

        table['<'] = "&lt;";
        table['>'] = "&gt;";
        table['&'] = "&amp;";
        table['\''] = "&apos;";
        table['"'] = "&quot;";
        if (attribute)
        {
            // libvirt writes these raw inside attribute values, where a re-read normalizes them to spaces and the
            // value changes. Character references survive a re-read, so we deliberately differ from libvirt here.
            table['\n'] = "&#10;";
            table['\r'] = "&#13;";
            table['\t'] = "&#9;";
        }

        return table;
    }
}

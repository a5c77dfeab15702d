using System.Text;

namespace LibvirtXml.Generator.Tests.Generality;

/// <summary>
/// Removes comments (//, ///, /* */) from C# source and keeps everything else, string and character literals included,
/// so that a "//" inside "http://..." is not taken for a comment. Line breaks stay, so positions keep their line.
/// </summary>
internal static class CSharpComments
{
    public static string Strip(string source)
    {
        var code = new StringBuilder(source.Length);
        var i = 0;
        while (i < source.Length)
        {
            var c = source[i];
            var next = i + 1 < source.Length ? source[i + 1] : '\0';
            if (c == '/' && next == '/')
            {
                while (i < source.Length && source[i] != '\n') i++;
            }
            else if (c == '/' && next == '*')
            {
                var end = source.IndexOf("*/", i + 2, System.StringComparison.Ordinal);
                var stop = end < 0 ? source.Length : end + 2;
                for (; i < stop; i++) if (source[i] == '\n') code.Append('\n');
            }
            else if (c == '"' && source.Substring(i).StartsWith("\"\"\"", System.StringComparison.Ordinal))
            {
                i = CopyRawString(source, i, code);
            }
            else if (c == '"' || c == '\'')
            {
                var verbatim = i > 0 && (source[i - 1] == '@' || i > 1 && source[i - 1] == '$' && source[i - 2] == '@');
                i = CopyQuoted(source, i, c, verbatim, code);
            }
            else
            {
                code.Append(c);
                i++;
            }
        }
        return code.ToString();
    }

    private static int CopyQuoted(string source, int start, char quote, bool verbatim, StringBuilder code)
    {
        code.Append(quote);
        var i = start + 1;
        while (i < source.Length)
        {
            var c = source[i];
            code.Append(c);
            i++;
            if (!verbatim && c == '\\' && i < source.Length)
            {
                code.Append(source[i]);
                i++;
            }
            else if (c == quote)
            {
                if (verbatim && i < source.Length && source[i] == quote)
                {
                    code.Append(quote);
                    i++;
                }
                else
                {
                    break;
                }
            }
            else if (c == '\n' && !verbatim)
            {
                break;
            }
        }
        return i;
    }

    private static int CopyRawString(string source, int start, StringBuilder code)
    {
        var quotes = 0;
        while (start + quotes < source.Length && source[start + quotes] == '"') quotes++;
        var delimiter = new string('"', quotes);
        var end = source.IndexOf(delimiter, start + quotes, System.StringComparison.Ordinal);
        var stop = end < 0 ? source.Length : end + quotes;
        code.Append(source, start, stop - start);
        return stop;
    }
}

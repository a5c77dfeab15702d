namespace LibvirtXml;

/// <summary>XML's notion of whitespace (space, tab, line feed, carriage return), as used by XSD and RELAX NG.</summary>
internal static class XmlWhitespace
{
    public static bool IsWhitespace(char c) => c == ' ' || c == '\t' || c == '\n' || c == '\r';

    /// <summary>
    /// Compares <paramref name="value"/>, with whitespace collapsed (trimmed, inner runs reduced to one space),
    /// to <paramref name="token"/>, which is assumed to be collapsed already. Allocates nothing.
    /// </summary>
    public static bool CollapsedEquals(string value, string token)
    {
        var i = 0;
        var j = 0;
        while (i < value.Length && IsWhitespace(value[i]))
        {
            i++;
        }

        while (i < value.Length)
        {
            var c = value[i];
            if (IsWhitespace(c))
            {
                while (i < value.Length && IsWhitespace(value[i]))
                {
                    i++;
                }

                if (i == value.Length)
                {
                    break; // trailing whitespace is trimmed
                }

                c = ' ';
            }
            else
            {
                i++;
            }

            if (j == token.Length || token[j] != c)
            {
                return false;
            }

            j++;
        }

        return j == token.Length;
    }

    /// <summary>XSD's whitespace collapse: runs of XML whitespace become one space, leading and trailing ones go.</summary>
    public static string Collapse(string value)
    {
        var builder = new System.Text.StringBuilder(value.Length);
        var pendingSpace = false;
        foreach (var c in value)
        {
            if (IsWhitespace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}

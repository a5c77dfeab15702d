namespace LibvirtXml;

/// <summary>
/// Culture-invariant integer parsing by XSD's lexical rules: surrounding XML whitespace is allowed, then an
/// optional sign, then one or more ASCII digits. No exponents, decimal points, group separators or hex.
/// </summary>
internal static class XsdInteger
{
    /// <summary>Parses a sign and magnitude; the caller range-checks the result.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="allowNegative">Whether a '-' sign is accepted in front of a non-zero magnitude
    /// ("-0" is always accepted, as XSD's unsigned types allow it).</param>
    /// <param name="negative">Whether a '-' sign was present.</param>
    /// <param name="magnitude">The absolute value.</param>
    /// <returns>False when the text is not an integer or the magnitude exceeds <see cref="ulong.MaxValue"/>.</returns>
    public static bool TryParse(string text, bool allowNegative, out bool negative, out ulong magnitude)
    {
        negative = false;
        magnitude = 0;

        var start = 0;
        var end = text.Length;
        while (start < end && XmlWhitespace.IsWhitespace(text[start]))
        {
            start++;
        }

        while (end > start && XmlWhitespace.IsWhitespace(text[end - 1]))
        {
            end--;
        }

        if (start < end && (text[start] == '+' || text[start] == '-'))
        {
            negative = text[start] == '-';
            start++;
        }

        if (start == end)
        {
            return false;
        }

        for (var i = start; i < end; i++)
        {
            var digit = (uint)(text[i] - '0');
            if (digit > 9)
            {
                return false;
            }

            // magnitude * 10 + digit must not exceed ulong.MaxValue (18446744073709551615).
            if (magnitude > (ulong.MaxValue - digit) / 10)
            {
                return false;
            }

            magnitude = (magnitude * 10) + digit;
        }

        return !negative || allowNegative || magnitude == 0;
    }
}

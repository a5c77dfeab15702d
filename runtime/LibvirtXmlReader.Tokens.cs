using System;

namespace LibvirtXml;

/// <summary>
/// Checks of enumerated values for generated code: one call instead of a chain of <see cref="TokenEquals"/> calls and a
/// message built at every call site, which the JIT would compile in each generated class on a process's first read.
/// </summary>
public sealed partial class LibvirtXmlReader
{
    /// <summary>
    /// Chooses a branch by the value of an attribute of the entered element (call it after <see cref="Enter"/>, before
    /// reading the attributes): the position of the value among <paramref name="values"/>, compared as
    /// <see cref="TokenEquals"/> does, or <paramref name="whenMissing"/> when the element has no such attribute.
    /// </summary>
    /// <param name="attribute">The attribute's local name (no namespace).</param>
    /// <param name="values">The branches' values separated by single spaces, such as <c>"tcp unix fd"</c>; each a token
    /// without whitespace.</param>
    /// <param name="whenMissing">What to return when the attribute is absent (a default branch's position, or -1 for none).</param>
    /// <returns>The zero-based position of the value in <paramref name="values"/>, or <paramref name="whenMissing"/>.</returns>
    /// <exception cref="LibvirtXmlException">The value is none of <paramref name="values"/>:
    /// <c>unknown transport 'x' on &lt;server&gt;</c>.</exception>
    public int ChooseBranch(string attribute, string values, int whenMissing)
    {
        var value = GetAttribute(attribute ?? throw new ArgumentNullException(nameof(attribute)));
        return value is null ? whenMissing : IndexOfToken(value, values, attribute);
    }

    /// <summary>
    /// Requires <paramref name="value"/>, read from the attribute <paramref name="attribute"/> of the entered element, to be
    /// one of <paramref name="values"/>, compared as <see cref="TokenEquals"/> does.
    /// </summary>
    /// <param name="value">The value as read.</param>
    /// <param name="values">The allowed values separated by single spaces; each a token without whitespace.</param>
    /// <param name="attribute">The attribute's local name, for the message.</param>
    /// <exception cref="LibvirtXmlException">The value is none of them: <c>unknown type 'x' on &lt;disk&gt;</c>.</exception>
    public void RequireToken(string value, string values, string attribute) =>
        IndexOfToken(value ?? throw new ArgumentNullException(nameof(value)), values, attribute);

    private int IndexOfToken(string value, string values, string attribute)
    {
        if (values is null)
        {
            throw new ArgumentNullException(nameof(values));
        }

        // Values as libvirt writes them match exactly, without allocating; whitespace around or inside a value is
        // collapsed first (RELAX NG's token type), which needs each candidate as a string.
        var exact = IndexOfWord(values, value);
        if (exact >= 0)
        {
            return exact;
        }

        var start = 0;
        for (var index = 0; start <= values.Length; index++)
        {
            var end = start;
            while (end < values.Length && values[end] != ' ')
            {
                end++;
            }

            if (XmlWhitespace.CollapsedEquals(value, values.Substring(start, end - start)))
            {
                return index;
            }

            start = end + 1;
        }

        throw Error("unknown " + attribute + " '" + value + "' on <" + (_depth == 0 ? string.Empty : EnteredName(_depth - 1)) + ">");
    }
}

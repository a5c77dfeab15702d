using System.Text;

namespace LibvirtXml.Generator.Binding;

/// <summary>Default C# names for XML names the binding file does not name.</summary>
internal static class Naming
{
    /// <summary><c>backing-store</c> → <c>BackingStore</c>, <c>port</c> → <c>Port</c>; a leading digit gets a <c>V</c>.</summary>
    public static string Pascal(string xml)
    {
        var builder = new StringBuilder(xml.Length + 1);
        var upper = true;
        foreach (var c in xml)
        {
            if (!char.IsLetterOrDigit(c))
            {
                upper = true;
                continue;
            }
            builder.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }
        if (builder.Length == 0 || char.IsDigit(builder[0])) builder.Insert(0, 'V');
        return builder.ToString();
    }

    public static string Plural(string word) =>
        word.EndsWith("s", System.StringComparison.Ordinal) ? word : word + "s";
}

using System;
using System.Text;
using System.Text.RegularExpressions;

namespace LibvirtXml.Generator.Binding;

/// <summary>
/// Translates an XML Schema regular expression into an equivalent .NET one. XSD patterns are implicitly anchored
/// at both ends, have no <c>^</c>/<c>$</c> anchors (they are ordinary characters), let <c>.</c> match anything
/// but line ends, and have the name escapes <c>\i</c> and <c>\c</c>, which .NET lacks.
/// </summary>
internal static class XsdPattern
{
    // XML name characters, approximated by Unicode categories as .NET can express them inside a class.
    private const string NameStart = @"\p{L}\p{Nl}_:";
    private const string NameChar = @"\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}\-.:\u00B7";

    public static bool TryTranslate(string xsd, out string dotNet, out string problem)
    {
        var result = new StringBuilder("^(?:", xsd.Length + 16);
        var classDepth = 0;
        for (var i = 0; i < xsd.Length; i++)
        {
            var c = xsd[i];
            if (c == '\\' && i + 1 < xsd.Length)
            {
                var escaped = xsd[++i];
                switch (escaped)
                {
                    case 'i':
                        result.Append(classDepth > 0 ? NameStart : "[" + NameStart + "]");
                        break;
                    case 'c':
                        result.Append(classDepth > 0 ? NameChar : "[" + NameChar + "]");
                        break;
                    case 'I' when classDepth == 0:
                        result.Append("[^" + NameStart + "]");
                        break;
                    case 'C' when classDepth == 0:
                        result.Append("[^" + NameChar + "]");
                        break;
                    case 'I':
                    case 'C':
                        dotNet = "";
                        problem = $"\\{escaped} inside a character class has no .NET equivalent";
                        return false;
                    default:
                        result.Append('\\').Append(escaped);
                        break;
                }
                continue;
            }

            switch (c)
            {
                case '[':
                    classDepth++;
                    result.Append(c);
                    break;
                case ']' when classDepth > 0:
                    classDepth--;
                    result.Append(c);
                    break;
                case '.' when classDepth == 0:
                    result.Append(@"[^\n\r]");
                    break;
                case '^' when classDepth == 0:
                case '$' when classDepth == 0:
                    result.Append('\\').Append(c);
                    break;
                default:
                    result.Append(c);
                    break;
            }
        }

        // \z, not $: .NET's $ also matches before a final line feed.
        result.Append(@")\z");
        dotNet = result.ToString();
        try
        {
            _ = new Regex(dotNet, RegexOptions.CultureInvariant);
            problem = "";
            return true;
        }
        catch (ArgumentException e)
        {
            problem = e.Message;
            return false;
        }
    }
}

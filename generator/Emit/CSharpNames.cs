using System.Text;
using LibvirtXml.Generator.Binding;

namespace LibvirtXml.Generator.Emit;

/// <summary>How model facts read in C# source.</summary>
internal static class CSharpNames
{
    public static string ScalarType(ScalarKind kind) => kind switch
    {
        ScalarKind.UInt32 => "uint",
        ScalarKind.UInt64 => "ulong",
        ScalarKind.Int32 => "int",
        ScalarKind.Int64 => "long",
        _ => "string",
    };

    public static string ParseMethod(ScalarKind kind) => kind switch
    {
        ScalarKind.UInt32 => "ParseUInt32",
        ScalarKind.UInt64 => "ParseUInt64",
        ScalarKind.Int32 => "ParseInt32",
        ScalarKind.Int64 => "ParseInt64",
        _ => "",
    };

    /// <summary>The runtime's parser that returns the nullable type of an optional property.</summary>
    public static string NullableParseMethod(ScalarKind kind) => kind switch
    {
        ScalarKind.UInt32 => "ParseNullableUInt32",
        ScalarKind.UInt64 => "ParseNullableUInt64",
        ScalarKind.Int32 => "ParseNullableInt32",
        ScalarKind.Int64 => "ParseNullableInt64",
        _ => "",
    };

    /// <summary>A C# string literal.</summary>
    public static string Literal(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < ' ') builder.Append("\\u").Append(((int)c).ToString("x4"));
                    else builder.Append(c);
                    break;
            }
        }
        return builder.Append('"').ToString();
    }

    /// <summary>Text safe inside an XML doc comment.</summary>
    public static string Doc(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    /// <summary>A field name for a property: <c>Type</c> → <c>_type</c>.</summary>
    public static string Field(string property) => "_" + char.ToLowerInvariant(property[0]) + property.Substring(1);
}

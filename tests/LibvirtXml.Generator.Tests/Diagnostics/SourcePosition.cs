namespace LibvirtXml.Generator.Tests.Diagnostics;

/// <summary>Line and column (1-based, as the build prints them) of a marker in a text.</summary>
internal static class SourcePosition
{
    /// <summary>
    /// Where <paramref name="marker"/> starts, moved by <paramref name="offset"/> characters: XML line info points at a name,
    /// so for <c>&lt;ref name="x"/&gt;</c> the offset 1 skips the '&lt;'.
    /// </summary>
    public static (int Line, int Column) Of(string text, string marker, int offset = 1)
    {
        var index = text.IndexOf(marker, System.StringComparison.Ordinal);
        Assert.True(index >= 0, $"marker '{marker}' is not in the text");
        Assert.True(text.IndexOf(marker, index + 1, System.StringComparison.Ordinal) < 0, $"marker '{marker}' is not unique");
        index += offset;
        var lineStart = text.LastIndexOf('\n', index - 1) + 1;
        var line = 1;
        for (var i = 0; i < lineStart; i++)
        {
            if (text[i] == '\n') line++;
        }
        return (line, index - lineStart + 1);
    }
}

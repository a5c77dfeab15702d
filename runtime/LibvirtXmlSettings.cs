using System.Xml;

namespace LibvirtXml;

/// <summary>Secure <see cref="XmlReaderSettings"/> for reading untrusted libvirt XML.</summary>
public static class LibvirtXmlSettings
{
    /// <summary>
    /// Entities cannot be declared because DTDs are prohibited; this limit is defence in depth.
    /// (0 would mean "no limit" to <see cref="XmlReaderSettings"/>; the predefined entities and character
    /// references do not count against it.)
    /// </summary>
    private const long MaxCharactersFromEntities = 1024;

    /// <summary>
    /// Creates reader settings that refuse DTDs (and with them entity declarations, so neither
    /// "billion laughs" expansion nor external entities are possible), resolve nothing, skip comments and
    /// processing instructions, and bound the document size. Whitespace is reported (not ignored) so that
    /// text content is read exactly; the reader skips whitespace-only text in element-only content itself.
    /// <see cref="XmlReaderSettings.CloseInput"/> is <see langword="false"/>: the caller owns any stream or
    /// text reader it passes in.
    /// </summary>
    /// <param name="options">Limits to apply; <see langword="null"/> means <see cref="LibvirtXmlReaderOptions.Default"/>.</param>
    /// <returns>A new settings object the caller may adjust further.</returns>
    public static XmlReaderSettings CreateReaderSettings(LibvirtXmlReaderOptions? options = null)
    {
        options ??= LibvirtXmlReaderOptions.Shared;
        return new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = MaxCharactersFromEntities,
            MaxCharactersInDocument = options.MaxCharactersInDocument,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = false,
            CheckCharacters = true,
            ConformanceLevel = ConformanceLevel.Document,
            CloseInput = false,
        };
    }
}

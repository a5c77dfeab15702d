namespace LibvirtXml;

/// <summary>
/// An element read one part at a time by <see cref="LibvirtXmlReader.ReadElement"/>, which loops over the attributes
/// and child elements and matches their names. Generated element classes implement it explicitly.
/// </summary>
/// <remarks>
/// The loops live in the library, which is compiled ahead of time, so that a class's own reading code has none: on a
/// process's first read the JIT compiles it quickly, without the profiling probes it adds to methods with loops.
/// </remarks>
public interface ILibvirtXmlElementReader
{
    /// <summary>Reads one part of the element.</summary>
    /// <param name="reader">The reader, positioned on the part (see <see cref="LibvirtXmlPart"/>).</param>
    /// <param name="part">
    /// A <see cref="LibvirtXmlPart"/> constant, or the position of the attribute's or child element's name among the
    /// words of the name list given to <see cref="LibvirtXmlReader.ReadElement"/> (the <c>|</c> between attribute names
    /// and child names counts as a word).
    /// </param>
    /// <returns>
    /// Whether the part was read. An attribute or child element that was not is kept as unknown content: the
    /// implementation returns <see langword="false"/> for a name it does not know, or for a second occurrence of an
    /// element that occurs once, without reading it.
    /// </returns>
    bool ReadPart(LibvirtXmlReader reader, int part);
}

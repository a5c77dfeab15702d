namespace LibvirtXml;

/// <summary>
/// The states of <see cref="XmlTextParser"/>, with the values of <see cref="System.Xml.ReadState"/>'s members of the
/// same names (so converting is a cast).
/// </summary>
internal enum XmlParseState
{
    Initial = 0,
    Interactive = 1,
    Error = 2,
    EndOfFile = 3,
    Closed = 4,
}

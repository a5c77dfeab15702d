using System;

namespace LibvirtXml;

/// <summary>
/// Malformed XML found by <see cref="XmlTextParser"/>, with its position. It becomes an <see cref="System.Xml.XmlException"/>
/// (with the same message and position) wherever one leaves the library, so it never reaches callers; it exists so
/// that the parser does not load System.Private.Xml.
/// </summary>
internal sealed class XmlParseException : Exception
{
    public XmlParseException(string message, int line, int column)
        : base(message)
    {
        Line = line;
        Column = column;
    }

    /// <summary>The 1-based line of the problem, or 0 when it has no position (the character limit).</summary>
    public int Line { get; }

    /// <summary>The 1-based column of the problem, or 0 with <see cref="Line"/>.</summary>
    public int Column { get; }

    /// <summary>The <see cref="System.Xml.XmlException"/> <see cref="System.Xml.XmlReader"/> would have thrown.</summary>
    public System.Xml.XmlException ToXmlException() =>
        Line == 0 ? new System.Xml.XmlException(Message) : new System.Xml.XmlException(Message, null, Line, Column);
}

using System;
using System.Globalization;
using System.Text;

namespace LibvirtXml;

/// <summary>
/// The error raised for any XML input the library cannot read (malformed XML, a DTD, a wrong root element,
/// a value that does not fit the grammar's data type, excessive nesting) and for object graphs that cannot
/// be written. The message names the location, for example
/// <c>line 3, column 5 (/domainbackup/server): unknown transport 'foo'</c>.
/// </summary>
public sealed class LibvirtXmlException : Exception
{
    /// <summary>Creates an exception without location information.</summary>
    /// <param name="reason">What went wrong.</param>
    public LibvirtXmlException(string reason)
        : this(reason, 0, 0, null, null)
    {
    }

    /// <summary>Creates an exception without location information that wraps another exception.</summary>
    /// <param name="reason">What went wrong.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public LibvirtXmlException(string reason, Exception? innerException)
        : this(reason, 0, 0, null, innerException)
    {
    }

    /// <summary>Creates an exception with its location in the document.</summary>
    /// <param name="reason">What went wrong, without location.</param>
    /// <param name="lineNumber">1-based line number, or 0 when unknown.</param>
    /// <param name="linePosition">1-based column, or 0 when unknown.</param>
    /// <param name="elementPath">The path of the element being processed, such as <c>/domainbackup/disks/disk</c>;
    /// <see langword="null"/> or empty when unknown.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    public LibvirtXmlException(string reason, int lineNumber, int linePosition, string? elementPath, Exception? innerException = null)
        : base(FormatMessage(reason, lineNumber, linePosition, elementPath), innerException)
    {
        Reason = reason ?? string.Empty;
        LineNumber = lineNumber;
        LinePosition = linePosition;
        ElementPath = string.IsNullOrEmpty(elementPath) ? null : elementPath;
    }

    /// <summary>What went wrong, without the location prefix that <see cref="Exception.Message"/> carries.</summary>
    public string Reason { get; }

    /// <summary>1-based line number of the offending node, or 0 when unknown (for example when writing).</summary>
    public int LineNumber { get; }

    /// <summary>1-based column of the offending node, or 0 when unknown.</summary>
    public int LinePosition { get; }

    /// <summary>
    /// Path of the element being processed when the error occurred, such as <c>/domainbackup/disks/disk</c>,
    /// or <see langword="null"/> when unknown (for example before the root element was reached).
    /// </summary>
    public string? ElementPath { get; }

    private static string FormatMessage(string reason, int lineNumber, int linePosition, string? elementPath)
    {
        var message = new StringBuilder();
        if (lineNumber > 0)
        {
            message.Append("line ").Append(lineNumber.ToString(CultureInfo.InvariantCulture));
            if (linePosition > 0)
            {
                message.Append(", column ").Append(linePosition.ToString(CultureInfo.InvariantCulture));
            }
        }

        if (!string.IsNullOrEmpty(elementPath))
        {
            if (message.Length > 0)
            {
                message.Append(' ');
            }

            message.Append('(').Append(elementPath).Append(')');
        }

        if (message.Length > 0)
        {
            message.Append(": ");
        }

        return message.Append(reason).ToString();
    }
}

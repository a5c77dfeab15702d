namespace LibvirtXml;

/// <summary>One way an object graph breaks the grammar's constraints, found by a generated <c>Validate()</c>.</summary>
public sealed class LibvirtXmlValidationError
{
    /// <summary>Creates an error.</summary>
    /// <param name="path">Where: an XPath-like path such as <c>/domainbackup/disks/disk[2]/@name</c>.</param>
    /// <param name="message">What is wrong.</param>
    public LibvirtXmlValidationError(string path, string message)
    {
        Path = path;
        Message = message;
    }

    /// <summary>Where the problem is: an XPath-like path such as <c>/domainbackup/disks/disk[2]/@name</c> (indexes count from 1).</summary>
    public string Path { get; }

    /// <summary>What is wrong.</summary>
    public string Message { get; }

    /// <summary>The path and the message.</summary>
    /// <returns><c>path: message</c>.</returns>
    public override string ToString() => Path + ": " + Message;
}

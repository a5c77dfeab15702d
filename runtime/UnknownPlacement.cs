using System.Xml.Linq;

namespace LibvirtXml;

/// <summary>
/// Where an unknown attribute or element stood when it was read: after which known item, and with which prefix,
/// so that writing puts it back in place. Kept as an annotation on the <see cref="XObject"/>; items a user adds
/// without one go after every known item.
/// </summary>
internal sealed class UnknownPlacement
{
    public static readonly UnknownPlacement AtEnd = new(null, null, atEnd: true);

    private UnknownPlacement(string? after, string? prefix, bool atEnd)
    {
        After = after;
        Prefix = prefix;
        IsAtEnd = atEnd;
    }

    public UnknownPlacement(string? after, string? prefix)
        : this(after, prefix, atEnd: false)
    {
    }

    /// <summary>The local name of the known attribute or element that preceded it; null when it came first.</summary>
    public string? After { get; }

    /// <summary>The prefix it was read with, for names in a namespace.</summary>
    public string? Prefix { get; }

    /// <summary>Added in code rather than read: written after every known item.</summary>
    public bool IsAtEnd { get; }

    public static UnknownPlacement Of(XObject item) => item.Annotation<UnknownPlacement>() ?? AtEnd;
}

/// <summary>
/// Marks a namespace declaration the reader added to a detached subtree because an ancestor declared it; the writer
/// leaves it out where the same declaration is already in scope, so a round trip gives back the same bytes.
/// </summary>
internal sealed class InheritedNamespace
{
    public static readonly InheritedNamespace Instance = new();

    private InheritedNamespace()
    {
    }
}

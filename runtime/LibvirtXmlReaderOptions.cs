using System;
using System.Xml;

namespace LibvirtXml;

/// <summary>Limits applied while reading libvirt XML documents.</summary>
public sealed class LibvirtXmlReaderOptions
{
    /// <summary>The default value of <see cref="MaxCharactersInDocument"/>: 256 MiB of characters.</summary>
    public const long DefaultMaxCharactersInDocument = 256L * 1024 * 1024;

    /// <summary>The default value of <see cref="MaxDepth"/>.</summary>
    public const int DefaultMaxDepth = 256;

    private long _maxCharactersInDocument = DefaultMaxCharactersInDocument;
    private int _maxDepth = DefaultMaxDepth;

    /// <summary>The options used when none are given (a new instance each time: the defaults cannot be changed globally).</summary>
    public static LibvirtXmlReaderOptions Default => new LibvirtXmlReaderOptions();

    /// <summary>The defaults, shared by the library's own code, which never changes them.</summary>
    internal static LibvirtXmlReaderOptions Shared { get; } = new LibvirtXmlReaderOptions();

    /// <summary>Built on first use by the library's own readers and shared by them (XmlReader.Create only reads it).</summary>
    private XmlReaderSettings? _readerSettings;

    /// <summary>
    /// The largest document accepted, in characters (after decoding). 0 means no limit.
    /// Applies to readers the library creates, not to an <see cref="System.Xml.XmlReader"/> passed in by the caller.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public long MaxCharactersInDocument
    {
        get => _maxCharactersInDocument;
        set
        {
            _maxCharactersInDocument = value >= 0
                ? value
                : throw new ArgumentOutOfRangeException(nameof(value), value, "The limit must not be negative.");
            _readerSettings = null; // built again from the new limit
        }
    }

    /// <summary>
    /// The deepest element nesting accepted (the root element is depth 1). Bounds the recursion of the
    /// generated readers so that hostile input cannot exhaust the stack.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxDepth
    {
        get => _maxDepth;
        set => _maxDepth = value >= 1
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "The depth limit must be at least 1.");
    }

    /// <summary>
    /// The reader settings for these options, built once per options object instead of once per document:
    /// building them costs an allocation and a few microseconds on every small document. Never handed out,
    /// so never changed; a change of <see cref="MaxCharactersInDocument"/> drops them, and a race only builds an equal instance twice.
    /// </summary>
    internal XmlReaderSettings ReaderSettings => _readerSettings ??= LibvirtXmlSettings.CreateReaderSettings(this);
}

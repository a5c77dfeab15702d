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

    private readonly long _maxCharactersInDocument = DefaultMaxCharactersInDocument;
    private readonly int _maxDepth = DefaultMaxDepth;

    /// <summary>Built on first use by the library's own readers and shared by them (XmlReader.Create only reads it).</summary>
    private XmlReaderSettings? _readerSettings;

    /// <summary>The options used when none are given.</summary>
    public static LibvirtXmlReaderOptions Default { get; } = new LibvirtXmlReaderOptions();

    /// <summary>
    /// The largest document accepted, in characters (after decoding). 0 means no limit.
    /// Applies to readers the library creates, not to an <see cref="System.Xml.XmlReader"/> passed in by the caller.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public long MaxCharactersInDocument
    {
        get => _maxCharactersInDocument;
        init => _maxCharactersInDocument = value >= 0
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "The limit must not be negative.");
    }

    /// <summary>
    /// The deepest element nesting accepted (the root element is depth 1). Bounds the recursion of the
    /// generated readers so that hostile input cannot exhaust the stack.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxDepth
    {
        get => _maxDepth;
        init => _maxDepth = value >= 1
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "The depth limit must be at least 1.");
    }

    /// <summary>
    /// The reader settings for these options, built once per options object instead of once per document:
    /// building them costs an allocation and a few microseconds on every small document. Never handed out,
    /// so never changed; a race only builds an equal instance twice.
    /// </summary>
    internal XmlReaderSettings ReaderSettings => _readerSettings ??= LibvirtXmlSettings.CreateReaderSettings(this);
}

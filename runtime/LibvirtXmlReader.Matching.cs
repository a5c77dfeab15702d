using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Xml;

namespace LibvirtXml;

/// <summary>
/// Matching the names of attributes and child elements for generated code: one call gives the index of the node's
/// name in the caller's list, so that the caller switches on an integer; the reader remembers the last name matched
/// on each element, which tells unknown content where it stood.
/// </summary>
public sealed partial class LibvirtXmlReader
{
    /// <summary>The last attribute matched on the element being read.</summary>
    private string? _lastAttribute;

    /// <summary>For each depth, the last child element matched in the element at that depth, and the one before it.</summary>
    private LastMatch[] _lastChildren = new LastMatch[16];

    /// <summary>
    /// The index of the current node's local name (attribute or element, whichever the reader is on) in
    /// <paramref name="names"/>, when the node is in no namespace; otherwise -1. A match is remembered as the last known
    /// attribute, or the last known child element, of the element being read: the overloads of
    /// <see cref="ReadUnknownAttribute(ref LibvirtXmlUnknownContent?)"/>,
    /// <see cref="ReadUnknownElement(ref LibvirtXmlUnknownContent?)"/> place unknown content after it.
    /// </summary>
    /// <param name="names">The known local names separated by single spaces, such as <c>"name type port"</c>.
    /// Pass the same string instance on every call (a literal): results are cached by its identity and the name's.</param>
    /// <returns>The zero-based position of the name in <paramref name="names"/>, or -1.</returns>
    /// <remarks>
    /// A caller that matched a name but then keeps the node as unknown content (a second occurrence of an element that
    /// occurs once) calls <see cref="UndoMatch"/> first, so that the unknown node is placed after the previous known one.
    /// </remarks>
    public int MatchName(string names)
    {
        if (names is null)
        {
            throw new ArgumentNullException(nameof(names));
        }

        var name = NameInNoNamespace;
        if (name is null)
        {
            return -1;
        }

        var index = CachedMatch(names, name)?.Index ?? IndexOfWord(names, name);
        if (index >= 0)
        {
            Remember(name);
        }

        return index;
    }

    /// <summary>
    /// <see cref="MatchName"/> for <see cref="ReadElement"/>'s name lists, whose attribute names come before a <c>|</c> and
    /// child element names after it: the position of the name among the words (the <c>|</c> counts), when it is on the
    /// side the node is; otherwise -1.
    /// </summary>
    private int MatchPart(string names, bool child)
    {
        var name = NameInNoNamespace;
        if (name is null)
        {
            return -1;
        }

        var entry = CachedMatch(names, name);
        var index = entry?.Index ?? IndexOfWord(names, name);
        var bar = entry?.Bar ?? BarPosition(names);
        if (index < 0 || (child ? index <= bar : index >= bar))
        {
            return -1;
        }

        Remember(name);
        return index;
    }

    /// <summary>The local name of the node the reader is on when it is in no namespace, else null: one question to the library's parser, on the hot path, instead of two.</summary>
    private string? NameInNoNamespace => _text is not null ? _text.LocalNameInNoNamespace : NamespaceURI.Length == 0 ? LocalName : null;

    /// <summary>
    /// The cached match of <paramref name="name"/> in <paramref name="names"/>, looked up and cached on a miss; null when
    /// the pair is not cached (an empty name or list, or a name too long to keep). The hit path is inlined into the
    /// callers: one slot, two reference compares. string.Equals compares references first; a name that only spells the
    /// cached one (another reader's name table) hits too, without replacing it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static NameMatchCache.Entry? CachedMatch(string names, string name)
    {
        var length = name.Length;
        if (length == 0 || length > NameMatchCache.MaxCachedNameLength || names.Length == 0)
        {
            return null;
        }

        var slot = NameMatchCache.Slot(names, name);
        var entry = NameMatchCache.Entries[slot];
        return entry is not null && ReferenceEquals(entry.Names, names) && string.Equals(entry.Name, name)
            ? entry
            : NameMatchCache.Miss(names, name, slot);
    }

    /// <summary>The position of the <c>|</c> word in a name list, or <see cref="int.MaxValue"/> when it has none (all its names are of one kind).</summary>
    private static int BarPosition(string names)
    {
        var bar = IndexOfWord(names, "|");
        return bar < 0 ? int.MaxValue : bar;
    }

    /// <summary>
    /// Forgets the last successful <see cref="MatchName"/> of the child element the reader is on: the known element before
    /// it is the last again. For a matched element that is then kept as unknown content, such as a second occurrence of
    /// an element that occurs once. (Attributes do not repeat: on an attribute this does nothing.)
    /// </summary>
    public void UndoMatch()
    {
        var depth = Depth;
        if (IsOnAttribute() || depth >= _lastChildren.Length)
        {
            return;
        }

        ref var slot = ref _lastChildren[depth];
        if (slot.Changed)
        {
            slot.Last = slot.Previous;
            slot.Changed = false;
        }
    }

    /// <summary>
    /// Keeps the attribute the reader is on, which the grammar does not describe (or which is in another namespace), in
    /// <paramref name="unknown"/>, placed after the last attribute <see cref="MatchName"/> matched on this element.
    /// </summary>
    /// <param name="unknown">The owner's unknown content, created on first use.</param>
    public void ReadUnknownAttribute(ref LibvirtXmlUnknownContent? unknown)
    {
        ReadUnknownAttribute(ref unknown, _lastAttribute);
    }

    /// <summary>
    /// Keeps the child element the reader is on (not entered), which the grammar does not describe, as XML in
    /// <paramref name="unknown"/>, placed after the last child element <see cref="MatchName"/> matched in the element
    /// being read; leaves the reader on the node after it.
    /// </summary>
    /// <param name="unknown">The owner's unknown content, created on first use.</param>
    /// <exception cref="LibvirtXmlException">The element is nested deeper than the limit.</exception>
    public void ReadUnknownElement(ref LibvirtXmlUnknownContent? unknown)
    {
        var depth = Depth;
        ReadUnknownElement(ref unknown, depth < _lastChildren.Length ? _lastChildren[depth].Last : null);
    }

    /// <summary>
    /// For elements whose grammar allows no children: moves into the entered element's content (as
    /// <see cref="BeginChildren"/>) and keeps every child element in <paramref name="unknown"/>; leaves the reader after
    /// the end tag.
    /// </summary>
    /// <param name="unknown">The owner's unknown content, created when there is a child element.</param>
    public void ReadUnknownChildren(ref LibvirtXmlUnknownContent? unknown)
    {
        if (!BeginChildren())
        {
            return;
        }

        // Through the holder overload: this method names no LINQ to XML type, so compiling it loads none.
        while (NextChild())
        {
            ReadUnknownElement(ref unknown, null);
        }
    }

    /// <summary>
    /// Parses an XSD <c>unsignedInt</c> as <see cref="ParseUInt32"/> does, typed for an optional property: the caller stores
    /// the result without converting it (a conversion the JIT would compile in every caller's first run).
    /// </summary>
    /// <param name="text">The value as read.</param>
    /// <param name="what">The attribute or element name the value came from, for the error message.</param>
    /// <returns>The value (never null).</returns>
    /// <exception cref="LibvirtXmlException">The text is not an integer or out of range.</exception>
    public uint? ParseNullableUInt32(string text, string what) => ParseUInt32(text, what);

    /// <summary>
    /// Parses an XSD <c>unsignedLong</c> as <see cref="ParseUInt64"/> does, typed for an optional property: the caller stores
    /// the result without converting it (a conversion the JIT would compile in every caller's first run).
    /// </summary>
    /// <param name="text">The value as read.</param>
    /// <param name="what">The attribute or element name the value came from, for the error message.</param>
    /// <returns>The value (never null).</returns>
    /// <exception cref="LibvirtXmlException">The text is not an integer or out of range.</exception>
    public ulong? ParseNullableUInt64(string text, string what) => ParseUInt64(text, what);

    /// <summary>
    /// Parses an XSD <c>int</c> as <see cref="ParseInt32"/> does, typed for an optional property: the caller stores
    /// the result without converting it (a conversion the JIT would compile in every caller's first run).
    /// </summary>
    /// <param name="text">The value as read.</param>
    /// <param name="what">The attribute or element name the value came from, for the error message.</param>
    /// <returns>The value (never null).</returns>
    /// <exception cref="LibvirtXmlException">The text is not an integer or out of range.</exception>
    public int? ParseNullableInt32(string text, string what) => ParseInt32(text, what);

    /// <summary>
    /// Parses an XSD <c>long</c> as <see cref="ParseInt64"/> does, typed for an optional property: the caller stores
    /// the result without converting it (a conversion the JIT would compile in every caller's first run).
    /// </summary>
    /// <param name="text">The value as read.</param>
    /// <param name="what">The attribute or element name the value came from, for the error message.</param>
    /// <returns>The value (never null).</returns>
    /// <exception cref="LibvirtXmlException">The text is not an integer or out of range.</exception>
    public long? ParseNullableInt64(string text, string what) => ParseInt64(text, what);

    /// <summary>
    /// <see cref="ReadUnknownAttribute(ref List{System.Xml.Linq.XAttribute}?, string?)"/> into a holder, for the runtime's
    /// hand-written elements, which track the last known attribute themselves.
    /// </summary>
    internal void ReadUnknownAttribute(ref LibvirtXmlUnknownContent? unknown, string? after)
    {
        unknown ??= new LibvirtXmlUnknownContent();
        ReadUnknownAttribute(ref unknown.AttributesField, after);
    }

    /// <summary>
    /// <see cref="ReadUnknownElement(ref List{System.Xml.Linq.XElement}?, string?)"/> into a holder, for the runtime's
    /// hand-written elements, which track the last known element themselves.
    /// </summary>
    internal void ReadUnknownElement(ref LibvirtXmlUnknownContent? unknown, string? after)
    {
        unknown ??= new LibvirtXmlUnknownContent();
        ReadUnknownElement(ref unknown.ElementsField, after);
    }

    /// <summary>An element was entered: it has no matched attribute or child yet.</summary>
    private void ResetMatches()
    {
        _lastAttribute = null;
        var depth = Depth;
        if (depth < _lastChildren.Length)
        {
            _lastChildren[depth] = default;
        }
    }

    private void Remember(string name)
    {
        if (IsOnAttribute())
        {
            _lastAttribute = name;
            return;
        }

        var depth = Depth;
        if (depth >= _lastChildren.Length)
        {
            // Entries past the old length are fresh: no element at those depths was entered while they did not exist.
            Array.Resize(ref _lastChildren, Math.Max(_lastChildren.Length * 2, depth + 1));
        }

        // Stored only when it changes: a list of 200 disks writes nothing after the first.
        ref var slot = ref _lastChildren[depth];
        if (ReferenceEquals(slot.Last, name))
        {
            slot.Changed = false;
            return;
        }

        slot.Previous = slot.Last;
        slot.Last = name;
        slot.Changed = true;
    }

    private bool IsOnAttribute() => NodeType == XmlNodeKind.Attribute;

    /// <summary>The last two child elements matched in one element, and whether the last match changed them.</summary>
    private struct LastMatch
    {
        public string? Last;
        public string? Previous;
        public bool Changed;
    }

    /// <summary>
    /// The position of <paramref name="word"/> among the words of <paramref name="words"/>, separated by single spaces,
    /// or -1 (always for an empty word). For name lists and enumerated values.
    /// </summary>
    /// <remarks>
    /// Plain loops rather than string.IndexOf and string.CompareOrdinal: every name misses once in a new process, and
    /// their first calls cost a cold start about a millisecond here (measured with benchmarks/LibvirtXml.ColdStart).
    /// </remarks>
    private static int IndexOfWord(string words, string word)
    {
        var length = word.Length;
        var start = 0;
        for (var index = 0; ; index++)
        {
            var end = start;
            while (end < words.Length && words[end] != ' ')
            {
                end++;
            }

            if (end - start == length && length != 0 && XmlTextParser.SameChars(words, start, word, 0, length))
            {
                return index;
            }

            if (end == words.Length)
            {
                return -1;
            }

            start = end + 1;
        }
    }

    /// <summary>
    /// Results of <see cref="MatchName"/>, shared by all readers: a direct-mapped table keyed by the identities of the
    /// name list and the name (readers give the same string for the same name; the library's own parser across
    /// documents too). Entries are immutable and replaced whole, so readers on other threads see either entry, never a
    /// mix: no lock is needed.
    /// </summary>
    private static class NameMatchCache
    {
        private const int Size = 256;

        /// <summary>Longer names are looked up without the cache, so that a document cannot keep big strings alive in it.</summary>
        public const int MaxCachedNameLength = 64;

        /// <summary>The table; <see cref="LibvirtXmlReader.MatchName"/> looks up its slot.</summary>
        public static readonly Entry?[] Entries = new Entry?[Size];

        /// <summary>The slot of a name in a list: lengths and a few characters (both strings not empty).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static int Slot(string names, string name)
        {
            var length = name.Length;
            return (names.Length * 31 + names[0] * 7 + length * 131 + name[0] * 17 + name[length - 1] * 3 + name[length >> 1]) & (Size - 1);
        }

        /// <summary>Not in the slot: looked up in the list, and the slot's entry replaced.</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        public static Entry Miss(string names, string name, int slot)
        {
            var entry = new Entry(names, name, IndexOfWord(names, name), BarPosition(names));
            Entries[slot] = entry;
            return entry;
        }

        public sealed class Entry
        {
            public Entry(string names, string name, int index, int bar)
            {
                Names = names;
                Name = name;
                Index = index;
                Bar = bar;
            }

            public readonly string Names;
            public readonly string Name;
            public readonly int Index;

            /// <summary>The position of the list's <c>|</c> (<see cref="BarPosition"/>).</summary>
            public readonly int Bar;
        }
    }
}

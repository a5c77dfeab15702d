using System;

namespace LibvirtXml;

/// <summary>
/// The name table of <see cref="XmlTextParser"/>: one string per distinct name, looked up from a slice of the
/// document text without allocating, so that element and attribute names cost nothing after their first occurrence
/// and compare by reference as well as by value. <see cref="XmlStringReader"/> shows it as an <see cref="System.Xml.XmlNameTable"/>.
/// </summary>
/// <remarks>
/// <para>Each name also has an id, a small integer in insertion order that stays the same as the table grows, so that the
/// parser can keep ints in its per-node records instead of strings (whose every store costs a GC write barrier) and
/// find the string with <see cref="NamesById"/>. Id 0 is <see cref="string.Empty"/>, which stands for "none".</para>
/// <para>Names come from untrusted documents, which could be crafted so that many names share a hash: a lookup gives up after
/// <see cref="MaxProbes"/> slots and returns an unshared string, so such a document costs allocations, never quadratic time.
/// Such a name still gets an id (a new one each time), so a table that gave up grows with its document; it is not
/// reused for another.</para>
/// </remarks>
internal sealed class XmlAtomTable
{
    private string[] _atoms = new string[64];
    private int[] _hashes = new int[64];
    private int[] _ids = new int[64];
    private int _count;

    private string[] _namesById = new string[64];
    private int[] _followingStartTagNames = new int[64];
    private int[] _followingAttributeNames = new int[64];
    private int _idCount = 1;

    /// <summary>The id that stands for no name (<see cref="string.Empty"/>): not in the table, found with any table.</summary>
    public const int None = 0;

    private const int MaxProbes = 16;

    // Written out, not helpers: each method is one more to compile on a process's first read.
    public XmlAtomTable() => _namesById[None] = string.Empty;

    /// <summary>Whether some name was returned without being added (see the remarks): names then compare by value only.</summary>
    public bool GaveUp { get; private set; }

    /// <summary>
    /// By name id, the id of the name of the start tag that came next last time (none yet: <see cref="None"/>): the
    /// parser tries it before scanning the next start tag's name. Kept with the names, for the next document too. The
    /// entry of <see cref="None"/> is never written, so that looking it up gives no guess.
    /// </summary>
    public int[] FollowingStartTagNames
    {
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        get => _followingStartTagNames;
    }

    /// <summary>
    /// By name id (of an element, or of an attribute without a prefix), the id of the attribute name that came next in
    /// the same start tag last time: the parser tries it before scanning the next attribute's name.
    /// </summary>
    public int[] FollowingAttributeNames
    {
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        get => _followingAttributeNames;
    }

    /// <summary>How many names the table holds.</summary>
    public int Count => _count;

    /// <summary>
    /// The names by id (see the remarks); read, never written, by the parser. The array is replaced as ids are added, so
    /// it must be fetched again after an <see cref="AddId"/>.
    /// </summary>
    public string[] NamesById
    {
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        get => _namesById;
    }

    /// <summary>The atom for <c>text[start..start+length)</c>, added on first use.</summary>
    public string Add(string text, int start, int length)
    {
        // Not _namesById[AddId(...)]: that would index the array as it was before AddId grew it.
        var id = AddId(text, start, length);
        return _namesById[id];
    }

    /// <summary>The id of the atom for <c>text[start..start+length)</c>, added on first use.</summary>
    public int AddId(string text, int start, int length)
    {
        var hash = Hash(text, start, length);
        var slot = Find(text, start, length, hash);
        if (slot >= 0)
        {
            return _ids[slot];
        }

        var atom = text.Substring(start, length);
        if (_idCount == _namesById.Length)
        {
            Array.Resize(ref _namesById, _namesById.Length * 2);
            Array.Resize(ref _followingStartTagNames, _namesById.Length);
            Array.Resize(ref _followingAttributeNames, _namesById.Length);
        }

        var id = _idCount++;
        _namesById[id] = atom;
        if (slot == GiveUp)
        {
            GaveUp = true;
        }
        else
        {
            Insert(~slot, atom, hash, id);
        }

        return id;
    }


    /// <summary>The atom for <paramref name="key"/>, added on first use.</summary>
    public string Add(string key)
    {
        if (key is null)
        {
            throw new ArgumentNullException(nameof(key));
        }

        return Add(key, 0, key.Length);
    }

    /// <summary>The atom for <paramref name="value"/>, or null when the table does not hold it.</summary>
    public string? Get(string value)
    {
        if (value is null)
        {
            throw new ArgumentNullException(nameof(value));
        }

        var slot = Find(value, 0, value.Length, Hash(value, 0, value.Length));
        return slot >= 0 ? _atoms[slot] : null;
    }

    /// <summary>What <see cref="Find"/> returns when the search went on for <see cref="MaxProbes"/> slots.</summary>
    private const int GiveUp = int.MinValue;

    /// <summary>
    /// The slot holding the name, or the complement of the empty slot where it would go, or <see cref="GiveUp"/>.
    /// </summary>
    private int Find(string text, int start, int length, int hash)
    {
        var mask = _atoms.Length - 1;
        for (int slot = hash & mask, probes = 0; probes < MaxProbes; slot = (slot + 1) & mask, probes++)
        {
            var atom = _atoms[slot];
            if (atom is null)
            {
                return ~slot;
            }

            if (_hashes[slot] == hash && atom.Length == length && XmlTextParser.SameChars(atom, 0, text, start, length))
            {
                return slot;
            }
        }

        return GiveUp;
    }

    private void Insert(int slot, string atom, int hash, int id)
    {
        _atoms[slot] = atom;
        _hashes[slot] = hash;
        _ids[slot] = id;
        if (++_count * 2 <= _atoms.Length)
        {
            return;
        }

        // Keep the table at most half full so that probes stay short.
        var atoms = _atoms;
        var hashes = _hashes;
        var ids = _ids;
        _atoms = new string[atoms.Length * 2];
        _hashes = new int[atoms.Length * 2];
        _ids = new int[atoms.Length * 2];
        var mask = _atoms.Length - 1;
        for (var i = 0; i < atoms.Length; i++)
        {
            if (atoms[i] is { } moved)
            {
                var to = hashes[i] & mask;
                while (_atoms[to] is not null)
                {
                    to = (to + 1) & mask;
                }

                _atoms[to] = moved;
                _hashes[to] = hashes[i];
                _ids[to] = ids[i];
            }
        }
    }

    /// <summary>
    /// A hash of the length and three of the characters: constant time, which matters because every name of a document
    /// is looked up. Names that share it cost a longer search, bounded by <see cref="MaxProbes"/>.
    /// </summary>
    public static int Hash(string text, int start, int length)
    {
        if (length == 0)
        {
            return 0;
        }

        var hash = (uint)length * 0x9E3779B1u;
        hash = (hash ^ text[start]) * 0x85EBCA77u;
        hash = (hash ^ text[start + length - 1]) * 0xC2B2AE3Du;
        hash ^= text[start + (length >> 1)];
        return (int)((hash ^ (hash >> 15)) & 0x7FFFFFFF);
    }
}

using System;

namespace LibvirtXml;

/// <summary>
/// Reading a whole element for generated code: the loops over attributes and child elements, the name matching and the
/// unknown content are here, and the element's class reads each part it knows (<see cref="ILibvirtXmlElementReader"/>).
/// </summary>
public sealed partial class LibvirtXmlReader
{
    /// <summary>The unknown content of the element just read, until its <see cref="LibvirtXmlPart.End"/> takes it.</summary>
    private LibvirtXmlUnknownContent? _finishedUnknown;

    /// <summary>
    /// Reads the element the reader is on into <paramref name="target"/>: enters it, and calls
    /// <see cref="ILibvirtXmlElementReader.ReadPart"/> with <see cref="LibvirtXmlPart.Start"/>, then for each attribute and
    /// each child element, then with <see cref="LibvirtXmlPart.End"/>. What the target does not read is kept as unknown
    /// content, placed after the known attribute or element before it. Leaves the reader after the element.
    /// </summary>
    /// <param name="target">The object to read into.</param>
    /// <param name="names">
    /// The known attribute names, a <c>|</c>, and the known child element names, separated by single spaces, such as
    /// <c>"name type | driver target"</c>. Pass the same string instance on every call (a literal): matches are cached by
    /// its identity.
    /// </param>
    /// <exception cref="LibvirtXmlException">The element breaks a rule the reader or the target checks.</exception>
    public void ReadElement(ILibvirtXmlElementReader target, string names)
    {
        if (target is null)
        {
            throw new ArgumentNullException(nameof(target));
        }

        var unknown = BeginElement(target, names);
        if (BeginChildren())
        {
            while (NextChild())
            {
                var index = MatchPart(names, child: true);
                if (target.ReadPart(this, index >= 0 ? index : LibvirtXmlPart.OtherChild))
                {
                    continue;
                }

                // A second occurrence of an element that occurs once: placed after the known element before it.
                if (index >= 0)
                {
                    UndoMatch();
                }

                ReadUnknownElement(ref unknown);
            }
        }

        EndElement(target, unknown);
    }

    /// <summary>
    /// Reads an element with attributes and text content as <see cref="ReadElement"/> does, but instead of child elements
    /// calls <see cref="ILibvirtXmlElementReader.ReadPart"/> once with <see cref="LibvirtXmlPart.Text"/>, on the start tag.
    /// </summary>
    /// <param name="target">The object to read into.</param>
    /// <param name="names">The known attribute names and a <c>|</c>, as for <see cref="ReadElement"/>.</param>
    /// <exception cref="LibvirtXmlException">The element breaks a rule the reader or the target checks.</exception>
    public void ReadTextElement(ILibvirtXmlElementReader target, string names)
    {
        if (target is null)
        {
            throw new ArgumentNullException(nameof(target));
        }

        var unknown = BeginElement(target, names);
        target.ReadPart(this, LibvirtXmlPart.Text);
        EndElement(target, unknown);
    }

    /// <summary>
    /// For <see cref="LibvirtXmlPart.End"/>: gives the unknown attributes and child elements of the element just read, when
    /// it had any, to <paramref name="unknown"/>; otherwise leaves it as it is (the target cleared it at the start).
    /// </summary>
    /// <param name="unknown">The target's holder of unknown content.</param>
    public void TakeUnknownContent(ref LibvirtXmlUnknownContent? unknown)
    {
        // No store when there is nothing: most elements have no unknown content, and a store costs a GC write barrier.
        if (_finishedUnknown is not null)
        {
            unknown = _finishedUnknown;
            _finishedUnknown = null;
        }
    }

    /// <summary>Enters the element, starts the target and reads the attributes (<see cref="NextAttribute"/> leaves the reader back on the element).</summary>
    private LibvirtXmlUnknownContent? BeginElement(ILibvirtXmlElementReader target, string names)
    {
        if (names is null)
        {
            throw new ArgumentNullException(nameof(names));
        }

        Enter();
        target.ReadPart(this, LibvirtXmlPart.Start);
        LibvirtXmlUnknownContent? unknown = null;
        while (NextAttribute())
        {
            var index = MatchPart(names, child: false);
            if (!target.ReadPart(this, index >= 0 ? index : LibvirtXmlPart.OtherAttribute))
            {
                ReadUnknownAttribute(ref unknown);
            }
        }

        return unknown;
    }

    private void EndElement(ILibvirtXmlElementReader target, LibvirtXmlUnknownContent? unknown)
    {
        // Stored only when there is some: most elements have none, and a store would cost a GC write barrier each.
        if (unknown is not null)
        {
            _finishedUnknown = unknown;
        }

        target.ReadPart(this, LibvirtXmlPart.End);
        if (_finishedUnknown is not null)
        {
            _finishedUnknown = null;
        }
    }
}

using System.Collections.Generic;
using LibvirtXml;

namespace LibvirtXml.Runtime.Tests.TestElements;

/// <summary>
/// An element read the way generated code reads since <see cref="LibvirtXmlReader.MatchName"/>:
/// <c>&lt;any a='' b=''&gt;&lt;x&gt;text&lt;/x&gt;? &lt;leaf k=''/&gt;? &lt;single&gt;? &lt;item&gt;*&lt;/any&gt;</c>
/// (<c>single</c> and <c>item</c> are this type again), everything else kept as unknown content and written back in place.
/// </summary>
/// <remarks>
/// With <see cref="ByParts"/> it is read instead as generated classes of elements that occur once are: by
/// <see cref="LibvirtXmlReader.ReadElement"/>, which calls <see cref="ILibvirtXmlElementReader.ReadPart"/>; its children too.
/// </remarks>
internal sealed class MatchedItem : ILibvirtXmlSerializable, ILibvirtXmlElementReader
{
    /// <summary>The name list for <see cref="LibvirtXmlReader.ReadElement"/>: the attributes, a bar, the child elements.</summary>
    public const string Names = "a b | x leaf single item";

    private LibvirtXmlUnknownContent? _unknown;

    /// <summary>Whether it is read by the runtime's loop, part by part, rather than by its own loops.</summary>
    public bool ByParts { get; init; }

    /// <summary>The parts the runtime's loop asked it to read, in order, when read <see cref="ByParts"/>.</summary>
    public List<int> PartsRead { get; } = new();

    public string ElementName { get; set; } = "root";

    public string? A { get; set; }

    public string? B { get; set; }

    public string? X { get; set; }

    public MatchedLeaf? Leaf { get; set; }

    public MatchedItem? Single { get; set; }

    public List<MatchedItem> Items { get; } = new();

    public LibvirtXmlUnknownContent? Unknown => _unknown;

    void ILibvirtXmlSerializable.ReadXml(LibvirtXmlReader reader)
    {
        if (ByParts)
        {
            reader.ReadElement(this, Names);
            return;
        }

        Forget(reader);
        reader.Enter();
        for (var more = reader.MoveToFirstAttribute(); more; more = reader.MoveToNextAttribute())
        {
            switch (reader.MatchName("a b"))
            {
                case 0:
                    A = reader.Value;
                    continue;
                case 1:
                    B = reader.Value;
                    continue;
            }

            reader.ReadUnknownAttribute(ref _unknown);
        }

        reader.MoveToElement();
        if (reader.BeginChildren())
        {
            while (reader.NextChild())
            {
                switch (reader.MatchName("x leaf single item"))
                {
                    case 0:
                        if (X != null) { reader.UndoMatch(); break; }
                        X = reader.ReadText();
                        continue;
                    case 1:
                        if (Leaf != null) { reader.UndoMatch(); break; }
                        Leaf = ReadLeaf(reader);
                        continue;
                    case 2:
                        if (Single != null) { reader.UndoMatch(); break; }
                        Single = ReadItem(reader);
                        continue;
                    case 3:
                        Items.Add(ReadItem(reader));
                        continue;
                }

                reader.ReadUnknownElement(ref _unknown);
            }
        }
    }

    bool ILibvirtXmlElementReader.ReadPart(LibvirtXmlReader reader, int part)
    {
        PartsRead.Add(part);
        switch (part)
        {
            case LibvirtXmlPart.Start:
                Forget(reader);
                return true;
            case 0:
                A = reader.Value;
                return true;
            case 1:
                B = reader.Value;
                return true;
            case 3:
                if (X != null) return false;
                X = reader.ReadText();
                return true;
            case 4:
                if (Leaf != null) return false;
                Leaf = ReadLeaf(reader);
                return true;
            case 5:
                if (Single != null) return false;
                Single = ReadItem(reader);
                return true;
            case 6:
                Items.Add(ReadItem(reader));
                return true;
            case LibvirtXmlPart.End:
                reader.TakeUnknownContent(ref _unknown);
                return true;
        }

        return false;
    }

    private void Forget(LibvirtXmlReader reader)
    {
        ElementName = reader.LocalName;
        A = B = X = null;
        Leaf = null;
        Single = null;
        Items.Clear();
        _unknown = null;
    }

    private MatchedItem ReadItem(LibvirtXmlReader reader)
    {
        var item = new MatchedItem { ByParts = ByParts };
        ((ILibvirtXmlSerializable)item).ReadXml(reader);
        return item;
    }

    private MatchedLeaf ReadLeaf(LibvirtXmlReader reader)
    {
        var leaf = new MatchedLeaf();
        if (ByParts)
        {
            reader.ReadElement(leaf, "k |");
        }
        else
        {
            ((ILibvirtXmlSerializable)leaf).ReadXml(reader);
        }

        return leaf;
    }

    void ILibvirtXmlSerializable.WriteXml(LibvirtXmlWriter writer)
    {
        writer.WriteStartElement(ElementName, _unknown);
        writer.WriteAttribute("a", A);
        writer.WriteAttribute("b", B);
        writer.WriteElementText("x", X);
        if (Leaf != null) ((ILibvirtXmlSerializable)Leaf).WriteXml(writer);
        if (Single != null) ((ILibvirtXmlSerializable)Single).WriteXml(writer);
        foreach (var item in Items)
        {
            ((ILibvirtXmlSerializable)item).WriteXml(writer);
        }

        writer.WriteEndElement();
    }
}

/// <summary><c>&lt;leaf k=''/&gt;</c>: an element whose grammar allows no children, which are all kept as unknown content.</summary>
internal sealed class MatchedLeaf : ILibvirtXmlSerializable, ILibvirtXmlElementReader
{
    private LibvirtXmlUnknownContent? _unknown;

    public string? K { get; set; }

    public LibvirtXmlUnknownContent? Unknown => _unknown;

    void ILibvirtXmlSerializable.ReadXml(LibvirtXmlReader reader)
    {
        K = null;
        _unknown = null;
        reader.Enter();
        for (var more = reader.MoveToFirstAttribute(); more; more = reader.MoveToNextAttribute())
        {
            switch (reader.MatchName("k"))
            {
                case 0:
                    K = reader.Value;
                    continue;
            }

            reader.ReadUnknownAttribute(ref _unknown);
        }

        reader.MoveToElement();
        reader.ReadUnknownChildren(ref _unknown);
    }

    bool ILibvirtXmlElementReader.ReadPart(LibvirtXmlReader reader, int part)
    {
        switch (part)
        {
            case LibvirtXmlPart.Start:
                K = null;
                _unknown = null;
                return true;
            case 0:
                K = reader.Value;
                return true;
            case LibvirtXmlPart.End:
                reader.TakeUnknownContent(ref _unknown);
                return true;
        }

        return false;
    }

    void ILibvirtXmlSerializable.WriteXml(LibvirtXmlWriter writer)
    {
        writer.WriteStartElement("leaf", _unknown);
        writer.WriteAttribute("k", K);
        writer.WriteEndElement();
    }
}

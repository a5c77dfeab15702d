using System.Collections.Generic;
using LibvirtXml;

namespace LibvirtXml.Runtime.Tests.TestElements;

/// <summary>
/// An element read the way generated code reads since <see cref="LibvirtXmlReader.MatchName"/>:
/// <c>&lt;any a='' b=''&gt;&lt;x&gt;text&lt;/x&gt;? &lt;leaf k=''/&gt;? &lt;single&gt;? &lt;item&gt;*&lt;/any&gt;</c>
/// (<c>single</c> and <c>item</c> are this type again), everything else kept as unknown content and written back in place.
/// </summary>
internal sealed class MatchedItem : ILibvirtXmlSerializable
{
    private LibvirtXmlUnknownContent? _unknown;

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
        ElementName = reader.LocalName;
        A = B = X = null;
        Leaf = null;
        Single = null;
        Items.Clear();
        _unknown = null;
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
                    {
                        if (Leaf != null) { reader.UndoMatch(); break; }
                        var leaf = new MatchedLeaf();
                        ((ILibvirtXmlSerializable)leaf).ReadXml(reader);
                        Leaf = leaf;
                        continue;
                    }
                    case 2:
                    {
                        if (Single != null) { reader.UndoMatch(); break; }
                        var single = new MatchedItem();
                        ((ILibvirtXmlSerializable)single).ReadXml(reader);
                        Single = single;
                        continue;
                    }
                    case 3:
                    {
                        var item = new MatchedItem();
                        ((ILibvirtXmlSerializable)item).ReadXml(reader);
                        Items.Add(item);
                        continue;
                    }
                }

                reader.ReadUnknownElement(ref _unknown);
            }
        }
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
internal sealed class MatchedLeaf : ILibvirtXmlSerializable
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

    void ILibvirtXmlSerializable.WriteXml(LibvirtXmlWriter writer)
    {
        writer.WriteStartElement("leaf", _unknown);
        writer.WriteAttribute("k", K);
        writer.WriteEndElement();
    }
}

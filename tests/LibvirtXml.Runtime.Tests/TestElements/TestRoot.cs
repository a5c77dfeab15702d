using System.Collections.Generic;
using LibvirtXml;

namespace LibvirtXml.Runtime.Tests.TestElements;

/// <summary>
/// A hand-written element in the shape the generator emits: <c>&lt;root name=''&gt;&lt;disk/&gt;*&lt;note&gt;text&lt;/note&gt;*&lt;/root&gt;</c>.
/// </summary>
internal sealed class TestRoot : ILibvirtXmlSerializable
{
    public const string ElementName = "root";

    public string? Name { get; set; }

    public List<TestDisk> Disks { get; set; } = new();

    public List<string> Notes { get; set; } = new();

    public static TestRoot Parse(string xml, LibvirtXmlReaderOptions? options = null)
    {
        var root = new TestRoot();
        LibvirtXmlDocument.Read(xml, ElementName, root, options);
        return root;
    }

    void ILibvirtXmlSerializable.ReadXml(LibvirtXmlReader r)
    {
        var x = r.Reader;
        Name = null;
        Disks = new List<TestDisk>();
        Notes = new List<string>();

        r.Enter();
        for (var more = x.MoveToFirstAttribute(); more; more = x.MoveToNextAttribute())
        {
            if (x.NamespaceURI.Length != 0)
            {
                continue;
            }

            switch (x.LocalName)
            {
                case "name":
                    Name = x.Value;
                    break;
            }
        }

        x.MoveToElement();
        if (r.BeginChildren())
        {
            while (r.NextChild())
            {
                if (x.NamespaceURI.Length == 0)
                {
                    switch (x.LocalName)
                    {
                        case "disk":
                            var disk = new TestDisk();
                            ((ILibvirtXmlSerializable)disk).ReadXml(r);
                            Disks.Add(disk);
                            continue;
                        case "note":
                            Notes.Add(r.ReadText());
                            continue;
                    }
                }

                r.SkipElement();
            }
        }
    }

    void ILibvirtXmlSerializable.WriteXml(LibvirtXmlWriter w)
    {
        w.WriteStartElement(ElementName);
        w.WriteAttribute("name", Name);
        foreach (var disk in Disks)
        {
            ((ILibvirtXmlSerializable)disk).WriteXml(w);
        }

        foreach (var note in Notes)
        {
            w.WriteElementText("note", note);
        }

        w.WriteEndElement();
    }
}

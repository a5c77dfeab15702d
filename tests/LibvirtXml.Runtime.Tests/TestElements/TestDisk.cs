using LibvirtXml;

namespace LibvirtXml.Runtime.Tests.TestElements;

/// <summary>
/// A backup-disk-like element: <c>&lt;disk type='file|block' port='N'&gt;&lt;target .../&gt;&lt;/disk&gt;</c>,
/// delegating its target to <see cref="DomainDiskSource"/> the way generated code does.
/// </summary>
internal sealed class TestDisk : ILibvirtXmlSerializable
{
    /// <summary>The <c>type</c> attribute as read; written only when there is no target to derive it from.</summary>
    public string? Type { get; set; }

    public uint? Port { get; set; }

    public DomainDiskSource? Target { get; set; }

    /// <summary>The element name the target was read from (<c>target</c> or <c>scratch</c>) and is written as.</summary>
    public string TargetElementName { get; set; } = "target";

    void ILibvirtXmlSerializable.ReadXml(LibvirtXmlReader r)
    {
        var x = r.Reader;
        Type = null;
        Port = null;
        Target = null;
        TargetElementName = "target";

        r.Enter();
        for (var more = x.MoveToFirstAttribute(); more; more = x.MoveToNextAttribute())
        {
            if (x.NamespaceURI.Length != 0)
            {
                continue;
            }

            switch (x.LocalName)
            {
                case "type":
                    Type = x.Value;
                    break;
                case "port":
                    Port = r.ParseUInt32(x.Value, "port");
                    break;
            }
        }

        x.MoveToElement();
        if (r.BeginChildren())
        {
            while (r.NextChild())
            {
                if (x.NamespaceURI.Length == 0 && x.LocalName is "target" or "scratch")
                {
                    TargetElementName = x.LocalName;
                    Target = DomainDiskSource.ReadXml(r, Type);
                    continue;
                }

                r.SkipElement();
            }
        }
    }

    void ILibvirtXmlSerializable.WriteXml(LibvirtXmlWriter w)
    {
        w.WriteStartElement("disk");
        w.WriteAttribute("type", Target?.OwnerType ?? Type);
        w.WriteAttribute("port", Port);
        Target?.WriteXml(w, TargetElementName);
        w.WriteEndElement();
    }
}

using System.Collections.Generic;

namespace LibvirtXml;

/// <summary>
/// A per-device security label override: <c>&lt;seclabel model='dac' relabel='no'/&gt;</c>
/// (RELAX NG define <c>devSeclabel</c> in <c>domaincommon.rng</c>).
/// </summary>
public sealed class DomainDeviceSecLabel : ILibvirtXmlSerializable
{
    /// <summary>
    /// Attribute <c>model</c>: the security driver the override applies to, such as <c>dac</c> or <c>selinux</c>.
    /// <see langword="null"/> when absent (the override applies to every driver).
    /// </summary>
    public string? Model { get; set; }

    /// <summary>
    /// Attribute <c>labelskip</c>: <c>yes</c> when libvirt skipped labelling the resource (libvirt writes it in
    /// status output). <see langword="null"/> when absent.
    /// </summary>
    public string? LabelSkip { get; set; }

    /// <summary>
    /// Attribute <c>relabel</c>: <c>no</c> to leave the resource's label alone, <c>yes</c> (with at least one
    /// <see cref="Labels"/> entry) to relabel it. <see langword="null"/> when absent.
    /// </summary>
    public string? Relabel { get; set; }

    /// <summary>
    /// The <c>&lt;label&gt;</c> child elements' text, in document order: the label to apply. The grammar allows
    /// several; libvirt uses the first. Empty when there is none.
    /// </summary>
    public List<string> Labels { get; set; } = new();

    void ILibvirtXmlSerializable.ReadXml(LibvirtXmlReader reader)
    {
        var x = reader.Reader;
        Model = null;
        LabelSkip = null;
        Relabel = null;
        Labels = new List<string>();

        reader.Enter();
        for (var more = x.MoveToFirstAttribute(); more; more = x.MoveToNextAttribute())
        {
            if (x.NamespaceURI.Length != 0)
            {
                continue;
            }

            switch (x.LocalName)
            {
                case "model":
                    Model = x.Value;
                    break;
                case "labelskip":
                    LabelSkip = x.Value;
                    break;
                case "relabel":
                    Relabel = x.Value;
                    break;
            }
        }

        x.MoveToElement();
        if (reader.BeginChildren())
        {
            while (reader.NextChild())
            {
                if (x.NamespaceURI.Length == 0 && x.LocalName == "label")
                {
                    Labels.Add(reader.ReadText());
                    continue;
                }

                reader.SkipElement();
            }
        }
    }

    void ILibvirtXmlSerializable.WriteXml(LibvirtXmlWriter writer)
    {
        writer.WriteStartElement("seclabel");
        writer.WriteAttribute("model", Model);
        writer.WriteAttribute("labelskip", LabelSkip);
        writer.WriteAttribute("relabel", Relabel);
        if (Labels is not null)
        {
            foreach (var label in Labels)
            {
                writer.WriteElementText("label", label);
            }
        }

        writer.WriteEndElement();
    }
}

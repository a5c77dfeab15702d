using System.Collections.Generic;
using System.Xml.Linq;

namespace LibvirtXml;

/// <summary>
/// A per-device security label override: <c>&lt;seclabel model='dac' relabel='no'/&gt;</c>
/// (RELAX NG define <c>devSeclabel</c> in <c>domaincommon.rng</c>).
/// </summary>
public sealed class DomainDeviceSecLabel : LibvirtXmlElement, ILibvirtXmlSerializable, ILibvirtXmlValidatable
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
        var x = reader;
        Model = null;
        LabelSkip = null;
        Relabel = null;
        Labels = new List<string>();

        _unknownContent = null;
        reader.Enter();
        string? lastAttribute = null;
        for (var more = x.MoveToFirstAttribute(); more; more = x.MoveToNextAttribute())
        {
            if (x.NamespaceURI.Length == 0)
            {
                switch (x.LocalName)
                {
                    case "model":
                        Model = x.Value;
                        lastAttribute = x.LocalName;
                        continue;
                    case "labelskip":
                        LabelSkip = x.Value;
                        lastAttribute = x.LocalName;
                        continue;
                    case "relabel":
                        Relabel = x.Value;
                        lastAttribute = x.LocalName;
                        continue;
                }
            }

            reader.ReadUnknownAttribute(ref _unknownContent, lastAttribute);
        }

        x.MoveToElement();
        if (reader.BeginChildren())
        {
            string? lastElement = null;
            while (reader.NextChild())
            {
                var name = x.LocalName;
                if (x.NamespaceURI.Length == 0 && x.LocalName == "label")
                {
                    Labels.Add(reader.ReadText());
                    lastElement = name;
                    continue;
                }

                reader.ReadUnknownElement(ref _unknownContent, lastElement);
            }
        }
    }

    void ILibvirtXmlSerializable.WriteXml(LibvirtXmlWriter writer)
    {
        writer.WriteStartElement("seclabel", _unknownContent);
        writer.WriteAttribute("model", Model);
        writer.WriteAttribute("labelskip", LabelSkip);
        writer.WriteAttribute("relabel", Relabel);
        if (Labels is not null)
        {
            for (var i = 0; i < Labels.Count; i++)
            {
                writer.WriteElementText("label", Labels[i]);
            }
        }

        writer.WriteEndElement();
    }

    /// <summary>
    /// Checks the label against the grammar's <c>devSeclabel</c>: <c>relabel='no'</c>, or <c>labelskip='yes'</c>, or
    /// (<c>relabel='yes'</c> or none) with at least one label.
    /// </summary>
    /// <param name="validator">Where problems are collected.</param>
    /// <param name="path">This element's path.</param>
    void ILibvirtXmlValidatable.Validate(LibvirtXmlValidator validator, string path)
    {
        validator.Check(path + "/@relabel", Relabel, ValueRules.YesNo);
        validator.Check(path + "/@labelskip", LabelSkip, ValueRules.Yes);
        var count = Labels?.Count ?? 0;
        if (LabelSkip is not null)
        {
            if (Relabel is not null || count > 0)
            {
                validator.Add(path, "labelskip='yes' goes alone, without relabel or labels");
            }
        }
        else if (Relabel is not null && LibvirtXmlReader.TokenEquals(Relabel, "no"))
        {
            if (count > 0)
            {
                validator.Add(path, "relabel='no' takes no labels");
            }
        }
        else if (count == 0)
        {
            validator.Add(path, "needs relabel='no', labelskip='yes' or at least one <label>");
        }
    }
}

using System.Collections.Generic;
using System.Xml.Linq;
namespace LibvirtXml;

/// <summary>
/// The secret holding an encryption passphrase: <c>&lt;secret type='passphrase' uuid='...'/&gt;</c>
/// (RELAX NG define <c>secret</c> in <c>storagecommon.rng</c>).
/// </summary>
public sealed class DomainDiskSecret : LibvirtXmlElement, ILibvirtXmlSerializable, ILibvirtXmlValidatable
{
    /// <summary>Attribute <c>type</c>: the grammar allows <c>passphrase</c>. <see langword="null"/> when absent.</summary>
    public string? Type { get; set; }

    /// <summary>
    /// Attribute <c>uuid</c>: the UUID of the libvirt secret object. The grammar requires exactly one of
    /// <see cref="UUID"/> and <see cref="Usage"/>. <see langword="null"/> when absent.
    /// </summary>
    public string? UUID { get; set; }

    /// <summary>
    /// Attribute <c>usage</c>: the usage name of the libvirt secret object. The grammar requires exactly one of
    /// <see cref="UUID"/> and <see cref="Usage"/>. <see langword="null"/> when absent.
    /// </summary>
    public string? Usage { get; set; }

    void ILibvirtXmlSerializable.ReadXml(LibvirtXmlReader reader)
    {
        var x = reader;
        Type = null;
        UUID = null;
        Usage = null;

        _unknownContent = null;
        reader.Enter();
        string? lastAttribute = null;
        for (var more = x.MoveToFirstAttribute(); more; more = x.MoveToNextAttribute())
        {
            if (x.NamespaceURI.Length == 0)
            {
                switch (x.LocalName)
                {
                    case "type":
                        Type = x.Value;
                        lastAttribute = x.LocalName;
                        continue;
                    case "uuid":
                        UUID = x.Value;
                        lastAttribute = x.LocalName;
                        continue;
                    case "usage":
                        Usage = x.Value;
                        lastAttribute = x.LocalName;
                        continue;
                }
            }

            reader.ReadUnknownAttribute(ref _unknownContent, lastAttribute);
        }

        x.MoveToElement();
        reader.ReadUnknownChildren(ref _unknownContent);
    }

    void ILibvirtXmlSerializable.WriteXml(LibvirtXmlWriter writer)
    {
        writer.WriteStartElement("secret", _unknownContent);
        writer.WriteAttribute("type", Type);
        writer.WriteAttribute("uuid", UUID);
        writer.WriteAttribute("usage", Usage);
        writer.WriteEndElement();
    }

    /// <summary>Checks the secret against the grammar's <c>secret</c>: type <c>passphrase</c> and exactly one of a UUID and a usage.</summary>
    /// <param name="validator">Where problems are collected.</param>
    /// <param name="path">This element's path.</param>
    void ILibvirtXmlValidatable.Validate(LibvirtXmlValidator validator, string path)
    {
        if (validator.Required(path + "/@type", Type))
        {
            validator.Check(path + "/@type", Type, ValueRules.Passphrase);
        }

        if ((UUID is null) == (Usage is null))
        {
            validator.Add(path, "needs exactly one of uuid and usage");
        }

        validator.Check(path + "/@uuid", UUID, ValueRules.Uuid);
    }
}

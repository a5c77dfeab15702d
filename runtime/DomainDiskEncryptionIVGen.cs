using System.Collections.Generic;
using System.Xml.Linq;
namespace LibvirtXml;

/// <summary>
/// The LUKS initialization vector generator: <c>&lt;ivgen name='plain64' hash='sha256'/&gt;</c>
/// (RELAX NG define <c>keyivgen</c> in <c>storagecommon.rng</c>). Go's libvirtxml drops this element; we keep it.
/// </summary>
public sealed class DomainDiskEncryptionIVGen : LibvirtXmlElement, ILibvirtXmlSerializable, ILibvirtXmlValidatable
{
    /// <summary>Attribute <c>name</c> (required by the grammar): the generator algorithm, such as <c>plain64</c>. <see langword="null"/> when absent.</summary>
    public string? Name { get; set; }

    /// <summary>Attribute <c>hash</c>: the hash algorithm, such as <c>sha256</c>. <see langword="null"/> when absent.</summary>
    public string? Hash { get; set; }

    void ILibvirtXmlSerializable.ReadXml(LibvirtXmlReader reader)
    {
        var x = reader;
        Name = null;
        Hash = null;

        _unknownContent = null;
        reader.Enter();
        string? lastAttribute = null;
        for (var more = x.MoveToFirstAttribute(); more; more = x.MoveToNextAttribute())
        {
            if (x.NamespaceURI.Length == 0)
            {
                switch (x.LocalName)
                {
                    case "name":
                        Name = x.Value;
                        lastAttribute = x.LocalName;
                        continue;
                    case "hash":
                        Hash = x.Value;
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
        writer.WriteStartElement("ivgen", _unknownContent);
        writer.WriteAttribute("name", Name);
        writer.WriteAttribute("hash", Hash);
        writer.WriteEndElement();
    }

    /// <summary>Checks the generator against the grammar's <c>keyivgen</c>: name required.</summary>
    /// <param name="validator">Where problems are collected.</param>
    /// <param name="path">This element's path.</param>
    void ILibvirtXmlValidatable.Validate(LibvirtXmlValidator validator, string path) => validator.Required(path + "/@name", Name);
}

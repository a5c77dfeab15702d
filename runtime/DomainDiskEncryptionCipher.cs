using System.Collections.Generic;
using System.Xml.Linq;
namespace LibvirtXml;

/// <summary>
/// The LUKS cipher an encrypted volume uses: <c>&lt;cipher name='aes' size='256' mode='xts' hash='sha256'/&gt;</c>
/// (RELAX NG define <c>keycipher</c> in <c>storagecommon.rng</c>). Go's libvirtxml drops this element; we keep it.
/// </summary>
public sealed class DomainDiskEncryptionCipher : LibvirtXmlElement, ILibvirtXmlSerializable, ILibvirtXmlValidatable
{
    /// <summary>Attribute <c>name</c> (required by the grammar): the cipher algorithm, such as <c>aes</c>. <see langword="null"/> when absent.</summary>
    public string? Name { get; set; }

    /// <summary>Attribute <c>size</c> (required by the grammar): the key size in bits, an unsigned integer. <see langword="null"/> when absent.</summary>
    public uint? Size { get; set; }

    /// <summary>Attribute <c>mode</c>: the cipher mode, such as <c>xts</c>; the grammar requires it together with <see cref="Hash"/>. <see langword="null"/> when absent.</summary>
    public string? Mode { get; set; }

    /// <summary>Attribute <c>hash</c>: the hash algorithm, such as <c>sha256</c>; the grammar requires it together with <see cref="Mode"/>. <see langword="null"/> when absent.</summary>
    public string? Hash { get; set; }

    void ILibvirtXmlSerializable.ReadXml(LibvirtXmlReader reader)
    {
        var x = reader;
        Name = null;
        Size = null;
        Mode = null;
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
                    case "size":
                        Size = reader.ParseUInt32(x.Value, "size");
                        lastAttribute = x.LocalName;
                        continue;
                    case "mode":
                        Mode = x.Value;
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
        writer.WriteStartElement("cipher", _unknownContent);
        writer.WriteAttribute("name", Name);
        writer.WriteAttribute("size", Size);
        writer.WriteAttribute("mode", Mode);
        writer.WriteAttribute("hash", Hash);
        writer.WriteEndElement();
    }

    /// <summary>Checks the cipher against the grammar's <c>keycipher</c>: name and size required, mode and hash together or not at all.</summary>
    /// <param name="validator">Where problems are collected.</param>
    /// <param name="path">This element's path.</param>
    void ILibvirtXmlValidatable.Validate(LibvirtXmlValidator validator, string path)
    {
        validator.Required(path + "/@name", Name);
        validator.Required(path + "/@size", Size);
        if ((Mode is null) != (Hash is null))
        {
            validator.Add(path, "mode and hash go together");
        }
    }
}

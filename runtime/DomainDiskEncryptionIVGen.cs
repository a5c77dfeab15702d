namespace LibvirtXml;

/// <summary>
/// The LUKS initialization vector generator: <c>&lt;ivgen name='plain64' hash='sha256'/&gt;</c>
/// (RELAX NG define <c>keyivgen</c> in <c>storagecommon.rng</c>). Go's libvirtxml drops this element; we keep it.
/// </summary>
public sealed class DomainDiskEncryptionIVGen : ILibvirtXmlSerializable
{
    /// <summary>Attribute <c>name</c> (required by the grammar): the generator algorithm, such as <c>plain64</c>. <see langword="null"/> when absent.</summary>
    public string? Name { get; set; }

    /// <summary>Attribute <c>hash</c>: the hash algorithm, such as <c>sha256</c>. <see langword="null"/> when absent.</summary>
    public string? Hash { get; set; }

    void ILibvirtXmlSerializable.ReadXml(LibvirtXmlReader reader)
    {
        var x = reader.Reader;
        Name = null;
        Hash = null;

        reader.Enter();
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
                case "hash":
                    Hash = x.Value;
                    break;
            }
        }

        x.MoveToElement();
        reader.SkipContent();
    }

    void ILibvirtXmlSerializable.WriteXml(LibvirtXmlWriter writer)
    {
        writer.WriteStartElement("ivgen");
        writer.WriteAttribute("name", Name);
        writer.WriteAttribute("hash", Hash);
        writer.WriteEndElement();
    }
}

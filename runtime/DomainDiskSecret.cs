namespace LibvirtXml;

/// <summary>
/// The secret holding an encryption passphrase: <c>&lt;secret type='passphrase' uuid='...'/&gt;</c>
/// (RELAX NG define <c>secret</c> in <c>storagecommon.rng</c>).
/// </summary>
public sealed class DomainDiskSecret : ILibvirtXmlSerializable
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
        var x = reader.Reader;
        Type = null;
        UUID = null;
        Usage = null;

        reader.Enter();
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
                case "uuid":
                    UUID = x.Value;
                    break;
                case "usage":
                    Usage = x.Value;
                    break;
            }
        }

        x.MoveToElement();
        reader.SkipContent();
    }

    void ILibvirtXmlSerializable.WriteXml(LibvirtXmlWriter writer)
    {
        writer.WriteStartElement("secret");
        writer.WriteAttribute("type", Type);
        writer.WriteAttribute("uuid", UUID);
        writer.WriteAttribute("usage", Usage);
        writer.WriteEndElement();
    }
}

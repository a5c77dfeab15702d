using System.Collections.Generic;

namespace LibvirtXml;

/// <summary>
/// How a backup target or scratch file is encrypted: <c>&lt;encryption format='luks'&gt;&lt;secret .../&gt;&lt;/encryption&gt;</c>
/// (RELAX NG define <c>backupEncryption</c> in <c>domainbackup.rng</c>; the storage-wide <c>encryption</c> define in
/// <c>storagecommon.rng</c> has the same shape with more formats and engines).
/// </summary>
public sealed class DomainDiskEncryption : ILibvirtXmlSerializable
{
    /// <summary>
    /// Attribute <c>format</c> (required): the encryption format. Backups allow <c>luks</c>; storage also allows
    /// <c>default</c>, <c>qcow</c>, <c>luks2</c> and <c>luks-any</c>. <see langword="null"/> when absent.
    /// </summary>
    public string? Format { get; set; }

    /// <summary>
    /// Attribute <c>engine</c>: who performs the encryption, <c>qemu</c> (storage also allows <c>librbd</c>).
    /// <see langword="null"/> when absent (the hypervisor's default).
    /// </summary>
    public string? Engine { get; set; }

    /// <summary>The <c>&lt;secret&gt;</c> child elements, in document order. Empty when there is none.</summary>
    public List<DomainDiskSecret> Secrets { get; set; } = new();

    /// <summary>The <c>&lt;cipher&gt;</c> child element. <see langword="null"/> when absent.</summary>
    public DomainDiskEncryptionCipher? Cipher { get; set; }

    /// <summary>The <c>&lt;ivgen&gt;</c> child element. <see langword="null"/> when absent.</summary>
    public DomainDiskEncryptionIVGen? IVGen { get; set; }

    void ILibvirtXmlSerializable.ReadXml(LibvirtXmlReader reader)
    {
        var x = reader.Reader;
        Format = null;
        Engine = null;
        Secrets = new List<DomainDiskSecret>();
        Cipher = null;
        IVGen = null;

        reader.Enter();
        for (var more = x.MoveToFirstAttribute(); more; more = x.MoveToNextAttribute())
        {
            if (x.NamespaceURI.Length != 0)
            {
                continue;
            }

            switch (x.LocalName)
            {
                case "format":
                    Format = x.Value;
                    break;
                case "engine":
                    Engine = x.Value;
                    break;
            }
        }

        x.MoveToElement();
        if (reader.BeginChildren())
        {
            while (reader.NextChild())
            {
                if (x.NamespaceURI.Length == 0)
                {
                    switch (x.LocalName)
                    {
                        case "secret":
                            var secret = new DomainDiskSecret();
                            ((ILibvirtXmlSerializable)secret).ReadXml(reader);
                            Secrets.Add(secret);
                            continue;
                        case "cipher":
                            var cipher = new DomainDiskEncryptionCipher();
                            ((ILibvirtXmlSerializable)cipher).ReadXml(reader);
                            Cipher = cipher;
                            continue;
                        case "ivgen":
                            var ivgen = new DomainDiskEncryptionIVGen();
                            ((ILibvirtXmlSerializable)ivgen).ReadXml(reader);
                            IVGen = ivgen;
                            continue;
                    }
                }

                reader.SkipElement();
            }
        }
    }

    void ILibvirtXmlSerializable.WriteXml(LibvirtXmlWriter writer)
    {
        // libvirt's order (virStorageEncryptionFormat): attributes, secrets, cipher, ivgen.
        writer.WriteStartElement("encryption");
        writer.WriteAttribute("format", Format);
        writer.WriteAttribute("engine", Engine);
        if (Secrets is not null)
        {
            foreach (var secret in Secrets)
            {
                if (secret is not null)
                {
                    ((ILibvirtXmlSerializable)secret).WriteXml(writer);
                }
            }
        }

        if (Cipher is not null)
        {
            ((ILibvirtXmlSerializable)Cipher).WriteXml(writer);
        }

        if (IVGen is not null)
        {
            ((ILibvirtXmlSerializable)IVGen).WriteXml(writer);
        }

        writer.WriteEndElement();
    }
}

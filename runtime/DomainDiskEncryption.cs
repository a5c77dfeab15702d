using System.Collections.Generic;
using System.Xml.Linq;

namespace LibvirtXml;

/// <summary>
/// How a backup target or scratch file is encrypted: <c>&lt;encryption format='luks'&gt;&lt;secret .../&gt;&lt;/encryption&gt;</c>
/// (RELAX NG define <c>backupEncryption</c> in <c>domainbackup.rng</c>; the storage-wide <c>encryption</c> define in
/// <c>storagecommon.rng</c> has the same shape with more formats and engines).
/// </summary>
public sealed class DomainDiskEncryption : LibvirtXmlElement, ILibvirtXmlSerializable, ILibvirtXmlValidatable
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
        var x = reader;
        Format = null;
        Engine = null;
        Secrets = new List<DomainDiskSecret>();
        Cipher = null;
        IVGen = null;

        _unknownContent = null;
        reader.Enter();
        string? lastAttribute = null;
        for (var more = x.MoveToFirstAttribute(); more; more = x.MoveToNextAttribute())
        {
            if (x.NamespaceURI.Length == 0)
            {
                switch (x.LocalName)
                {
                    case "format":
                        Format = x.Value;
                        lastAttribute = x.LocalName;
                        continue;
                    case "engine":
                        Engine = x.Value;
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
                if (x.NamespaceURI.Length == 0)
                {
                    switch (x.LocalName)
                    {
                        case "secret":
                            var secret = new DomainDiskSecret();
                            ((ILibvirtXmlSerializable)secret).ReadXml(reader);
                            Secrets.Add(secret);
                            lastElement = name;
                            continue;
                        case "cipher" when Cipher is null:
                            var cipher = new DomainDiskEncryptionCipher();
                            ((ILibvirtXmlSerializable)cipher).ReadXml(reader);
                            Cipher = cipher;
                            lastElement = name;
                            continue;
                        case "ivgen" when IVGen is null:
                            var ivgen = new DomainDiskEncryptionIVGen();
                            ((ILibvirtXmlSerializable)ivgen).ReadXml(reader);
                            IVGen = ivgen;
                            lastElement = name;
                            continue;
                    }
                }

                reader.ReadUnknownElement(ref _unknownContent, lastElement);
            }
        }
    }

    void ILibvirtXmlSerializable.WriteXml(LibvirtXmlWriter writer)
    {
        // libvirt's order (virStorageEncryptionFormat): attributes, secrets, cipher, ivgen.
        writer.WriteStartElement("encryption", _unknownContent);
        writer.WriteAttribute("format", Format);
        writer.WriteAttribute("engine", Engine);
        if (Secrets is not null)
        {
            for (var i = 0; i < Secrets.Count; i++)
            {
                var secret = Secrets[i];
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

    /// <summary>
    /// Checks the encryption against domainbackup.rng's <c>backupEncryption</c>: format <c>luks</c>, engine <c>qemu</c> if any,
    /// exactly one secret, and cipher and ivgen together or not at all.
    /// </summary>
    /// <param name="validator">Where problems are collected.</param>
    /// <param name="path">This element's path.</param>
    void ILibvirtXmlValidatable.Validate(LibvirtXmlValidator validator, string path)
    {
        if (validator.Required(path + "/@format", Format))
        {
            validator.Check(path + "/@format", Format, ValueRules.Luks);
        }

        validator.Check(path + "/@engine", Engine, ValueRules.Qemu);
        var secrets = Secrets ?? new List<DomainDiskSecret>();
        if (secrets.Count != 1)
        {
            validator.Add(path, "needs exactly one <secret>, has " + secrets.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        for (var i = 0; i < secrets.Count; i++)
        {
            ((ILibvirtXmlValidatable)secrets[i]).Validate(validator, path + "/secret[" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + "]");
        }

        if ((Cipher is null) != (IVGen is null))
        {
            validator.Add(path, "cipher and ivgen go together");
        }

        if (Cipher is not null)
        {
            ((ILibvirtXmlValidatable)Cipher).Validate(validator, path + "/cipher");
        }

        if (IVGen is not null)
        {
            ((ILibvirtXmlValidatable)IVGen).Validate(validator, path + "/ivgen");
        }
    }
}

using System.Collections.Generic;
using System.ComponentModel;
using System.Xml.Linq;

namespace LibvirtXml;

/// <summary>
/// Where a backup disk is written: the <c>&lt;target&gt;</c> element of a push backup disk or the
/// <c>&lt;scratch&gt;</c> element of a pull backup disk (in <c>domainbackup.rng</c>: <c>backupDisksPush</c> and
/// <c>backupDisksPull</c>). Which branch applies is decided by the owning disk's <c>type</c> attribute:
/// <c>type='file'</c> is <see cref="File"/>, <c>type='block'</c> is <see cref="Block"/>; set at most one.
/// </summary>
public sealed partial class DomainDiskSource : LibvirtXmlElement, ILibvirtXmlValidatable
{
    /// <summary>
    /// The file branch (<c>file</c> and <c>fdgroup</c> attributes and the security labels), for a disk with
    /// <c>type='file'</c>. <see langword="null"/> when the source is not a file.
    /// </summary>
    public DomainDiskSourceFile? File { get; set; }

    /// <summary>
    /// The block device branch (<c>dev</c> attribute and the security labels), for a disk with
    /// <c>type='block'</c>. <see langword="null"/> when the source is not a block device.
    /// </summary>
    public DomainDiskSourceBlock? Block { get; set; }

    /// <summary>The <c>&lt;encryption&gt;</c> child element. <see langword="null"/> when the output is not encrypted.</summary>
    public DomainDiskEncryption? Encryption { get; set; }

    /// <summary>
    /// The value the owning disk's <c>type</c> attribute must have for this source: <c>file</c> when
    /// <see cref="File"/> is set, <c>block</c> when <see cref="Block"/> is set, <see langword="null"/> when neither
    /// or both are set (writing then leaves <c>type</c> out, or fails).
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public string? OwnerType => File is not null
        ? (Block is null ? "file" : null)
        : (Block is not null ? "block" : null);

    /// <summary>
    /// Reads a <c>&lt;target&gt;</c> or <c>&lt;scratch&gt;</c> element. Called by generated code on the element's start tag;
    /// returns with the reader after its end tag.
    /// </summary>
    /// <param name="reader">The reader, on the element's start tag.</param>
    /// <param name="ownerType">The owning disk's <c>type</c> attribute as read, or <see langword="null"/> when it has
    /// none; then the branch is inferred: a <c>dev</c> attribute without a <c>file</c> attribute means
    /// <see cref="Block"/>, anything else <see cref="File"/>.</param>
    /// <returns>The source, with exactly one of <see cref="File"/> and <see cref="Block"/> set.</returns>
    /// <exception cref="LibvirtXmlException"><paramref name="ownerType"/> is neither <c>file</c> nor <c>block</c>,
    /// or the element's content is invalid.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static DomainDiskSource ReadXml(LibvirtXmlReader reader, string? ownerType)
    {
        var isBlock = false;
        if (ownerType is not null)
        {
            if (LibvirtXmlReader.TokenEquals(ownerType, "block"))
            {
                isBlock = true;
            }
            else if (!LibvirtXmlReader.TokenEquals(ownerType, "file"))
            {
                // Reported before entering, so the path names the disk whose attribute is wrong.
                throw reader.Error("unknown disk type '" + ownerType + "'");
            }
        }

        var x = reader;
        if (ownerType is null)
        {
            isBlock = x.GetAttribute("dev") is not null && x.GetAttribute("file") is null;
        }

        // The branch is known before the attributes are read, so the other branch's attributes stay as unknown content.
        var source = new DomainDiskSource();
        DomainDiskSourceBlock? block = null;
        DomainDiskSourceFile? fileSource = null;
        if (isBlock)
        {
            source.Block = block = new DomainDiskSourceBlock();
        }
        else
        {
            source.File = fileSource = new DomainDiskSourceFile();
        }

        reader.Enter();
        string? lastAttribute = null;
        for (var more = x.MoveToFirstAttribute(); more; more = x.MoveToNextAttribute())
        {
            if (x.NamespaceURI.Length == 0 && source.ReadAttribute(x.LocalName, x.Value))
            {
                lastAttribute = x.LocalName;
                continue;
            }

            reader.ReadUnknownAttribute(ref source._unknownContent, lastAttribute);
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
                    switch (name)
                    {
                        case "seclabel":
                            var secLabel = new DomainDeviceSecLabel();
                            ((ILibvirtXmlSerializable)secLabel).ReadXml(reader);
                            // The list is created on first use: most sources have no label.
                            (block?.SecLabel ?? fileSource!.SecLabel).Add(secLabel);
                            lastElement = name;
                            continue;
                        case "encryption" when source.Encryption is null:
                            var encryption = new DomainDiskEncryption();
                            ((ILibvirtXmlSerializable)encryption).ReadXml(reader);
                            source.Encryption = encryption;
                            lastElement = name;
                            continue;
                    }
                }

                reader.ReadUnknownElement(ref source._unknownContent, lastElement);
            }
        }

        return source;
    }

    private bool ReadAttribute(string name, string value)
    {
        switch (name)
        {
            case "file" when File is not null:
                File.File = value;
                return true;
            case "fdgroup" when File is not null:
                File.FDGroup = value;
                return true;
            case "dev" when Block is not null:
                Block.Dev = value;
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// Writes this source as the element <paramref name="elementName"/> (<c>target</c> or <c>scratch</c>) in libvirt's
    /// order: <c>file</c> (or <c>dev</c>), <c>fdgroup</c>, then the security labels, then the encryption.
    /// </summary>
    /// <param name="writer">The writer.</param>
    /// <param name="elementName">The element name.</param>
    /// <exception cref="LibvirtXmlException">Both <see cref="File"/> and <see cref="Block"/> are set.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteXml(LibvirtXmlWriter writer, string elementName)
    {
        if (File is not null && Block is not null)
        {
            throw writer.Error("both File and Block are set in <" + elementName + ">");
        }

        writer.WriteStartElement(elementName, _unknownContent);
        List<DomainDeviceSecLabel>? secLabels = null;
        if (File is not null)
        {
            writer.WriteAttribute("file", File.File);
            writer.WriteAttribute("fdgroup", File.FDGroup);
            secLabels = File.SecLabelIfCreated;
        }
        else if (Block is not null)
        {
            writer.WriteAttribute("dev", Block.Dev);
            secLabels = Block.SecLabelIfCreated;
        }

        if (secLabels is not null)
        {
            // Index loops rather than foreach here and below: a first Marshal then loads no List<T>.Enumerator types.
            for (var i = 0; i < secLabels.Count; i++)
            {
                var secLabel = secLabels[i];
                if (secLabel is not null)
                {
                    ((ILibvirtXmlSerializable)secLabel).WriteXml(writer);
                }
            }
        }

        if (Encryption is not null)
        {
            ((ILibvirtXmlSerializable)Encryption).WriteXml(writer);
        }

        writer.WriteEndElement();
    }

    /// <summary>
    /// Checks the source against domainbackup.rng's <c>&lt;target&gt;</c>/<c>&lt;scratch&gt;</c>: exactly one branch, an absolute
    /// <c>file</c> or <c>dev</c> path, valid security labels and encryption.
    /// </summary>
    /// <param name="validator">Where problems are collected.</param>
    /// <param name="path">This element's path.</param>
    void ILibvirtXmlValidatable.Validate(LibvirtXmlValidator validator, string path)
    {
        if (File is not null && Block is not null)
        {
            validator.Add(path, "both File and Block are set");
        }
        else if (File is null && Block is null)
        {
            validator.Add(path, "neither File nor Block is set");
        }

        List<DomainDeviceSecLabel>? secLabels = null;
        if (File is not null)
        {
            if (validator.Required(path + "/@file", File.File))
            {
                validator.Check(path + "/@file", File.File, ValueRules.AbsoluteFilePath);
            }

            secLabels = File.SecLabel;
        }
        else if (Block is not null)
        {
            if (validator.Required(path + "/@dev", Block.Dev))
            {
                validator.Check(path + "/@dev", Block.Dev, ValueRules.AbsoluteFilePath);
            }

            secLabels = Block.SecLabel;
        }

        for (var i = 0; secLabels is not null && i < secLabels.Count; i++)
        {
            ((ILibvirtXmlValidatable)secLabels[i]).Validate(validator, path + "/seclabel[" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + "]");
        }

        if (Encryption is not null)
        {
            ((ILibvirtXmlValidatable)Encryption).Validate(validator, path + "/encryption");
        }
    }
}

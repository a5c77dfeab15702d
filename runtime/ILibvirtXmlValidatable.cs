using System.ComponentModel;

namespace LibvirtXml;

/// <summary>
/// Implemented by generated element classes and the runtime's libvirt types: checks the object against the grammar.
/// Generated code calls it; users call a document's <c>Validate()</c>.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface ILibvirtXmlValidatable
{
    /// <summary>Adds to <paramref name="validator"/> every way this element breaks the grammar's constraints.</summary>
    /// <param name="validator">Where problems are collected.</param>
    /// <param name="path">This element's path, such as <c>/domainbackup/disks/disk[2]</c>.</param>
    void Validate(LibvirtXmlValidator validator, string path);
}

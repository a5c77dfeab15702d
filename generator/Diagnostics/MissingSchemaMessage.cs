namespace LibvirtXml.Generator.Diagnostics;

/// <summary>
/// The LVX0009 text. The package's targets raise the same error with the same advice before the compiler runs
/// (schemas/LibvirtXml.Generated.targets); the generator reports it when a root reaches it without text anyway.
/// A test keeps the two texts identical.
/// </summary>
internal static class MissingSchemaMessage
{
    public const string Advice =
        "libvirt's RELAX NG schemas come with libvirt: on Debian and Ubuntu install the 'libvirt0' package (they land in /usr/share/libvirt/schemas); " +
        "elsewhere use a libvirt source checkout's src/conf/schemas. Set LibvirtSchemaDirectory (or the item's path) to that folder.";

    public static string For(string path) => $"LibvirtSchema '{path}' does not exist. {Advice}";
}

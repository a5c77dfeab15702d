namespace LibvirtXml.EndToEnd;

/// <summary>Sizes used to place writes on the test disk, a 16 MiB qcow2 image with 64 KiB clusters.</summary>
internal static class Sizes
{
    public const long MiB = 1024 * 1024;

    /// <summary>qcow2's default cluster size, the granularity of libvirt's checkpoint bitmaps.</summary>
    public const long Cluster = 64 * 1024;
}

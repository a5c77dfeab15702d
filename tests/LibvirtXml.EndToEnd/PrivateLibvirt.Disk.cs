namespace LibvirtXml.EndToEnd;

/// <summary>Changing the running domain's disk, as a guest would, so that checkpoints have something to track.</summary>
public sealed partial class PrivateLibvirt
{
    // The virtio-blk device of the domain's first virtio disk, whose libvirt alias is virtio-disk0.
    private const string DiskDevice = "/machine/peripheral/virtio-disk0/virtio-backend";

    /// <summary>
    /// Fills <paramref name="length"/> bytes at <paramref name="offset"/> of the running disk with <paramref name="pattern"/>.
    /// The domain has no operating system, so QEMU's monitor writes through the disk's block backend, which is what
    /// marks the checkpoints' dirty bitmaps.
    /// </summary>
    public void WriteToDisk(byte pattern, long offset, long length)
    {
        var monitorOutput = VirshChecked("qemu-monitor-command", DomainName, "--hmp",
            $"qemu-io -d {DiskDevice} \"write -P 0x{pattern:x2} {offset} {length}\"");
        // The monitor command reports qemu-io's errors as output, not as a failure.
        if (monitorOutput.Trim().Length != 0) throw new System.InvalidOperationException("qemu-io in the monitor failed: " + monitorOutput);
    }
}

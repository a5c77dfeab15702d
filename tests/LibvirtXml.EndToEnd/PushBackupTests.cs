namespace LibvirtXml.EndToEnd;

/// <summary>A full push backup: libvirt writes the disk to a target image that our XML names.</summary>
[Collection(PrivateLibvirtCollection.Name)]
public sealed class PushBackupTests(PrivateLibvirt libvirt)
{
    [EndToEndFact]
    public void A_full_push_backup_from_our_xml_copies_the_disk_into_a_new_qcow2_image()
    {
        var target = libvirt.NewPath("vda-full.qcow2");

        libvirt.BeginBackup(BackupDocuments.FullPush(target).Marshal());
        var job = libvirt.WaitForBackupToFinish();

        BackupJobAssert.Completed(job);
        var source = QemuImage.Info(libvirt.DiskImage);
        var copy = QemuImage.Info(target);
        Assert.Equal("qcow2", copy.GetProperty("format").GetString());
        Assert.Equal(source.GetProperty("virtual-size").GetInt64(), copy.GetProperty("virtual-size").GetInt64());
        Assert.False(copy.TryGetProperty("backing-filename", out _), "a full backup stands alone");
        var comparison = QemuImage.Compare(libvirt.DiskImage, target);
        Assert.True(comparison.ExitCode == 0, comparison.ToString());
    }
}

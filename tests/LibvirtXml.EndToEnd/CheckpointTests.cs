using System;

namespace LibvirtXml.EndToEnd;

/// <summary>Checkpoints created from our XML and read back from libvirt's.</summary>
[Collection(PrivateLibvirtCollection.Name)]
public sealed class CheckpointTests(PrivateLibvirt libvirt)
{
    [EndToEndFact]
    public void A_checkpoint_from_our_xml_is_read_back_from_libvirts_checkpoint_dumpxml()
    {
        var before = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        libvirt.CreateCheckpoint(BackupDocuments.Checkpoint("cp-parent").Marshal());
        libvirt.CreateCheckpoint(BackupDocuments.Checkpoint("cp-child", "made by the end-to-end tests").Marshal());
        var after = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        var checkpoint = DomainCheckpoint.Parse(libvirt.CheckpointDumpXml("cp-child", "--no-domain"));

        Assert.Equal("cp-child", checkpoint.Name);
        Assert.Equal("made by the end-to-end tests", checkpoint.Description);
        Assert.Equal("cp-parent", checkpoint.Parent!.Name);
        Assert.InRange(checkpoint.CreationTime!.Value, (ulong)before, (ulong)after);
        var disk = Assert.Single(checkpoint.Disks!.Disks);
        Assert.Equal(("vda", "bitmap", "cp-child"), (disk.Name, disk.Checkpoint, disk.Bitmap));
        Assert.Null(disk.Size);
        Assert.Null(checkpoint.Domain);
    }

    [EndToEndFact]
    public void The_size_libvirt_reports_for_a_checkpoint_is_what_was_written_since()
    {
        libvirt.CreateCheckpoint(BackupDocuments.Checkpoint("cp-size").Marshal());
        libvirt.WriteToDisk(pattern: 0x11, offset: 5 * Sizes.MiB, length: 2 * Sizes.Cluster);

        var checkpoint = DomainCheckpoint.Parse(libvirt.CheckpointDumpXml("cp-size", "--no-domain", "--size"));

        Assert.Equal(2UL * Sizes.Cluster, Assert.Single(checkpoint.Disks!.Disks).Size);
    }

    [EndToEndFact]
    public void A_checkpoint_with_its_domain_carries_the_running_domains_definition()
    {
        libvirt.CreateCheckpoint(BackupDocuments.Checkpoint("cp-domain").Marshal());

        var checkpoint = DomainCheckpoint.Parse(libvirt.CheckpointDumpXml("cp-domain"));

        Assert.Equal("qemu", (string?)checkpoint.Domain!.Attribute("type"));
        Assert.Equal(libvirt.DomainName, (string?)checkpoint.Domain.Element("name"));
    }
}

using System.Linq;

namespace LibvirtXml.EndToEnd;

/// <summary>Incremental backups since a checkpoint: only what was written after it is copied or marked.</summary>
[Collection(PrivateLibvirtCollection.Name)]
public sealed class IncrementalBackupTests(PrivateLibvirt libvirt)
{
    [EndToEndFact]
    public void An_incremental_push_backup_holds_exactly_what_was_written_since_the_checkpoint()
    {
        libvirt.CreateCheckpoint(BackupDocuments.Checkpoint("cp-push").Marshal());
        var changed = (Start: 2 * Sizes.MiB, Length: Sizes.Cluster);
        libvirt.WriteToDisk(0xa5, changed.Start, changed.Length);
        var target = libvirt.NewPath("vda-incremental.qcow2");

        libvirt.BeginBackup(BackupDocuments.IncrementalPush("cp-push", target).Marshal());
        var job = libvirt.WaitForBackupToFinish();

        BackupJobAssert.Completed(job);
        // libvirt makes the disk the incremental image's backing file; read the image alone to see what was copied.
        Assert.Equal(libvirt.DiskImage, QemuImage.Info(target).GetProperty("backing-filename").GetString());
        var alone = QemuImage.WithoutBacking(target);
        var copied = QemuImage.Map(alone).Where(e => e.Data).Select(e => (e.Start, e.Length));
        Assert.Equal(new[] { changed }, copied);
        var content = QemuImage.ReadAll(alone, libvirt.NewPath("vda-incremental.raw"));
        Assert.All(content.Skip((int)changed.Start).Take((int)changed.Length), b => Assert.Equal(0xa5, b));
        // Over its backing file, the incremental image is the disk as it is now.
        var comparison = QemuImage.Compare(libvirt.DiskImage, target);
        Assert.True(comparison.ExitCode == 0, comparison.ToString());
    }

    [EndToEndFact]
    public void An_incremental_pull_backup_exports_the_disk_with_a_bitmap_of_what_changed_since_the_checkpoint()
    {
        libvirt.CreateCheckpoint(BackupDocuments.Checkpoint("cp-pull").Marshal());
        var changed = (Start: 3 * Sizes.MiB, Length: 3 * Sizes.Cluster);
        libvirt.WriteToDisk(0x5e, changed.Start, changed.Length);
        var socket = libvirt.NewPath("nbd.sock");
        var scratch = libvirt.NewPath("vda.scratch");

        libvirt.BeginBackup(BackupDocuments.IncrementalPull("cp-pull", socket, "vda-incremental", "since-cp-pull", scratch).Marshal());
        try
        {
            var running = DomainBackup.Parse(libvirt.BackupDumpXml());

            Assert.Equal("cp-pull", running.Incremental);
            Assert.Equal(socket, running.Pull!.Server!.UNIX!.Socket);
            var disk = Assert.Single(running.Pull.Disks!.Disks);
            Assert.Equal(("vda", "yes", "file"), (disk.Name, disk.Backup, disk.Type));
            Assert.Equal(("incremental", "cp-pull"), (disk.BackupMode, disk.Incremental));
            Assert.Equal(("vda-incremental", "since-cp-pull"), (disk.ExportName, disk.ExportBitmap));
            Assert.Equal(scratch, disk.Scratch!.File!.File);

            var bitmap = QemuImage.Map(QemuImage.NbdDirtyBitmap(socket, "vda-incremental", "since-cp-pull"));
            Assert.Equal(new[] { changed }, bitmap.Where(e => !e.Data).Select(e => (e.Start, e.Length)));
            var comparison = QemuImage.Compare(libvirt.DiskImage, QemuImage.NbdUri(socket, "vda-incremental"));
            Assert.True(comparison.ExitCode == 0, comparison.ToString());
        }
        finally
        {
            libvirt.AbortBackup();
        }
    }
}

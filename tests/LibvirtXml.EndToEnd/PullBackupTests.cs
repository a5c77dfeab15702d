using System.IO;

namespace LibvirtXml.EndToEnd;

/// <summary>A full pull backup: libvirt exports the disk over NBD on a unix socket until the job is aborted.</summary>
[Collection(PrivateLibvirtCollection.Name)]
public sealed class PullBackupTests(PrivateLibvirt libvirt)
{
    [EndToEndFact]
    public void A_full_pull_backup_over_a_unix_socket_is_described_by_libvirt_and_exports_what_a_push_backup_writes()
    {
        var pushed = libvirt.NewPath("vda-pushed.qcow2");
        libvirt.BeginBackup(BackupDocuments.FullPush(pushed).Marshal());
        BackupJobAssert.Completed(libvirt.WaitForBackupToFinish());
        var socket = libvirt.NewPath("nbd.sock");
        var scratch = libvirt.NewPath("vda.scratch");
        var pulled = libvirt.NewPath("vda-pulled.qcow2");

        libvirt.BeginBackup(BackupDocuments.FullPull(socket, "vda-full", scratch).Marshal());
        try
        {
            var running = DomainBackup.Parse(libvirt.BackupDumpXml());

            Assert.Null(running.Push);
            Assert.Null(running.Incremental);
            var server = running.Pull!.Server!;
            Assert.Null(server.TCP);
            Assert.Null(server.FD);
            Assert.Equal(socket, server.UNIX!.Socket);
            var disk = Assert.Single(running.Pull.Disks!.Disks);
            Assert.Equal(("vda", "yes", "file", "full"), (disk.Name, disk.Backup, disk.Type, disk.BackupMode));
            Assert.Equal("vda-full", disk.ExportName);
            Assert.Null(disk.ExportBitmap);
            Assert.Equal("qcow2", disk.Driver!.Type);
            Assert.Equal(scratch, disk.Scratch!.File!.File);

            QemuImage.CopyExport(socket, "vda-full", pulled);
        }
        finally
        {
            libvirt.AbortBackup();
        }

        Assert.False(libvirt.HasJob());
        Assert.False(File.Exists(socket), "libvirt removes the NBD socket with the job");
        var comparison = QemuImage.Compare(pushed, pulled);
        Assert.True(comparison.ExitCode == 0, comparison.ToString());
    }
}

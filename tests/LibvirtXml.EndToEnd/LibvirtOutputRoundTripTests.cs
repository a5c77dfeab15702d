using System.Text.RegularExpressions;

namespace LibvirtXml.EndToEnd;

/// <summary>What libvirt itself writes for running jobs and checkpoints survives a trip through our types.</summary>
[Collection(PrivateLibvirtCollection.Name)]
public sealed class LibvirtOutputRoundTripTests(PrivateLibvirt libvirt)
{
    public static TheoryData<string> PullJobs => new() { "minimal", "incremental" };

    public static TheoryData<string> CheckpointDumps => new() { "without-domain", "with-domain" };

    /// <summary>
    /// libvirt writes index='N' on every disk of a running job, which domainbackup.rng lacks: it must come back, in place,
    /// with everything the grammar describes, byte for byte.
    /// </summary>
    [EndToEndTheory]
    [MemberData(nameof(PullJobs))]
    public void Libvirts_backup_xml_of_a_running_pull_job_round_trips_losslessly(string job)
    {
        var libvirtXml = RunningPullBackupXml(job);

        var backup = DomainBackup.Parse(libvirtXml);
        var output = backup.Marshal();

        Assert.Matches(DiskIndex, libvirtXml);
        Assert.All(backup.Pull!.Disks!.Disks, disk => Assert.Contains(disk.UnknownAttributes, a => a.Name == "index"));
        LosslessXml.AssertSame(libvirtXml, output);
        Assert.Equal(libvirtXml, output);
    }

    [EndToEndTheory]
    [MemberData(nameof(CheckpointDumps))]
    public void Libvirts_checkpoint_xml_round_trips_byte_identical(string dump)
    {
        var name = PrivateLibvirt.NewName("cp-dump");
        libvirt.CreateCheckpoint(BackupDocuments.Checkpoint(name, "round trip").Marshal());
        var libvirtXml = dump == "with-domain" ? libvirt.CheckpointDumpXml(name) : libvirt.CheckpointDumpXml(name, "--no-domain");

        var output = DomainCheckpoint.Parse(libvirtXml).Marshal();

        LosslessXml.AssertSame(libvirtXml, output);
        Assert.Equal(libvirtXml, output);
    }

    // libvirt's internal number of the disk's image chain node, written on running jobs' disks (not in domainbackup.rng).
    private static readonly Regex DiskIndex = new(" index='[0-9]+'");

    /// <summary>
    /// Starts a pull job from our XML, returns libvirt's description of it, and aborts it. A pull job, because a push
    /// backup of the small test disk finishes before <c>backup-dumpxml</c> can see it.
    /// </summary>
    private string RunningPullBackupXml(string job)
    {
        var socket = libvirt.NewPath("nbd.sock");
        DomainBackup backup;
        if (job == "incremental")
        {
            var checkpoint = PrivateLibvirt.NewName("cp-round-trip");
            libvirt.CreateCheckpoint(BackupDocuments.Checkpoint(checkpoint).Marshal());
            backup = BackupDocuments.IncrementalPull(checkpoint, socket, "vda-export", "vda-bitmap", libvirt.NewPath("vda.scratch"));
        }
        else
        {
            // Only the server: libvirt picks the disks, their export names and scratch files itself.
            // (libvirt 9.0 fails with "argument key 'filename' must not have null value" on a listed disk without scratch.)
            backup = new DomainBackup
            {
                Pull = new DomainBackupPull { Server = new DomainBackupPullServer { UNIX = new DomainBackupPullServerUNIX { Socket = socket } } },
            };
        }

        libvirt.BeginBackup(backup.Marshal());
        try
        {
            return libvirt.BackupDumpXml();
        }
        finally
        {
            libvirt.AbortBackup();
        }
    }
}

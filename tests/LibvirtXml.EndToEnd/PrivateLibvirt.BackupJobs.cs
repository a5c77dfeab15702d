using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;

namespace LibvirtXml.EndToEnd;

/// <summary>Starting, waiting for and aborting backup jobs on the test domain.</summary>
public sealed partial class PrivateLibvirt
{
    private static readonly TimeSpan JobTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Runs <c>virsh backup-begin</c> with the XML, optionally creating a checkpoint with it; returns what virsh said.</summary>
    public CommandResult TryBeginBackup(string backupXml, string? checkpointXml = null)
    {
        // Statistics of an earlier job that nobody read would otherwise pass for this job's.
        DiscardCompletedJobStatistics();
        var arguments = new List<string> { "backup-begin", DomainName, WriteXmlFile("backup.xml", backupXml) };
        if (checkpointXml is not null) arguments.Add(WriteXmlFile("checkpoint.xml", checkpointXml));
        return Virsh(arguments.ToArray());
    }

    /// <summary>Starts a backup job; fails with libvirt's message when libvirt refuses the XML.</summary>
    public void BeginBackup(string backupXml, string? checkpointXml = null)
    {
        var result = TryBeginBackup(backupXml, checkpointXml);
        if (!result.Succeeded) throw new InvalidOperationException("libvirt refused the backup:\n" + result + "\n--- backup XML:\n" + backupXml);
    }

    /// <summary>
    /// Waits until the running (push) backup job has finished and returns libvirt's statistics of the finished job
    /// (<c>virsh domjobinfo --completed</c>: "Job type", "Operation", "File processed", ...).
    /// </summary>
    public IReadOnlyDictionary<string, string> WaitForBackupToFinish()
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var statistics = JobStatistics("--completed");
            if (statistics.GetValueOrDefault("Job type", "None") != "None") return statistics;
            if (clock.Elapsed > JobTimeout) throw new TimeoutException($"the backup job did not finish in {JobTimeout.TotalSeconds} s");
            Thread.Sleep(50);
        }
    }

    /// <summary>Ends the running (pull) backup job, the way a pull backup's client says it is done, and waits until it is gone.</summary>
    public void AbortBackup()
    {
        VirshChecked("domjobabort", DomainName);
        var clock = Stopwatch.StartNew();
        while (HasJob())
        {
            if (clock.Elapsed > JobTimeout) throw new TimeoutException($"the aborted backup job did not end in {JobTimeout.TotalSeconds} s");
            Thread.Sleep(50);
        }
        DiscardCompletedJobStatistics();
    }

    /// <summary>Whether the domain has a job running (<c>virsh domjobinfo</c> says something other than "None").</summary>
    public bool HasJob() => JobStatistics().GetValueOrDefault("Job type", "None") != "None";

    /// <summary>libvirt's description of the running backup job (<c>virsh backup-dumpxml</c>).</summary>
    public string BackupDumpXml() => VirshChecked("backup-dumpxml", DomainName);

    // Reading completed statistics without --keep-completed discards them.
    private void DiscardCompletedJobStatistics() => JobStatistics("--completed");

    private Dictionary<string, string> JobStatistics(params string[] flags) =>
        VirshChecked(new[] { "domjobinfo", DomainName }.Concat(flags).ToArray())
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[0].Trim(), parts => parts[1].Trim());
}

using System.Collections.Generic;

namespace LibvirtXml.EndToEnd;

/// <summary>Assertions on libvirt's statistics of a finished job (<c>virsh domjobinfo --completed</c>).</summary>
internal static class BackupJobAssert
{
    public static void Completed(IReadOnlyDictionary<string, string> job)
    {
        Assert.Equal("Backup", job["Operation"]);
        // A failed or cancelled job is also reported as "Completed", with libvirt's error message beside it.
        Assert.Null(job.GetValueOrDefault("Error message"));
        Assert.Equal("Completed", job["Job type"]);
    }
}

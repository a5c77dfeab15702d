using System.Text;
using LibvirtXml;

/// <summary>One line per fact of a pull backup document, so that a test can check what was unmarshalled.</summary>
internal static class BackupDescription
{
    public static string Describe(DomainBackup backup)
    {
        var text = new StringBuilder();
        text.Append("incremental: ").Append(backup.Incremental ?? "(none)").Append('\n');
        if (backup.Pull is not { } pull) return text.Append("not a pull backup\n").ToString();
        if (pull.Server?.TCP is { } tcp) text.Append("server: tcp ").Append(tcp.Name).Append(':').Append(tcp.Port).Append('\n');
        foreach (var disk in pull.Disks?.Disks ?? new())
        {
            text.Append("disk ").Append(disk.Name).Append(": backup=").Append(disk.Backup ?? "(default)");
            if (disk.BackupMode is { } mode) text.Append(" mode=").Append(mode);
            if (disk.Scratch?.File is { } scratch) text.Append(" scratch=").Append(scratch.File);
            text.Append('\n');
        }
        return text.ToString();
    }
}

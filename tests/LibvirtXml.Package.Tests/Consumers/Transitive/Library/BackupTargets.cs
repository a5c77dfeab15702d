using LibvirtXml;

namespace Backups.Library
{
    /// <summary>Disk sources for backup targets, written against the package's runtime types (this library has no schema of its own).</summary>
    public static class BackupTargets
    {
        public static DomainDiskSource RawFile(string path) => new DomainDiskSource { File = new DomainDiskSourceFile { File = path } };
    }
}

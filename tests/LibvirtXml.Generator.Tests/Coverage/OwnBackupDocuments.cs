using System.Collections.Generic;

namespace LibvirtXml.Generator.Tests.Coverage;

/// <summary>The backup documents written for this project (tests/documents/domainbackup), full paths in a stable order.</summary>
internal static class OwnBackupDocuments
{
    public static IReadOnlyList<string> All => CoveragePaths.XmlFilesOf(CoveragePaths.OwnBackupDocuments);
}

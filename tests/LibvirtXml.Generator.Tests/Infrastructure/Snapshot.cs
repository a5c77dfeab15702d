using System;
using System.IO;

namespace LibvirtXml.Generator.Tests.Infrastructure;

/// <summary>
/// Compares text with a checked-in expected file (Verify.SourceGenerators is not served by the registry used here).
/// With LIBVIRTXML_UPDATE_SNAPSHOTS=1 the expected file is rewritten instead, and the diff goes through review.
/// </summary>
internal static class Snapshot
{
    public static string Directory => Path.Combine(TestPaths.RepositoryRoot, "tests", "LibvirtXml.Generator.Tests", "Snapshots");

    public static bool Updating => Environment.GetEnvironmentVariable("LIBVIRTXML_UPDATE_SNAPSHOTS") == "1";

    public static void Match(string relativePath, string actual)
    {
        var path = Path.Combine(Directory, relativePath);
        actual = actual.Replace("\r\n", "\n");
        if (Updating)
        {
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"no snapshot {path}; run the tests with LIBVIRTXML_UPDATE_SNAPSHOTS=1 to create it");
        var expected = File.ReadAllText(path).Replace("\r\n", "\n");
        if (expected == actual) return;

        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var line = 0;
        while (line < expectedLines.Length && line < actualLines.Length && expectedLines[line] == actualLines[line]) line++;
        Assert.Fail($"{relativePath} differs from its snapshot at line {line + 1}:\n" +
                    $"  expected: {(line < expectedLines.Length ? expectedLines[line] : "<end>")}\n" +
                    $"  actual:   {(line < actualLines.Length ? actualLines[line] : "<end>")}\n" +
                    "Rerun with LIBVIRTXML_UPDATE_SNAPSHOTS=1 if the change is intended, and review the diff.");
    }
}

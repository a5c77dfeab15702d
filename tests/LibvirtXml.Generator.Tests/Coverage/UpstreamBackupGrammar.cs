using System;
using System.IO;
using System.Linq;
using LibvirtXml.Generator.Rng;

namespace LibvirtXml.Generator.Tests.Coverage;

/// <summary>libvirt's newest domainbackup.rng with its includes, as the generator's reader loads it (loaded once per test run).</summary>
internal static class UpstreamBackupGrammar
{
    private static readonly Lazy<Grammar> Loaded = new(Load);

    public static Grammar Grammar => Loaded.Value;

    private static Grammar Load()
    {
        var files = Directory.GetFiles(CoveragePaths.UpstreamSchemas, "*.rng")
            .ToDictionary(path => path, File.ReadAllText, StringComparer.Ordinal);
        var result = RngLoader.Load(CoveragePaths.UpstreamBackupSchema, files);
        Assert.False(result.HasErrors, "the reader reports errors for domainbackup.rng:\n" + string.Join("\n", result.Diagnostics));
        Assert.NotNull(result.Grammar);
        return result.Grammar!;
    }
}

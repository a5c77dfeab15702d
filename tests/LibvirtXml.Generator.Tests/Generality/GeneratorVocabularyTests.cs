using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using LibvirtXml.Generator.Tests.Infrastructure;

namespace LibvirtXml.Generator.Tests.Generality;

/// <summary>
/// The generator knows RELAX NG and binding files, nothing of libvirt's grammars: a new document needs a binding file,
/// never a generator change (DESIGN.md). So no libvirt element, attribute, define, file or runtime type name appears in
/// the generator's code. Comments may name them (as examples); code and string literals may not.
/// </summary>
public class GeneratorVocabularyTests
{
    /// <summary>Names from libvirt's grammars and the runtime's libvirt types. Matched as whole words, case-sensitively.</summary>
    private static readonly string[] LibvirtWords =
    {
        "domainbackup", "domaincheckpoint", "domainsnapshot", "domaincommon", "domain.rng", "basictypes", "storagecommon", "networkcommon", "cputypes",
        "DomainBackup", "DomainCheckpoint", "DomainDiskSource", "DomainDiskSourceFile", "DomainDiskEncryption", "DomainDeviceSecLabel",
        "transport", "fdgroup", "fd", "tcp", "unix", "tls", "socket", "backupmode", "exportname", "exportbitmap", "scratch", "incremental",
        "push", "pull", "disk", "disks", "seclabel", "encryption", "creationTime", "virYesNo", "absFilePath", "diskTargetDev", "qemu", "nbd",
    };

    private static readonly (string Word, Regex Pattern)[] WholeWords =
        LibvirtWords.Select(word => (word, new Regex($@"(?<![\w.]){Regex.Escape(word)}(?!\w)", RegexOptions.CultureInvariant))).ToArray();

    private static IEnumerable<string> GeneratorSources() =>
        Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot, "generator"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(part => part is "obj" or "bin"))
            .OrderBy(path => path, System.StringComparer.Ordinal);

    [Fact]
    public void No_libvirt_name_appears_in_generator_code_outside_comments()
    {
        var sources = GeneratorSources().ToList();
        Assert.True(sources.Count > 30, $"the generator's sources are found ({sources.Count})");

        var findings = new List<string>();
        foreach (var path in sources)
        {
            var lines = CSharpComments.Strip(File.ReadAllText(path)).Split('\n');
            for (var line = 0; line < lines.Length; line++)
            {
                foreach (var (word, _) in WholeWords.Where(w => w.Pattern.IsMatch(lines[line])))
                    findings.Add($"{Path.GetRelativePath(TestPaths.RepositoryRoot, path)}({line + 1}): '{word}' in: {lines[line].Trim()}");
            }
        }

        Assert.True(findings.Count == 0, "libvirt names in generator code (move them to a binding file):\n" + string.Join("\n", findings));
    }

    [Fact]
    public void The_check_sees_names_in_code_and_strings_but_not_in_comments()
    {
        const string source = "/// <c>domainbackup</c>\nvar a = \"http://x/\" + \"transport\"; // scratch\n/* disk\n pull */ var push = 1;\nvar b = @\"a\"\"//\"\"b\"; int fd;";

        var code = CSharpComments.Strip(source);

        Assert.DoesNotContain("domainbackup", code);
        Assert.DoesNotContain("scratch", code);
        Assert.DoesNotContain("disk", code);
        Assert.Contains("\"transport\"", code);
        Assert.Contains("\"http://x/\"", code);
        Assert.Contains("var push = 1;", code);
        Assert.Contains("@\"a\"\"//\"\"b\"; int fd;", code);
        Assert.Equal(source.Count(c => c == '\n'), code.Count(c => c == '\n'));
    }
}

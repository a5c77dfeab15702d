using System.Collections.Generic;
using System.Linq;
using System.Threading;
using LibvirtXml.Generator.Rng;
using static LibvirtXml.Generator.Tests.Rng.SchemaFiles;

namespace LibvirtXml.Generator.Tests.Rng;

/// <summary>
/// A stack overflow cannot be caught and would take the compiler down: hostile nesting must end in a diagnostic.
/// The loads run on a thread with a 1 MB stack (a common default) so the outcome does not depend on the test runner.
/// </summary>
public class NestingLimitTests
{
    private const int Depth = 250; // within the parser's limit for one file

    [Fact]
    public void ExternalRefChainsOfDeepFilesAreCutOff()
    {
        var files = new Dictionary<string, string>();
        for (var i = 0; i < 40; i++)
        {
            var next = i == 39 ? "<empty/>" : $"<externalRef href=\"f{i + 1}.rng\"/>";
            files[$"/s/f{i}.rng"] = $"<optional xmlns=\"{RelaxNgNamespace}\">" + Nest("optional", Depth, next) + "</optional>";
        }

        var result = LoadOnSmallStack("/s/f0.rng", files);

        Assert.Contains(result.Diagnostics, diagnostic => diagnostic.Message.Contains("nest more than"));
        Assert.NotNull(result.Grammar);
        Assert.NotEqual(0, GrammarPrinter.Print(result.Grammar!).Length);
    }

    [Fact]
    public void IncludeChainsOfDeepDivsAreCutOff()
    {
        var files = new Dictionary<string, string>();
        for (var i = 0; i < 40; i++)
        {
            var next = i == 39 ? "<define name=\"x\"><empty/></define>" : $"<include href=\"g{i + 1}.rng\"/>";
            var start = i == 0 ? "<start><ref name=\"x\"/></start>" : "";
            files[$"/s/g{i}.rng"] = Grammar(start + Nest("div", Depth, next));
        }

        var result = LoadOnSmallStack("/s/g0.rng", files);

        Assert.Contains(result.Diagnostics, diagnostic => diagnostic.Message.Contains("nest more than"));
    }

    [Fact]
    public void NestedGrammarsInsideEachOtherAreCutOff()
    {
        var files = new Dictionary<string, string>();
        for (var i = 0; i < 40; i++)
        {
            var next = i == 39 ? "<empty/>" : $"<externalRef href=\"h{i + 1}.rng\"/>";
            files[$"/s/h{i}.rng"] = Grammar("<start>" + Nest("grammar><start", Depth / 2, next) + "</start>");
        }

        var result = LoadOnSmallStack("/s/h0.rng", files);

        Assert.Contains(result.Diagnostics, diagnostic => diagnostic.Message.Contains("nest more than"));
    }

    private static string Nest(string element, int depth, string inner)
    {
        var close = string.Join("></", element.Split('>').Reverse().Select(part => part.Trim('<')));
        return string.Concat(Enumerable.Repeat($"<{element}>", depth)) + inner + string.Concat(Enumerable.Repeat($"</{close}>", depth));
    }

    private static RngLoadResult LoadOnSmallStack(string root, Dictionary<string, string> files)
    {
        RngLoadResult? result = null;
        var thread = new Thread(() =>
        {
            result = RngLoader.Load(root, files);
            _ = result.GetHashCode();
            _ = result.Equals(RngLoader.Load(root, files));
        }, maxStackSize: 1024 * 1024);
        thread.Start();
        thread.Join();
        return result!;
    }
}

using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using LibvirtXml.Generator.Rng;
namespace LibvirtXml.Generator.Tests.Rng;
public class ScratchTests
{
    [Fact]
    public void Deep()
    {
        const string ns = "http://relaxng.org/ns/structure/1.0";
        foreach (var stack in new[] { 256 * 1024, 512 * 1024, 1024 * 1024 })
        {
            var depth = 250;
            var t = new Thread(() =>
            {
                void Log(string s) => File.AppendAllText("/tmp/deep.txt", $"{stack}: {s}\n");
                var text = $"<grammar xmlns=\"{ns}\"><start>" + string.Concat(Enumerable.Repeat("<optional>", depth)) + "<empty/>" + string.Concat(Enumerable.Repeat("</optional>", depth)) + "</start></grammar>";
                var doc = RngParser.Parse("/s/a.rng", text); Log("parsed");
                doc.GetHashCode(); Log("dochash");
                doc.Equals(RngParser.Parse("/s/a.rng", text)); Log("doceq");
                var r = RngResolver.Resolve("/s/a.rng", new Dictionary<string, RngDocument> { ["/s/a.rng"] = doc }); Log("resolved " + r.Diagnostics.Count);
                r.Grammar!.GetHashCode(); Log("hash");
                r.Grammar.Equals(RngResolver.Resolve("/s/a.rng", new Dictionary<string, RngDocument> { ["/s/a.rng"] = doc }).Grammar); Log("eq");
                GrammarPrinter.Print(r.Grammar); Log("printed");
                r.Grammar.AllPatterns().Count(); Log("walked");
            }, stack);
            t.Start(); t.Join();
        }
    }
}

using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;
using LibvirtXml;
using LibvirtXml.Runtime.Tests.TestElements;

namespace LibvirtXml.Runtime.Tests;

/// <summary>
/// Every <c>&lt;target&gt;</c> and <c>&lt;scratch&gt;</c> in libvirt's own backup test corpus (read from the shared
/// directory beside the repository) survives a read and write through <see cref="DomainDiskSource"/>.
/// </summary>
public class LibvirtCorpusTests
{
    private static string SharedDirectory =>
        typeof(LibvirtCorpusTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "LibvirtSharedDirectory").Value!;

    public static IEnumerable<object[]> CorpusFiles()
    {
        foreach (var folder in new[] { "domainbackupxml2xmlin", "domainbackupxml2xmlout" })
        {
            foreach (var file in Directory.GetFiles(Path.Combine(SharedDirectory, "tests", folder), "*.xml").OrderBy(f => f))
            {
                yield return new object[] { folder + "/" + Path.GetFileName(file) };
            }
        }
    }

    [Fact]
    public void CorpusIsPresent()
    {
        Assert.True(CorpusFiles().Count() >= 20, "libvirt's corpus was not found under " + SharedDirectory);
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void DiskSourcesRoundTrip(string relativePath)
    {
        var document = XDocument.Load(Path.Combine(SharedDirectory, "tests", relativePath));
        var disks = document.Descendants("disk").Where(d => d.Element("target") is not null || d.Element("scratch") is not null);
        foreach (var disk in disks)
        {
            var original = disk.Element("target") ?? disk.Element("scratch")!;
            var type = (string?)disk.Attribute("type");
            var wrapper = new XElement("root", new XElement("disk", type is null ? null : new XAttribute("type", type), original));

            var written = LibvirtXmlDocument.Write(TestRoot.Parse(wrapper.ToString()));

            var rewritten = XDocument.Parse(written).Root!.Element("disk")!.Elements().Single();
            Assert.True(XNode.DeepEquals(Normalize(original), Normalize(rewritten)), relativePath + ":\n" + original + "\n---\n" + rewritten);
        }
    }

    /// <summary>Drops whitespace-only text, which is indentation here.</summary>
    private static XElement Normalize(XElement element)
    {
        var copy = new XElement(element);
        foreach (var text in copy.DescendantNodesAndSelf().OfType<XText>().Where(t => string.IsNullOrWhiteSpace(t.Value)).ToList())
        {
            text.Remove();
        }

        return copy;
    }
}

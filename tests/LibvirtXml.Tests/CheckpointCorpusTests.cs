using System.IO;
using System.Xml.Linq;

namespace LibvirtXml.Tests;

/// <summary>libvirt's checkpoint corpus through DomainCheckpoint, generated from domaincheckpoint.rng and its binding file alone.</summary>
public class CheckpointCorpusTests
{
    [Theory]
    [MemberData(nameof(Corpus.CheckpointOutputFiles), MemberType = typeof(Corpus))]
    public void Libvirt_canonical_checkpoints_marshal_back_byte_identical(string file)
    {
        var xml = File.ReadAllText(Path.Combine(TestPaths.CheckpointCorpusOut, file));

        Assert.Equal(xml, DomainCheckpoint.Parse(xml).Marshal());
    }

    [Theory]
    [MemberData(nameof(Corpus.CheckpointInputFiles), MemberType = typeof(Corpus))]
    public void Libvirt_input_checkpoints_round_trip_equivalent_and_valid(string file)
    {
        var xml = File.ReadAllText(Path.Combine(TestPaths.CheckpointCorpusIn, file));

        var output = DomainCheckpoint.Parse(xml).Marshal();

        XmlEquivalence.AssertEquivalent(xml, output);
        ExternalValidator.AssertValid(TestPaths.UpstreamCheckpointSchema, output);
    }

    [Fact]
    public void Checkpoint_values_are_typed_as_the_grammar_says()
    {
        var checkpoint = DomainCheckpoint.Parse(File.ReadAllText(Path.Combine(TestPaths.CheckpointCorpusOut, "size.xml")));

        Assert.Equal("c2", checkpoint.Name);
        Assert.Equal("1525111885", checkpoint.Parent!.Name);
        Assert.Equal(1553648510UL, checkpoint.CreationTime);
        var disk = Assert.Single(checkpoint.Disks!.Disks);
        Assert.Equal(("vda", "bitmap", "c2", (ulong?)1048576), (disk.Name, disk.Checkpoint, disk.Bitmap, disk.Size));
    }

    [Fact]
    public void The_embedded_domain_is_kept_as_xml()
    {
        var checkpoint = DomainCheckpoint.Parse(File.ReadAllText(Path.Combine(TestPaths.CheckpointCorpusOut, "redefine.xml")));

        Assert.NotNull(checkpoint.Domain);
        Assert.Equal("qemu", (string?)checkpoint.Domain!.Attribute("type"));
        Assert.Equal("QEMUGuest1", (string?)checkpoint.Domain.Element("name"));
    }

    [Fact]
    public void An_embedded_domain_built_in_code_is_written_in_libvirts_format()
    {
        var checkpoint = new DomainCheckpoint
        {
            Name = "c1",
            Domain = new XElement("domain", new XAttribute("type", "kvm"), new XElement("name", "vm1"), new XElement("devices", new XElement("emulator", "/usr/bin/qemu"))),
        };

        Assert.Equal(
            "<domaincheckpoint>\n  <name>c1</name>\n  <domain type='kvm'>\n    <name>vm1</name>\n    <devices>\n      <emulator>/usr/bin/qemu</emulator>\n    </devices>\n  </domain>\n</domaincheckpoint>\n",
            checkpoint.Marshal());
    }
}

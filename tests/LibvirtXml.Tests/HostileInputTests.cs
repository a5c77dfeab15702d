using System;
using System.Linq;
using System.Text;

namespace LibvirtXml.Tests;

/// <summary>Input from elsewhere is not trusted: depth, size and entity tricks end in the runtime's exception, never a crash.</summary>
public class HostileInputTests
{
    private static string Nested(string element, int depth) =>
        string.Concat(Enumerable.Repeat("<" + element + ">", depth)) + string.Concat(Enumerable.Repeat("</" + element + ">", depth));

    [Fact]
    public void Hundred_thousand_deep_nesting_is_refused_without_a_stack_overflow()
    {
        var xml = "<domainbackup>" + Nested("x", 100_000) + "</domainbackup>";

        var error = Assert.Throws<LibvirtXmlException>(() => DomainBackup.Parse(xml));

        Assert.Contains("deep", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Deep_nesting_inside_known_elements_is_refused_too()
    {
        var xml = "<domainbackup><disks><disk name='vda'><target file='/a'>" + Nested("seclabel", 100_000) + "</target></disk></disks></domainbackup>";

        Assert.Throws<LibvirtXmlException>(() => DomainBackup.Parse(xml));
    }

    [Fact]
    public void The_depth_limit_can_be_raised_and_lowered()
    {
        var xml = "<domainbackup>" + Nested("x", 300) + "</domainbackup>";

        Assert.Throws<LibvirtXmlException>(() => DomainBackup.Parse(xml));
        var backup = DomainBackup.Parse(xml, new LibvirtXmlReaderOptions { MaxDepth = 400 });
        Assert.Single(backup.UnknownElements);
        Assert.Throws<LibvirtXmlException>(() => DomainBackup.Parse("<domainbackup><disks><disk name='vda'/></disks></domainbackup>", new LibvirtXmlReaderOptions { MaxDepth = 2 }));
    }

    [Fact]
    public void Documents_larger_than_the_configured_limit_are_refused()
    {
        var xml = "<domainbackup><incremental>" + new string('c', 10_000) + "</incremental></domainbackup>";

        Assert.Throws<LibvirtXmlException>(() => DomainBackup.Parse(xml, new LibvirtXmlReaderOptions { MaxCharactersInDocument = 5_000 }));
        Assert.Equal(10_000, DomainBackup.Parse(xml).Incremental!.Length);
    }

    [Fact]
    public void Quadratic_blowup_through_entities_is_impossible_because_dtds_are_refused()
    {
        var xml = "<!DOCTYPE domainbackup [<!ENTITY a '" + new string('a', 50_000) + "'>]><domainbackup><incremental>" +
                  string.Concat(Enumerable.Repeat("&a;", 50_000)) + "</incremental></domainbackup>";

        Assert.Throws<LibvirtXmlException>(() => DomainBackup.Parse(xml));
    }

    [Fact]
    public void A_200000_disk_document_round_trips_in_memory_proportional_to_its_size()
    {
        var text = new StringBuilder("<domainbackup mode='push'>\n  <incremental>cp1</incremental>\n  <disks>\n");
        for (var i = 0; i < 200_000; i++)
            text.Append("    <disk name='vd").Append(i).Append("' backup='yes' type='file' backupmode='incremental' incremental='cp1'>\n      <target file='/srv/backup/vd").Append(i).Append(".qcow2'/>\n    </disk>\n");
        text.Append("  </disks>\n</domainbackup>\n");
        var xml = text.ToString();

        var before = GC.GetTotalMemory(forceFullCollection: true);
        var backup = DomainBackup.Parse(xml);
        var held = GC.GetTotalMemory(forceFullCollection: true) - before;
        var output = backup.Marshal();

        Assert.Equal(200_000, backup.Push!.Disks!.Disks.Count);
        Assert.Equal(xml, output);
        // The object graph of one disk is a handful of small objects: far below 1.5 GB, and linear in the input.
        Assert.True(held < 10L * xml.Length * sizeof(char), $"the parsed graph holds {held / 1_000_000} MB for a {xml.Length * sizeof(char) / 1_000_000} MB document");
        GC.KeepAlive(backup);
    }
}

using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace LibvirtXml.Tests;

/// <summary>What the grammar does not describe survives a round trip, in place (issue: Go's libvirtxml drops it).</summary>
public class LosslessTests
{
    [Theory]
    [InlineData("domainbackupxml2xmlout", "backup-pull-internal-invalid.xml")]
    public void Libvirt_internal_backup_output_marshals_back_byte_identical(string directory, string file)
    {
        var xml = File.ReadAllText(Path.Combine(TestPaths.Shared, "tests", directory, file));

        Assert.Equal(xml, DomainBackup.Parse(xml).Marshal());
    }

    [Theory]
    [InlineData("internal-active-invalid.xml")]
    [InlineData("internal-inactive-invalid.xml")]
    public void Libvirt_internal_checkpoint_output_marshals_back_byte_identical(string file)
    {
        var xml = File.ReadAllText(Path.Combine(TestPaths.CheckpointCorpusOut, file));

        Assert.Equal(xml, DomainCheckpoint.Parse(xml).Marshal());
    }

    [Fact]
    public void Libvirt_internal_backup_input_round_trips_equivalent()
    {
        var xml = File.ReadAllText(Path.Combine(TestPaths.CorpusIn, "backup-pull-internal-invalid.xml"));

        XmlEquivalence.AssertEquivalent(xml, DomainBackup.Parse(xml).Marshal());
    }

    [Fact]
    public void Internal_fields_are_exposed_as_unknown_content()
    {
        var backup = DomainBackup.Parse(File.ReadAllText(Path.Combine(TestPaths.CorpusOut, "backup-pull-internal-invalid.xml")));

        var disk = backup.Pull!.Disks!.Disks[0];
        Assert.Equal("running", Assert.Single(disk.UnknownAttributes, a => a.Name == "state").Value);
        Assert.Equal("privateData", Assert.Single(backup.UnknownElements).Name.LocalName);
    }

    [Fact]
    public void Unknown_attributes_elements_and_foreign_namespaces_come_back_where_they_were()
    {
        const string xml =
            "<domainbackup mode='push' xmlns:app='urn:example:backup-tool' app:job='42'>\n" +
            "  <app:note>nightly</app:note>\n" +
            "  <incremental>cp1</incremental>\n" +
            "  <future level='2'/>\n" +
            "  <disks>\n" +
            "    <disk name='vda' index='3' backup='yes' type='file' app:owner='ops'>\n" +
            "      <driver type='qcow2'/>\n" +
            "      <driver type='raw'/>\n" +
            "      <target file='/srv/vda.bak' mode='0600'>\n" +
            "        <app:retention days='7'/>\n" +
            "      </target>\n" +
            "    </disk>\n" +
            "  </disks>\n" +
            "</domainbackup>\n";

        var backup = DomainBackup.Parse(xml);

        Assert.Equal(xml, backup.Marshal());
        Assert.Equal("qcow2", backup.Push!.Disks!.Disks[0].Driver!.Type);
        Assert.Equal("raw", (string?)Assert.Single(backup.Push.Disks.Disks[0].UnknownElements).Attribute("type"));
        Assert.Equal("0600", Assert.Single(backup.Push.Disks.Disks[0].Target!.UnknownAttributes).Value);
        ExternalValidator.AssertWellFormed(backup.Marshal());
    }

    [Fact]
    public void A_repeated_element_that_occurs_once_comes_back_after_the_known_element_before_it()
    {
        // The second <driver> and the second <server> (a branch's element) follow other known elements: they are kept as
        // unknown content placed after those, not after the first of their name.
        const string xml =
            "<domainbackup mode='pull'>\n" +
            "  <server transport='tcp' name='localhost' port='10809'/>\n" +
            "  <disks>\n" +
            "    <disk name='vda' backup='yes' type='file'>\n" +
            "      <driver type='qcow2'/>\n" +
            "      <scratch file='/srv/vda.scratch'/>\n" +
            "      <driver type='raw'/>\n" +
            "    </disk>\n" +
            "  </disks>\n" +
            "  <server transport='unix' socket='/run/other.sock'/>\n" +
            "</domainbackup>\n";

        var backup = DomainBackup.Parse(xml);

        Assert.Equal(xml, backup.Marshal());
        Assert.Equal("localhost", backup.Pull!.Server!.TCP!.Name);
        Assert.Equal("server", Assert.Single(backup.UnknownElements).Name.LocalName);
        Assert.Equal("raw", (string?)Assert.Single(backup.Pull.Disks!.Disks[0].UnknownElements).Attribute("type"));
    }

    [Fact]
    public void Unknown_content_added_in_code_is_written_after_the_known_content()
    {
        var disk = new DomainBackupPushDisk { Name = "vda", Backup = "yes" };
        disk.UnknownAttributes.Add(new XAttribute("index", "3"));
        disk.UnknownElements.Add(new XElement("hint", "fast"));
        var backup = new DomainBackup { Push = new DomainBackupPush { Disks = new DomainBackupPushDisks { Disks = { disk } } } };

        Assert.Equal(
            "<domainbackup mode='push'>\n  <disks>\n    <disk name='vda' backup='yes' index='3'>\n      <hint>fast</hint>\n    </disk>\n  </disks>\n</domainbackup>\n",
            backup.Marshal());
    }

    [Fact]
    public void A_namespaced_attribute_added_in_code_gets_a_declared_prefix()
    {
        var backup = new DomainBackup();
        backup.UnknownAttributes.Add(new XAttribute(XName.Get("job", "urn:example:backup-tool"), "7"));

        var output = backup.Marshal();

        Assert.Equal("urn:example:backup-tool", XElement.Parse(output).Attributes().Single(a => a.Name.LocalName == "job").Name.NamespaceName);
    }

    [Fact]
    public void Reading_again_forgets_the_unknown_content_of_the_previous_document()
    {
        var backup = DomainBackup.Parse("<domainbackup extra='1'><other/></domainbackup>");

        backup.Unmarshal("<domainbackup/>");

        Assert.Empty(backup.UnknownAttributes);
        Assert.Empty(backup.UnknownElements);
    }
}

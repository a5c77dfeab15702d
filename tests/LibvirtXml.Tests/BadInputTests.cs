namespace LibvirtXml.Tests;

/// <summary>Bad input is refused with the runtime's exception, naming where it is.</summary>
public class BadInputTests
{
    private static LibvirtXmlException Refused(string xml) => Assert.Throws<LibvirtXmlException>(() => DomainBackup.Parse(xml));

    [Fact]
    public void Malformed_xml_is_refused_with_its_line_and_column()
    {
        var error = Refused("<domainbackup mode='pull'>\n  <disks>\n  </disk>\n</domainbackup>\n");

        Assert.Equal(3, error.LineNumber);
        Assert.True(error.LinePosition > 0);
        Assert.Equal("/domainbackup/disks", error.ElementPath);
    }

    [Fact]
    public void A_document_type_declaration_is_refused()
    {
        var error = Refused("<!DOCTYPE domainbackup [\n<!ENTITY name 'vda'>\n]>\n<domainbackup><disks><disk name='&name;'/></disks></domainbackup>");

        Assert.Equal(1, error.LineNumber);
    }

    [Fact]
    public void Entity_expansion_bombs_are_refused_before_any_expansion()
    {
        var bomb = "<?xml version='1.0'?>\n<!DOCTYPE domainbackup [\n <!ENTITY a 'aaaaaaaaaa'>\n <!ENTITY b '&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;'>\n" +
                   " <!ENTITY c '&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;'>\n <!ENTITY d '&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;'>\n]>\n<domainbackup><incremental>&d;</incremental></domainbackup>";

        Refused(bomb);
    }

    [Fact]
    public void External_entities_are_never_resolved()
    {
        var error = Refused("<!DOCTYPE domainbackup SYSTEM 'file:///etc/passwd'>\n<domainbackup/>");

        Assert.DoesNotContain("root:", error.Message);
    }

    [Fact]
    public void A_wrong_root_element_is_refused()
    {
        var error = Refused("<domaincheckpoint>\n  <name>c1</name>\n</domaincheckpoint>\n");

        Assert.Contains("domainbackup", error.Message);
        Assert.Equal(1, error.LineNumber);
    }

    [Fact]
    public void A_root_element_in_another_namespace_is_refused() =>
        Refused("<domainbackup xmlns='urn:example:not-libvirt'/>");

    [Fact]
    public void An_unknown_mode_is_refused_naming_the_element()
    {
        var error = Refused("<domainbackup mode='sideways'/>");

        Assert.Contains("sideways", error.Message);
        Assert.Equal("/domainbackup", error.ElementPath);
        Assert.Equal(1, error.LineNumber);
    }

    [Fact]
    public void An_unknown_transport_is_refused_naming_the_server()
    {
        var error = Refused("<domainbackup mode='pull'>\n  <server transport='carrier-pigeon' name='x'/>\n</domainbackup>");

        Assert.Contains("carrier-pigeon", error.Message);
        Assert.Equal("/domainbackup/server", error.ElementPath);
        Assert.Equal(2, error.LineNumber);
    }

    [Theory]
    [InlineData("network")]
    [InlineData("volume")]
    [InlineData("")]
    public void An_unknown_disk_type_is_refused(string type)
    {
        var error = Refused($"<domainbackup>\n  <disks>\n    <disk name='vda' type='{type}'/>\n  </disks>\n</domainbackup>");

        Assert.Equal("/domainbackup/disks/disk", error.ElementPath);
        Assert.Equal(3, error.LineNumber);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("4294967296")]
    [InlineData("99999999999999999999")]
    [InlineData("twelve")]
    [InlineData("1.5")]
    [InlineData("0x10")]
    [InlineData("")]
    public void A_port_that_is_not_an_unsigned_32_bit_integer_is_refused(string port)
    {
        var error = Refused($"<domainbackup mode='pull'>\n  <server name='localhost' port='{port}'/>\n</domainbackup>");

        Assert.Contains("port", error.Message);
        Assert.Equal(2, error.LineNumber);
        Assert.Equal("/domainbackup/server", error.ElementPath);
    }

    [Theory]
    [InlineData("4294967295", 4294967295u)]
    [InlineData(" 10809 ", 10809u)]
    [InlineData("0", 0u)]
    public void Ports_are_read_as_xsd_unsigned_ints(string text, uint port)
    {
        var backup = DomainBackup.Parse($"<domainbackup mode='pull'><server name='localhost' port='{text}'/></domainbackup>");

        Assert.Equal(port, backup.Pull!.Server!.TCP!.Port);
    }

    [Fact]
    public void Fixed_values_compare_as_tokens()
    {
        var backup = DomainBackup.Parse("<domainbackup mode=' pull '><server transport='\tunix ' socket='/run/nbd.sock'/></domainbackup>");

        Assert.NotNull(backup.Pull);
        Assert.Null(backup.Push);
        Assert.Equal("/run/nbd.sock", backup.Pull!.Server!.UNIX!.Socket);
    }

    [Fact]
    public void Push_and_pull_set_together_are_refused_on_write()
    {
        var backup = new DomainBackup { Push = new DomainBackupPush(), Pull = new DomainBackupPull() };

        var error = Assert.Throws<LibvirtXmlException>(() => backup.Marshal());

        Assert.Contains("Push", error.Message);
        Assert.Contains("Pull", error.Message);
    }

    [Fact]
    public void Two_transports_set_together_are_refused_on_write()
    {
        var backup = new DomainBackup
        {
            Pull = new DomainBackupPull
            {
                Server = new DomainBackupPullServer
                {
                    TCP = new DomainBackupPullServerTCP { Name = "localhost" },
                    UNIX = new DomainBackupPullServerUNIX { Socket = "/run/nbd.sock" },
                },
            },
        };

        Assert.Throws<LibvirtXmlException>(() => backup.Marshal());
    }
}

using LibvirtXml;
using LibvirtXml.Runtime.Tests.TestElements;

namespace LibvirtXml.Runtime.Tests;

public class DomainDiskSourceTests
{
    private const string FileWithEverything =
        "<root>\n" +
        "  <disk type='file'>\n" +
        "    <target file='/backup/vda.qcow2' fdgroup='group0'>\n" +
        "      <seclabel model='selinux' relabel='yes'>\n" +
        "        <label>system_u:object_r:svirt_image_t:s0:c1</label>\n" +
        "        <label>system_u:object_r:svirt_image_t:s0:c2</label>\n" +
        "      </seclabel>\n" +
        "      <seclabel model='dac' labelskip='yes'/>\n" +
        "      <encryption format='luks' engine='qemu'>\n" +
        "        <secret type='passphrase' uuid='0a81f5b2-8403-7b23-c8d6-21ccc2f80d6f'/>\n" +
        "        <secret type='passphrase' usage='/storage/backup/vda'/>\n" +
        "        <cipher name='aes' size='256' mode='xts' hash='sha256'/>\n" +
        "        <ivgen name='plain64' hash='sha256'/>\n" +
        "      </encryption>\n" +
        "    </target>\n" +
        "  </disk>\n" +
        "</root>\n";

    private static string RoundTrip(string xml) => LibvirtXmlDocument.Write(TestRoot.Parse(xml));

    [Fact]
    public void FileSourceWithSecLabelsAndEncryptionReadsEverything()
    {
        var target = Assert.Single(TestRoot.Parse(FileWithEverything).Disks).Target!;
        Assert.Null(target.Block);
        Assert.Equal("file", target.OwnerType);
        var file = target.File!;
        Assert.Equal("/backup/vda.qcow2", file.File);
        Assert.Equal("group0", file.FDGroup);
        Assert.Equal(2, file.SecLabel.Count);
        Assert.Equal("selinux", file.SecLabel[0].Model);
        Assert.Equal("yes", file.SecLabel[0].Relabel);
        Assert.Null(file.SecLabel[0].LabelSkip);
        Assert.Equal(
            new[] { "system_u:object_r:svirt_image_t:s0:c1", "system_u:object_r:svirt_image_t:s0:c2" },
            file.SecLabel[0].Labels);
        Assert.Equal("yes", file.SecLabel[1].LabelSkip);
        Assert.Null(file.SecLabel[1].Relabel);
        Assert.Empty(file.SecLabel[1].Labels);

        var encryption = target.Encryption!;
        Assert.Equal("luks", encryption.Format);
        Assert.Equal("qemu", encryption.Engine);
        Assert.Equal(2, encryption.Secrets.Count);
        Assert.Equal("0a81f5b2-8403-7b23-c8d6-21ccc2f80d6f", encryption.Secrets[0].UUID);
        Assert.Null(encryption.Secrets[0].Usage);
        Assert.Equal("/storage/backup/vda", encryption.Secrets[1].Usage);
        Assert.Null(encryption.Secrets[1].UUID);
        Assert.Equal("aes", encryption.Cipher!.Name);
        Assert.Equal(256u, encryption.Cipher.Size);
        Assert.Equal("xts", encryption.Cipher.Mode);
        Assert.Equal("sha256", encryption.Cipher.Hash);
        Assert.Equal("plain64", encryption.IVGen!.Name);
        Assert.Equal("sha256", encryption.IVGen.Hash);
    }

    [Fact]
    public void FileSourceRoundTripsByteForByte()
    {
        Assert.Equal(FileWithEverything, RoundTrip(FileWithEverything));
    }

    [Fact]
    public void OutputFollowsLibvirtsOrderWhateverTheInputOrder()
    {
        const string shuffled =
            "<root><disk type='file'><target fdgroup='g' file='/f'>" +
            "<encryption engine='qemu' format='luks'><ivgen hash='h' name='n'/><cipher hash='h' mode='m' size='1' name='c'/>" +
            "<secret usage='u' type='passphrase'/></encryption>" +
            "<seclabel relabel='no' labelskip='yes' model='dac'/>" +
            "</target></disk></root>";
        Assert.Equal(
            "<root>\n" +
            "  <disk type='file'>\n" +
            "    <target file='/f' fdgroup='g'>\n" +
            "      <seclabel model='dac' labelskip='yes' relabel='no'/>\n" +
            "      <encryption format='luks' engine='qemu'>\n" +
            "        <secret type='passphrase' usage='u'/>\n" +
            "        <cipher name='c' size='1' mode='m' hash='h'/>\n" +
            "        <ivgen name='n' hash='h'/>\n" +
            "      </encryption>\n" +
            "    </target>\n" +
            "  </disk>\n" +
            "</root>\n",
            RoundTrip(shuffled));
    }

    [Fact]
    public void BlockSourceRoundTrips()
    {
        const string xml =
            "<root>\n" +
            "  <disk type='block'>\n" +
            "    <target dev='/dev/block'>\n" +
            "      <seclabel model='dac' relabel='no'/>\n" +
            "      <encryption format='luks'>\n" +
            "        <secret type='passphrase' usage='/storage/backup/vdc'/>\n" +
            "      </encryption>\n" +
            "    </target>\n" +
            "  </disk>\n" +
            "</root>\n";
        var target = TestRoot.Parse(xml).Disks[0].Target!;
        Assert.Null(target.File);
        Assert.Equal("/dev/block", target.Block!.Dev);
        Assert.Equal("dac", Assert.Single(target.Block.SecLabel).Model);
        Assert.Equal("block", target.OwnerType);
        Assert.Equal(xml, RoundTrip(xml));
    }

    [Fact]
    public void OwnerTypeIsComparedAsAToken()
    {
        var target = TestRoot.Parse("<root><disk type=' block '><target dev='/dev/sda'/></disk></root>").Disks[0].Target!;
        Assert.Equal("/dev/sda", target.Block!.Dev);
    }

    [Fact]
    public void OwnerTypeDecidesTheBranchAndIgnoresTheOtherBranchsAttribute()
    {
        var target = TestRoot.Parse("<root><disk type='file'><target dev='/dev/sda'/></disk></root>").Disks[0].Target!;
        Assert.NotNull(target.File);
        Assert.Null(target.File!.File);
        Assert.Null(target.Block);
    }

    [Theory]
    [InlineData("<target dev='/dev/sda'/>", "block")]
    [InlineData("<target file='/f'/>", "file")]
    [InlineData("<target file='/f' dev='/dev/sda'/>", "file")]
    [InlineData("<target/>", "file")]
    public void MissingOwnerTypeIsInferredFromTheAttributes(string targetXml, string expectedOwnerType)
    {
        var root = TestRoot.Parse("<root><disk>" + targetXml + "</disk></root>");
        var target = root.Disks[0].Target!;
        Assert.Equal(expectedOwnerType, target.OwnerType);
        if (expectedOwnerType == "block")
        {
            Assert.Equal("/dev/sda", target.Block!.Dev);
        }
    }

    [Fact]
    public void UnknownOwnerTypeIsRefused()
    {
        const string xml = "<root>\n  <disk type='network'>\n    <target file='/f'/>\n  </disk>\n</root>";
        var error = Assert.Throws<LibvirtXmlException>(() => TestRoot.Parse(xml));
        Assert.Equal("line 3, column 6 (/root/disk): unknown disk type 'network'", error.Message);
    }

    [Fact]
    public void BothBranchesSetIsRefusedOnWrite()
    {
        var root = new TestRoot
        {
            Disks =
            {
                new TestDisk
                {
                    Target = new DomainDiskSource { File = new DomainDiskSourceFile(), Block = new DomainDiskSourceBlock() },
                },
            },
        };
        Assert.Null(root.Disks[0].Target!.OwnerType);
        var error = Assert.Throws<LibvirtXmlException>(() => LibvirtXmlDocument.Write(root));
        Assert.Contains("both File and Block are set", error.Message);
        Assert.Equal("/root/disk", error.ElementPath);
    }

    [Fact]
    public void NeitherBranchWritesOnlyTheContent()
    {
        var source = new DomainDiskSource { Encryption = new DomainDiskEncryption { Format = "luks" } };
        Assert.Null(source.OwnerType);
        var root = new TestRoot { Disks = { new TestDisk { Target = source } } };
        Assert.Equal(
            "<root>\n  <disk>\n    <target>\n      <encryption format='luks'/>\n    </target>\n  </disk>\n</root>\n",
            LibvirtXmlDocument.Write(root));
    }

    [Fact]
    public void UnknownAttributesAndElementsInsideTheSourceAreKeptWhereTheyWere()
    {
        const string xml =
            "<root><disk type='file'><target file='/f' extra='x'>" +
            "<future><seclabel model='nested'/></future>" +
            "<seclabel model='dac' relabel='no' other='1'><unknown/><label>l</label></seclabel>" +
            "<encryption format='luks'><secret type='passphrase' usage='u'><x/></secret><later/></encryption>" +
            "</target></disk></root>";
        Assert.Equal(
            "<root>\n" +
            "  <disk type='file'>\n" +
            "    <target file='/f' extra='x'>\n" +
            "      <future>\n" +
            "        <seclabel model='nested'/>\n" +
            "      </future>\n" +
            "      <seclabel model='dac' relabel='no' other='1'>\n" +
            "        <unknown/>\n" +
            "        <label>l</label>\n" +
            "      </seclabel>\n" +
            "      <encryption format='luks'>\n" +
            "        <secret type='passphrase' usage='u'>\n" +
            "          <x/>\n" +
            "        </secret>\n" +
            "        <later/>\n" +
            "      </encryption>\n" +
            "    </target>\n" +
            "  </disk>\n" +
            "</root>\n",
            RoundTrip(xml));
    }

    [Fact]
    public void AnAttributeOfTheOtherBranchIsKeptAsUnknownContent()
    {
        const string xml = "<root><disk type='block'><target dev='/dev/sda' file='/stale'/></disk></root>";

        var source = TestRoot.Parse(xml).Disks[0].Target!;

        Assert.Equal("/dev/sda", source.Block!.Dev);
        Assert.Equal("file", Assert.Single(source.UnknownAttributes).Name.LocalName);
        Assert.Equal("<root>\n  <disk type='block'>\n    <target dev='/dev/sda' file='/stale'/>\n  </disk>\n</root>\n", RoundTrip(xml));
    }

    [Fact]
    public void LibvirtsOwnBackupOutputRoundTripsThroughTheSourceTypes()
    {
        // The <scratch> part of libvirt's tests/domainbackupxml2xmlout/backup-pull-seclabel.xml, under a test root.
        const string xml =
            "<root>\n" +
            "  <disk type='file'>\n" +
            "    <target file='/path/to/file'>\n" +
            "      <seclabel model='dac' relabel='no'/>\n" +
            "    </target>\n" +
            "  </disk>\n" +
            "  <disk type='block'>\n" +
            "    <target dev='/dev/block'>\n" +
            "      <seclabel model='dac' relabel='no'/>\n" +
            "    </target>\n" +
            "  </disk>\n" +
            "</root>\n";
        Assert.Equal(xml, RoundTrip(xml));
    }
}

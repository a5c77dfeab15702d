using LibvirtXml;
using LibvirtXml.Runtime.Tests.TestElements;

namespace LibvirtXml.Runtime.Tests;

/// <summary>The disk sources' SecLabel lists are created on first use; they must behave as lists created with the object.</summary>
public class SecLabelListTests
{
    [Fact]
    public void ListIsEmptyAndTheSameInstanceOnEveryRead()
    {
        var file = new DomainDiskSourceFile();
        var block = new DomainDiskSourceBlock();

        Assert.Empty(file.SecLabel);
        Assert.Same(file.SecLabel, file.SecLabel);
        Assert.Empty(block.SecLabel);
        Assert.Same(block.SecLabel, block.SecLabel);
    }

    [Fact]
    public void AssignedListIsKeptIncludingNull()
    {
        var labels = new System.Collections.Generic.List<DomainDeviceSecLabel>();
        var file = new DomainDiskSourceFile { SecLabel = labels };
        var block = new DomainDiskSourceBlock { SecLabel = null! };

        Assert.Same(labels, file.SecLabel);
        Assert.Null(block.SecLabel);
    }

    [Fact]
    public void SourceWithoutLabelsReadsAnEmptyListAndWritesNoLabel()
    {
        const string xml = "<root>\n  <disk type='file'>\n    <target file='/f'/>\n  </disk>\n  <disk type='block'>\n    <target dev='/d'/>\n  </disk>\n</root>\n";

        var root = TestRoot.Parse(xml);

        Assert.Empty(root.Disks[0].Target!.File!.SecLabel);
        Assert.Empty(root.Disks[1].Target!.Block!.SecLabel);
        Assert.Equal(xml, LibvirtXmlDocument.Write(root));
    }

    [Fact]
    public void SourceWithANullListWritesNoLabel()
    {
        var root = new TestRoot
        {
            Disks = { new TestDisk { Target = new DomainDiskSource { File = new DomainDiskSourceFile { File = "/f", SecLabel = null! } } } },
        };

        Assert.Equal("<root>\n  <disk type='file'>\n    <target file='/f'/>\n  </disk>\n</root>\n", LibvirtXmlDocument.Write(root));
    }
}

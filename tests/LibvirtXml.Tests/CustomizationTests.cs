using System.Xml.Linq;

namespace LibvirtXml
{
    /// <summary>A user's partial declaration: a member, an interface and both hooks.</summary>
    public partial class DomainBackupDiskDriver : System.IComparable<DomainBackupDiskDriver>
    {
        public int ReadCount { get; private set; }

        public int CompareTo(DomainBackupDiskDriver? other) => string.CompareOrdinal(Type, other?.Type);

        partial void OnAfterRead() => ReadCount++;

        // Fills in libvirt's default format when code left it out.
        partial void OnBeforeWrite() => Type ??= "qcow2";
    }
}

namespace LibvirtXml.Tests
{
    public class CustomizationTests
    {
        [Fact]
        public void The_after_read_hook_runs_once_per_element_read()
        {
            var backup = DomainBackup.Parse("<domainbackup><disks><disk name='vda' type='file'><driver type='raw'/></disk></disks></domainbackup>");

            Assert.Equal(1, backup.Push!.Disks!.Disks[0].Driver!.ReadCount);
        }

        [Fact]
        public void The_before_write_hook_can_complete_an_object_before_it_is_written()
        {
            var backup = new DomainBackup { Push = new DomainBackupPush { Disks = new DomainBackupPushDisks { Disks = { new DomainBackupPushDisk { Name = "vda", Driver = new DomainBackupDiskDriver() } } } } };

            Assert.Equal("qcow2", (string?)XElement.Parse(backup.Marshal()).Element("disks")!.Element("disk")!.Element("driver")!.Attribute("type"));
        }

        [Fact]
        public void Interfaces_added_in_a_partial_declaration_work_on_generated_objects() =>
            Assert.True(new DomainBackupDiskDriver { Type = "raw" }.CompareTo(new DomainBackupDiskDriver { Type = "qcow2" }) > 0);
    }
}

using System.IO;
using System.Linq;
using LibvirtXml.Generator.Binding;
using LibvirtXml.Generator.Tests.Infrastructure;

namespace LibvirtXml.Generator.Tests.Binding;

/// <summary>The type model of libvirt's backup document, from the upstream and the 9.0.0 grammar.</summary>
public class DomainBackupModelTests
{
    private static string BackupBinding => Path.Combine(TestPaths.Bindings, "domainbackup.binding.xml");

    private static TypeModel Upstream() => Models.BindCleanly(TestPaths.UpstreamSchemas, "domainbackup.rng", BackupBinding);

    private static TypeModel Debian900() => Models.BindCleanly(TestPaths.Debian900Schemas, "domainbackup.rng", BackupBinding);

    [Fact]
    public void Upstream_model_matches_its_snapshot() =>
        Snapshot.Match("domainbackup.upstream.model.txt", TypeModelPrinter.Print(Upstream()));

    [Fact]
    public void Debian_9_0_0_model_matches_its_snapshot() =>
        Snapshot.Match("domainbackup.debian-9.0.0.model.txt", TypeModelPrinter.Print(Debian900()));

    [Fact]
    public void The_fd_transport_exists_only_where_the_grammar_has_it()
    {
        var upstream = Upstream().Classes.Select(c => c.Name).ToList();
        var debian = Debian900().Classes.Select(c => c.Name).ToList();

        Assert.Equal(new[] { "DomainBackupPullServerFD" }, upstream.Except(debian));
        Assert.Empty(debian.Except(upstream));
        var server = Debian900().Classes.Single(c => c.Name == "DomainBackupPullServer");
        Assert.Equal(new[] { "TCP", "UNIX" }, server.Variants.Single().Branches.Select(b => b.PropertyName));
    }

    [Fact]
    public void Mode_and_transport_are_variants_with_push_and_tcp_as_defaults()
    {
        var model = Upstream();

        var mode = model.Classes.Single(c => c.Name == "DomainBackup").Variants.Single();
        Assert.Equal("mode", mode.Attribute);
        Assert.Equal(new[] { ("Push", "push", true), ("Pull", "pull", false) }, mode.Branches.Select(b => (b.PropertyName, b.Value, b.IsDefault)));

        var transport = model.Classes.Single(c => c.Name == "DomainBackupPullServer").Variants.Single();
        Assert.Equal("transport", transport.Attribute);
        Assert.Equal(new[] { ("TCP", "tcp", true), ("UNIX", "unix", false), ("FD", "fd", false) }, transport.Branches.Select(b => (b.PropertyName, b.Value, b.IsDefault)));
    }

    [Fact]
    public void Disk_choices_that_differ_only_in_attribute_values_merge_into_scalars()
    {
        var disk = Upstream().Classes.Single(c => c.Name == "DomainBackupPushDisk");

        Assert.Empty(disk.Variants);
        Assert.Equal(new[] { "no", "yes" }, disk.Properties.Single(p => p.Name == "Backup").Values.OrderBy(v => v));
        Assert.Equal(new[] { "full", "incremental" }, disk.Properties.Single(p => p.Name == "BackupMode").Values.OrderBy(v => v));
        Assert.Equal(ScalarKind.String, disk.Properties.Single(p => p.Name == "Incremental").Scalar);
        var type = disk.Properties.Single(p => p.Name == "Type");
        Assert.Equal(new[] { "block", "file" }, type.Values.OrderBy(v => v));
        Assert.Equal(new[] { "Target" }, type.IsDiscriminatorFor);
    }

    [Fact]
    public void Push_and_pull_drivers_are_one_class_holding_every_format()
    {
        var driver = Upstream().Classes.Single(c => c.Name == "DomainBackupDiskDriver");

        var type = Assert.Single(driver.Properties);
        Assert.Contains("raw", type.Values);
        Assert.Contains("qcow2", type.Values);
        Assert.Contains("vmdk", type.Values);
    }

    [Fact]
    public void Libvirts_attribute_order_comes_from_the_binding_file()
    {
        var disk = Upstream().Classes.Single(c => c.Name == "DomainBackupPullDisk");

        var attributes = disk.WriteOrder.Where(s => s.Kind == WriteStepKind.Attribute).Select(s => s.Name);
        Assert.Equal(new[] { "name", "backup", "type", "backupmode", "incremental", "exportname", "exportbitmap" }, attributes);
        var elements = disk.WriteOrder.Where(s => s.Kind == WriteStepKind.Element).Select(s => s.Name);
        Assert.Equal(new[] { "driver", "scratch" }, elements);
    }

    [Fact]
    public void Port_is_an_unsigned_32_bit_integer_from_the_grammars_datatype()
    {
        var tcp = Upstream().Classes.Single(c => c.Name == "DomainBackupPullServerTCP");

        Assert.Equal(ScalarKind.UInt32, tcp.Properties.Single(p => p.Name == "Port").Scalar);
        Assert.Equal(ScalarKind.String, tcp.Properties.Single(p => p.Name == "Name").Scalar);
    }
}

using System.IO;
using System.Linq;
using LibvirtXml.Generator.Binding;
using LibvirtXml.Generator.Tests.Infrastructure;

namespace LibvirtXml.Generator.Tests.Binding;

/// <summary>A second libvirt document from nothing but a binding file: the generator holds no backup-specific rule.</summary>
public class DomainCheckpointModelTests
{
    private static TypeModel Upstream() =>
        Models.BindCleanly(TestPaths.UpstreamSchemas, "domaincheckpoint.rng", Path.Combine(TestPaths.Bindings, "domaincheckpoint.binding.xml"));

    [Fact]
    public void Upstream_model_matches_its_snapshot() =>
        Snapshot.Match("domaincheckpoint.upstream.model.txt", TypeModelPrinter.Print(Upstream()));

    [Fact]
    public void Checkpoint_has_gos_members_with_the_grammars_types()
    {
        var model = Upstream();
        var checkpoint = model.Classes.Single(c => c.Name == "DomainCheckpoint");
        var disk = model.Classes.Single(c => c.Name == "DomainCheckpointDisk");

        Assert.Equal(new[] { "Name", "Description", "Parent", "CreationTime", "Disks", "Domain" }, checkpoint.Properties.Select(p => p.Name));
        Assert.Equal(ScalarKind.UInt64, checkpoint.Properties.Single(p => p.Name == "CreationTime").Scalar);
        Assert.Equal(PropertyKind.RawElement, checkpoint.Properties.Single(p => p.Name == "Domain").Kind);
        Assert.Equal(new[] { "Name", "Checkpoint", "Bitmap", "Size" }, disk.Properties.Select(p => p.Name));
        Assert.Equal(ScalarKind.UInt64, disk.Properties.Single(p => p.Name == "Size").Scalar);
        Assert.Empty(disk.Variants);
    }

    [Fact]
    public void The_raw_domain_keeps_the_binder_out_of_the_whole_domain_grammar() =>
        Assert.DoesNotContain(Upstream().Classes, c => c.Name.StartsWith("DomainCheckpointDomain"));
}

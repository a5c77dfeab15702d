using System.Linq;

namespace LibvirtXml.EndToEnd;

/// <summary>Creating and reading checkpoints of the test domain.</summary>
public sealed partial class PrivateLibvirt
{
    /// <summary>Runs <c>virsh checkpoint-create</c> with the XML; fails with libvirt's message when libvirt refuses it.</summary>
    public void CreateCheckpoint(string checkpointXml) =>
        VirshChecked("checkpoint-create", DomainName, "--xmlfile", WriteXmlFile("checkpoint.xml", checkpointXml));

    /// <summary>libvirt's description of a checkpoint (<c>virsh checkpoint-dumpxml</c>, with flags such as <c>--no-domain</c>, <c>--size</c>).</summary>
    public string CheckpointDumpXml(string name, params string[] flags) =>
        VirshChecked(new[] { "checkpoint-dumpxml", DomainName, name }.Concat(flags).ToArray());
}

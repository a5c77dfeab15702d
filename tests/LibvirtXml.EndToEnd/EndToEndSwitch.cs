using System;

namespace LibvirtXml.EndToEnd;

/// <summary>
/// Whether the end-to-end tests run: they install packages and start libvirtd as root, so only where asked to.
/// </summary>
internal static class EndToEndSwitch
{
    public const string VariableName = "LIBVIRTXML_E2E";

    public static bool IsEnabled => Environment.GetEnvironmentVariable(VariableName) == "1";

    public const string SkipReason =
        "End-to-end test against a real libvirtd and QEMU: set " + VariableName + "=1 to run it " +
        "(needs root; installs libvirt-daemon, libvirt-daemon-driver-qemu, qemu-system-x86, qemu-utils and libvirt-clients when missing)";
}

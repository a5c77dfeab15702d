using System;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace LibvirtXml.Package.Tests.Infrastructure;

/// <summary>Precompiled (ReadyToRun) code in an assembly.</summary>
internal static class NativeCode
{
    /// <summary>
    /// The Machine field of a ReadyToRun image compiled for linux-x64: crossgen2 writes the target's architecture
    /// (AMD64) combined with its operating system (Linux, 0x7B79). .NET loads such an image on linux-x64 only.
    /// </summary>
    public const Machine LinuxX64 = (Machine)((ushort)Machine.Amd64 ^ 0x7B79);

    /// <summary>Whether the image has ReadyToRun code: the CLI header points at its managed native (ReadyToRun) header.</summary>
    public static bool HasReadyToRunHeader(byte[] image)
    {
        using var pe = new PEReader(new MemoryStream(image));
        return pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0;
    }

    /// <summary>The module's MVID: the compiler's hash of the IL build, which precompiling keeps.</summary>
    public static Guid ModuleVersionId(byte[] image)
    {
        using var pe = new PEReader(new MemoryStream(image));
        var metadata = pe.GetMetadataReader();
        return metadata.GetGuid(metadata.GetModuleDefinition().Mvid);
    }

    public static Machine TargetMachine(byte[] image)
    {
        using var pe = new PEReader(new MemoryStream(image));
        return pe.PEHeaders.CoffHeader.Machine;
    }
}

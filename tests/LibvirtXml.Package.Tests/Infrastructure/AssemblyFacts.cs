using System;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace LibvirtXml.Package.Tests.Infrastructure;

/// <summary>What an assembly's metadata says about how it was built, read without loading it.</summary>
internal sealed record AssemblyFacts(Version Version, bool IsOptimized)
{
    private const int DisableOptimizations = 0x100; // DebuggableAttribute.DebuggingModes.DisableOptimizations

    public static AssemblyFacts Read(byte[] image)
    {
        using var pe = new PEReader(new MemoryStream(image));
        var metadata = pe.GetMetadataReader();
        var assembly = metadata.GetAssemblyDefinition();
        var debuggable = assembly.GetCustomAttributes().Select(metadata.GetCustomAttribute)
            .Where(a => AttributeTypeName(metadata, a) == "System.Diagnostics.DebuggableAttribute")
            .Select(a => metadata.GetBlobReader(a.Value))
            .Select(blob => { blob.ReadUInt16(); return blob.ReadInt32(); }) // prolog, then the DebuggingModes argument
            .ToList();
        return new AssemblyFacts(assembly.Version, debuggable.All(modes => (modes & DisableOptimizations) == 0));
    }

    private static string AttributeTypeName(MetadataReader metadata, CustomAttribute attribute)
    {
        if (attribute.Constructor.Kind != HandleKind.MemberReference) return "";
        var parent = metadata.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent;
        if (parent.Kind != HandleKind.TypeReference) return "";
        var type = metadata.GetTypeReference((TypeReferenceHandle)parent);
        return metadata.GetString(type.Namespace) + "." + metadata.GetString(type.Name);
    }
}

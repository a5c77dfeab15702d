using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace LibvirtXml.Package.Tests.Infrastructure;

/// <summary>
/// Which portable pdb an assembly asks for, and which one a pdb is: a debugger or symbol server pairs them by this id
/// (the pdb's id, written into the assembly's CodeView debug directory entry as a GUID and a time stamp).
/// </summary>
internal static class Symbols
{
    public static string RequestedPdbId(byte[] image)
    {
        using var pe = new PEReader(new MemoryStream(image));
        var codeView = pe.ReadDebugDirectory().Single(entry => entry.Type == DebugDirectoryEntryType.CodeView);
        return Format(new BlobContentId(pe.ReadCodeViewDebugDirectoryData(codeView).Guid, codeView.Stamp));
    }

    public static string PdbId(byte[] pdb)
    {
        using var provider = MetadataReaderProvider.FromPortablePdbStream(new MemoryStream(pdb));
        return Format(new BlobContentId(provider.GetMetadataReader().DebugMetadataHeader!.Id));
    }

    private static string Format(BlobContentId id) => $"{id.Guid} {id.Stamp:x8}";
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace LibvirtXml.Package.Tests.Infrastructure;

/// <summary>Precompiled (ReadyToRun) code in an assembly, and what the JIT compiled in a run, read from its summary.</summary>
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

    /// <summary>
    /// The assembly's non-generic types (nested and compiler-generated ones included) as the JIT's summary names them:
    /// <c>Namespace.Type</c>, <c>Namespace.Outer+Nested</c>. Generic types are left out: the summary names their
    /// instantiations (<c>Type`1[System.__Canon]</c>), which the assembly's precompiled code need not cover.
    /// </summary>
    public static IReadOnlySet<string> NonGenericTypeNames(byte[] image)
    {
        using var pe = new PEReader(new MemoryStream(image));
        var metadata = pe.GetMetadataReader();
        return metadata.TypeDefinitions.Select(metadata.GetTypeDefinition)
            .Where(type => type.GetGenericParameters().Count == 0 && metadata.GetString(type.Name) != "<Module>")
            .Select(type => Name(metadata, type))
            .ToHashSet(StringComparer.Ordinal);
    }

    private static string Name(MetadataReader metadata, TypeDefinition type)
    {
        var name = metadata.GetString(type.Name);
        if (type.GetDeclaringType() is { IsNil: false } declaring) return Name(metadata, metadata.GetTypeDefinition(declaring)) + "+" + name;
        var ns = metadata.GetString(type.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }

    /// <summary>
    /// The methods in a <c>DOTNET_JitStdOutFile</c> written with <c>DOTNET_JitDisasmSummary=1</c>, one line each:
    /// <c>  25: JIT compiled LibvirtXml.LibvirtXmlReader:Enter() [Tier0, IL size=190, code size=548]</c>.
    /// </summary>
    public static IReadOnlyList<JitCompiledMethod> ReadJitSummary(string path)
    {
        const string Marker = "JIT compiled ";
        var methods = new List<JitCompiledMethod>();
        foreach (var line in File.ReadLines(path))
        {
            var start = line.IndexOf(Marker, StringComparison.Ordinal);
            if (start < 0) continue;
            var text = line[(start + Marker.Length)..];
            // The type comes first and never holds a colon; the method may (global::I.M for an explicit implementation).
            var colon = text.IndexOf(':');
            var parenthesis = text.IndexOf('(');
            var bracket = text.LastIndexOf('[');
            if (colon < 0 || parenthesis < colon || bracket < parenthesis)
                throw new FormatException($"unexpected line in the JIT summary {path}: {line}");
            var method = text[(colon + 1)..parenthesis];
            var tier = text[(bracket + 1)..].Split(',', ']')[0];
            methods.Add(new JitCompiledMethod(text[..colon], method, method.Contains('['), tier, text));
        }

        return methods;
    }
}

/// <summary>One line of the JIT's summary. A generic method's name carries its instantiation: <c>M[System.__Canon]</c>.</summary>
internal sealed record JitCompiledMethod(string Type, string Method, bool IsGenericMethod, string Tier, string Line)
{
    /// <summary>A method running hot that the runtime compiles again, optimized; precompiled code goes that way too.</summary>
    public bool IsTier1Recompilation => Tier.StartsWith("Tier1", StringComparison.Ordinal);
}

using System;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace LibvirtXml.Generator.Tests.Versions;

/// <summary>A generated compilation emitted and loaded (collectible, so that each grammar version gets its own copy), to run what it generated.</summary>
internal sealed class GeneratedAssembly
{
    private readonly Assembly _assembly;
    private readonly string _namespace;

    public GeneratedAssembly(Compilation compilation, string name, string @namespace = "LibvirtXml")
    {
        using var image = new MemoryStream();
        var emit = compilation.Emit(image);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        _assembly = new AssemblyLoadContext(name, isCollectible: true).LoadFromStream(new MemoryStream(image.ToArray()));
        _namespace = @namespace;
    }

    public Type Type(string name) => _assembly.GetType(_namespace + "." + name) ?? throw new ArgumentException($"no generated type {name}");

    /// <summary>Calls the document's static <c>Parse(string)</c>; a refusal surfaces as the LibvirtXmlException it threw.</summary>
    public object Parse(string documentType, string xml)
    {
        try
        {
            return Type(documentType).GetMethod("Parse", new[] { typeof(string) })!.Invoke(null, new object[] { xml })!;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
    }

    /// <summary>Calls the document's <c>Validate()</c> and returns its errors as text.</summary>
    public static System.Collections.Generic.IReadOnlyList<string> Validate(object document) =>
        System.Linq.Enumerable.ToList(System.Linq.Enumerable.Select(
            (System.Collections.Generic.IEnumerable<LibvirtXml.LibvirtXmlValidationError>)document.GetType().GetMethod("Validate", System.Type.EmptyTypes)!.Invoke(document, null)!,
            e => e.ToString()));

    public static string Marshal(object document) => (string)document.GetType().GetMethod("Marshal", System.Type.EmptyTypes)!.Invoke(document, null)!;
}

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using LibvirtXml.Generator.Binding;
using LibvirtXml.Generator.Common;
using Microsoft.CodeAnalysis;

namespace LibvirtXml.Generator.Pipeline;

/// <summary>A runtime type some binding file maps elements to, and whether generated code asks it for <c>OwnerType</c>.</summary>
internal sealed record RuntimeTypeRequirement(string MetadataName, bool NeedsOwnerType);

/// <summary>Why generated code could not use a runtime type: it is missing, or lacks a member the generated code calls.</summary>
internal sealed record RuntimeTypeProblem(string MetadataName, string Problem);

/// <summary>
/// Checks the runtime types binding files name against the compilation, so that a wrong name is an LVX0007 at the binding
/// entry rather than a compile error inside generated code. Runs on every compilation change, so it looks up only those
/// few names and its output (plain strings) keeps every later step cached.
/// </summary>
internal static class RuntimeTypeCheck
{
    public static EquatableArray<RuntimeTypeRequirement> Requirements(ImmutableArray<BindingResult> bindings) =>
        bindings
            .Where(result => result.Binding is not null)
            .SelectMany(result => result.Binding!.RuntimeTypes)
            .GroupBy(runtime => RuntimeTypeName.Qualify(runtime.TypeName), System.StringComparer.Ordinal)
            .OrderBy(group => group.Key, System.StringComparer.Ordinal)
            .Select(group => new RuntimeTypeRequirement(group.Key, group.Any(runtime => runtime.Discriminator is not null)))
            .ToEquatableArray();

    public static EquatableArray<RuntimeTypeProblem> Check(Compilation compilation, EquatableArray<RuntimeTypeRequirement> requirements)
    {
        var problems = new List<RuntimeTypeProblem>();
        foreach (var requirement in requirements)
        {
            if (ProblemWith(compilation.GetTypeByMetadataName(requirement.MetadataName), requirement) is { } problem)
                problems.Add(new RuntimeTypeProblem(requirement.MetadataName, problem));
        }
        return problems.ToEquatableArray();
    }

    private static string? ProblemWith(INamedTypeSymbol? type, RuntimeTypeRequirement requirement)
    {
        if (type is null)
            return $"the runtime type '{requirement.MetadataName}' is not found in the project or its references (or is ambiguous)";

        var missing = new List<string>();
        if (!type.GetMembers("ReadXml").OfType<IMethodSymbol>().Any(method => method.IsStatic && method.Parameters.Length == 2))
            missing.Add("static ReadXml(LibvirtXmlReader, string?)");
        if (!type.GetMembers("WriteXml").OfType<IMethodSymbol>().Any(method => !method.IsStatic && method.Parameters.Length == 2))
            missing.Add("WriteXml(LibvirtXmlWriter, string)");
        if (requirement.NeedsOwnerType && !type.GetMembers("OwnerType").OfType<IPropertySymbol>().Any())
            missing.Add("OwnerType (it has a discriminator)");
        return missing.Count == 0 ? null : $"the runtime type '{requirement.MetadataName}' lacks what generated code calls: {string.Join(", ", missing)}";
    }
}

using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace LibvirtXml.Generator.Tests.Versions;

/// <summary>Every public type and member of a compilation's own assembly, one line each ("DomainBackupPullServer.FD: ..."), for comparing two generated APIs.</summary>
internal static class PublicApi
{
    private static readonly SymbolDisplayFormat Format = SymbolDisplayFormat.CSharpErrorMessageFormat
        .WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier | SymbolDisplayMiscellaneousOptions.UseSpecialTypes)
        .WithMemberOptions(SymbolDisplayMemberOptions.IncludeAccessibility | SymbolDisplayMemberOptions.IncludeContainingType | SymbolDisplayMemberOptions.IncludeParameters | SymbolDisplayMemberOptions.IncludeType | SymbolDisplayMemberOptions.IncludeModifiers);

    public static SortedSet<string> Of(Compilation compilation)
    {
        var lines = new SortedSet<string>(System.StringComparer.Ordinal);
        foreach (var type in Types(compilation.Assembly.GlobalNamespace).Where(IsPublic))
        {
            lines.Add($"{type.TypeKind.ToString().ToLowerInvariant()} {type.ToDisplayString(Format)} : {string.Join(", ", type.AllInterfaces.Select(i => i.ToDisplayString(Format)).OrderBy(i => i))}");
            foreach (var member in type.GetMembers().Where(IsPublic))
            {
                if (member is IMethodSymbol { MethodKind: MethodKind.PropertyGet or MethodKind.PropertySet }) continue; // shown with their property
                var accessors = member is IPropertySymbol property ? $" {{ {(property.GetMethod is { DeclaredAccessibility: Accessibility.Public } ? "get; " : "")}{(property.SetMethod is { DeclaredAccessibility: Accessibility.Public } ? "set; " : "")}}}" : "";
                lines.Add(member.ToDisplayString(Format) + accessors);
            }
        }
        return lines;
    }

    private static IEnumerable<INamedTypeSymbol> Types(INamespaceSymbol @namespace) =>
        @namespace.GetTypeMembers().SelectMany(Nested).Concat(@namespace.GetNamespaceMembers().SelectMany(Types));

    private static IEnumerable<INamedTypeSymbol> Nested(INamedTypeSymbol type) => new[] { type }.Concat(type.GetTypeMembers().SelectMany(Nested));

    private static bool IsPublic(ISymbol symbol) => symbol.DeclaredAccessibility == Accessibility.Public && !symbol.IsImplicitlyDeclared || symbol is IMethodSymbol { MethodKind: MethodKind.Constructor, DeclaredAccessibility: Accessibility.Public };
}

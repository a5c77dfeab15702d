using System.Linq;
using LibvirtXml.Generator.Binding;
using static LibvirtXml.Generator.Emit.CSharpNames;

namespace LibvirtXml.Generator.Emit;

/// <summary>XML doc comments for generated members: what they map, the values the grammar allows, and what absence means.</summary>
internal static class PropertyDocs
{
    public static void Write(CodeWriter w, PropertyModel property)
    {
        w.Line("/// <summary>");
        w.Line("/// " + What(property));
        if (property.Values.Count > 0)
            w.Line("/// Allowed values: " + string.Join(", ", property.Values.Select(v => $"<c>{Doc(v)}</c>")) + ".");
        if (property.IsDiscriminatorFor.Count > 0)
            w.Line($"/// Tells which branch {string.Join(" and ", property.IsDiscriminatorFor)} hold{(property.IsDiscriminatorFor.Count == 1 ? "s" : "")}; when null on an object built in code, it is written from the branch that is set.");
        w.Line("/// " + Absent(property));
        w.Line("/// </summary>");
    }

    public static void WriteBranch(CodeWriter w, VariantModel variant, VariantBranchModel branch)
    {
        w.Line("/// <summary>");
        w.Line($"/// The <c>{variant.Attribute}='{Doc(branch.Value)}'</c> branch{(branch.IsDefault ? $", also taken when <c>{variant.Attribute}</c> is absent" : "")}.");
        w.Line($"/// Set at most one of {string.Join(", ", variant.Branches.Select(b => $"<see cref=\"{b.PropertyName}\"/>"))}: writing refuses more than one.");
        if (branch.IsDefault && variant.IsRequired)
            w.Line($"/// When none is set, <c>{variant.Attribute}='{Doc(branch.Value)}'</c> is written.");
        w.Line("/// </summary>");
    }

    private static string What(PropertyModel property) => property.Kind switch
    {
        PropertyKind.Attribute => $"The <c>{property.XmlName}</c> attribute{(property.IsRequired ? ", required by the grammar" : "")}.",
        PropertyKind.Text => "The element's text content.",
        PropertyKind.RawElement => $"The <c>&lt;{property.XmlName}&gt;</c> child element{(property.IsList ? "s" : "")}, kept as XML: this binding does not model its content.",
        _ when property.IsList => $"The <c>&lt;{property.XmlName}&gt;</c> child elements, in document order.",
        _ => $"The <c>&lt;{property.XmlName}&gt;</c> child element{(property.IsRequired ? ", required by the grammar" : "")}.",
    };

    private static string Absent(PropertyModel property) =>
        property.IsList ? "Empty when there are none; none is written then." : "Null when absent; nothing is written then.";
}

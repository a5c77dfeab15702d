using System.Linq;
using System.Text;
using LibvirtXml.Generator.Binding;

namespace LibvirtXml.Generator.Tests.Infrastructure;

/// <summary>A readable dump of the binder's type model, so a binding change shows up as a small text diff.</summary>
internal static class TypeModelPrinter
{
    public static string Print(TypeModel model)
    {
        var text = new StringBuilder();
        text.Append("namespace ").Append(model.Namespace).Append(" (from ").Append(model.SchemaFile).Append(")\n");
        foreach (var @class in model.Classes)
        {
            text.Append('\n');
            text.Append(@class.IsDocument ? "document " : @class.IsVariantBranch ? "branch " : "class ")
                .Append(@class.Name).Append(" <").Append(@class.XmlName).Append("> at ").Append(@class.Path).Append('\n');
            foreach (var property in @class.Properties)
            {
                var type = property.Kind switch
                {
                    PropertyKind.Element or PropertyKind.RuntimeElement or PropertyKind.RawElement => property.TypeName,
                    _ => property.Scalar.ToString(),
                };
                text.Append("  ").Append(property.Name).Append(": ").Append(property.IsList ? $"List<{type}>" : type + "?")
                    .Append(" = ").Append(property.Kind).Append(' ').Append(property.XmlName);
                if (property.IsRequired) text.Append(" required");
                if (property.Values.Count > 0) text.Append(" {").Append(string.Join("|", property.Values)).Append('}');
                if (property.Discriminator is not null) text.Append(" branch-from @").Append(property.Discriminator);
                if (property.IsDiscriminatorFor.Count > 0) text.Append(" selects ").Append(string.Join(",", property.IsDiscriminatorFor));
                text.Append('\n');
            }
            foreach (var variant in @class.Variants)
            {
                text.Append("  variant @").Append(variant.Attribute).Append(variant.IsRequired ? " required" : " optional").Append(":");
                foreach (var branch in variant.Branches)
                    text.Append(' ').Append(branch.PropertyName).Append('=').Append(branch.Value).Append(branch.IsDefault ? "(default)" : "").Append("->").Append(branch.TypeName);
                text.Append('\n');
            }
            text.Append("  write: ").Append(string.Join(" ", @class.WriteOrder.Select(s => s.Kind switch
            {
                WriteStepKind.Attribute => "@" + s.Name,
                WriteStepKind.Element => "<" + s.Name + ">",
                WriteStepKind.Discriminator => "@" + s.Name + "(variant)",
                WriteStepKind.VariantAttributes => "[@" + s.Name + " branch attributes]",
                WriteStepKind.VariantElements => "[@" + s.Name + " branch elements]",
                _ => "text",
            }))).Append('\n');
        }
        return text.ToString();
    }
}

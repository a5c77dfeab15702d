using System.Globalization;
using System.Linq;
using LibvirtXml.Generator.Binding;
using static LibvirtXml.Generator.Emit.CSharpNames;

namespace LibvirtXml.Generator.Emit;

/// <summary>Writes a class's Validate: the grammar's required items, value sets, patterns, ranges and exclusive variants.</summary>
internal static class ValidationEmitter
{
    private const string Validator = "global::LibvirtXml.LibvirtXmlValidator";
    private const string Validatable = "global::LibvirtXml.ILibvirtXmlValidatable";

    public static void EmitRules(CodeWriter w, ClassModel @class)
    {
        foreach (var property in @class.Properties.Where(NeedsRule))
        {
            var rules = property.Rules!;
            var values = string.Join(", ", rules.Values.Select(Literal));
            var patterns = string.Join(", ", rules.Patterns.Select(p => Literal(p.DotNet)));
            var collapse = string.Join(", ", rules.Patterns.Select(p => p.Collapse ? "true" : "false"));
            var description = string.Join(" or ", rules.Values.Select(v => "'" + v + "'").Concat(rules.Patterns.Select(p => "a match of " + p.Xsd)));
            w.Line($"private static readonly global::LibvirtXml.LibvirtValueRule {RuleField(property)} = new global::LibvirtXml.LibvirtValueRule(");
            w.Line($"    new string[] {{ {values} }}, {(rules.ExactValues ? "true" : "false")}, new string[] {{ {patterns} }}, new bool[] {{ {collapse} }}, {Literal(description)});");
            w.Line();
        }
    }

    public static void EmitValidate(CodeWriter w, ClassModel @class)
    {
        if (@class.IsDocument)
        {
            w.Line("/// <summary>");
            w.Line("/// Checks this object against the grammar's constraints before it is written: required attributes and elements, allowed values,");
            w.Line("/// the grammar's patterns and numeric ranges, and that at most one branch of each choice is set.");
            w.Line("/// </summary>");
            w.Line("/// <returns>Every problem found, each with its path; empty when the object is valid.</returns>");
            w.Line("public global::System.Collections.Generic.IReadOnlyList<global::LibvirtXml.LibvirtXmlValidationError> Validate()");
            w.Line("{");
            w.Line($"    var validator = new {Validator}();");
            w.Line($"    ValidateContent(validator, {Literal("/" + @class.XmlName)});");
            w.Line("    return validator.Errors;");
            w.Line("}");
            w.Line();
        }

        if (!@class.IsVariantBranch)
        {
            w.Line($"void {Validatable}.Validate({Validator} validator, string path) => ValidateContent(validator, path);");
            w.Line();
        }

        w.Line("/// <summary>Adds every way this object breaks the grammar's constraints; <paramref name=\"path\"/> is its element's path.</summary>");
        w.Line($"internal void ValidateContent({Validator} validator, string path)");
        w.Line("{");
        w.Indent();
        foreach (var property in @class.Properties) EmitProperty(w, @class, property);
        foreach (var variant in @class.Variants) EmitVariant(w, @class, variant);
        for (var i = 0; i < @class.ChoiceRules.Count; i++) EmitChoiceRule(w, @class, @class.ChoiceRules[i], i);
        w.Outdent();
        w.Line("}");
        w.Line();
    }

    private static bool NeedsRule(PropertyModel property) =>
        property.Kind is PropertyKind.Attribute or PropertyKind.TextElement or PropertyKind.Text
        && property.Scalar == ScalarKind.String && property.Rules is { AnyText: false };

    private static string RuleField(PropertyModel property) => "s_" + char.ToLowerInvariant(property.Name[0]) + property.Name.Substring(1) + "Rule";

    private static string PathOf(PropertyModel property) => property.Kind switch
    {
        PropertyKind.Attribute => Literal("/@" + property.XmlName),
        PropertyKind.Text => "\"\"",
        _ => Literal("/" + property.XmlName),
    };

    private static void EmitProperty(CodeWriter w, ClassModel @class, PropertyModel property)
    {
        var path = $"path + {PathOf(property)}";
        var field = Field(property.Name);
        switch (property.Kind)
        {
            case PropertyKind.Attribute or PropertyKind.Text or PropertyKind.TextElement when property.IsList:
                w.Line($"if ({field} != null)");
                w.Line("{");
                w.Indent();
                w.Line($"for (var i = 0; i < {field}.Count; i++)");
                w.Line("{");
                w.Indent();
                EmitScalarChecks(w, property, $"{field}[i]", $"{path} + \"[\" + (i + 1).ToString(global::System.Globalization.CultureInfo.InvariantCulture) + \"]\"");
                w.Outdent();
                w.Line("}");
                w.Outdent();
                w.Line("}");
                if (property.IsRequired) w.Line($"if ({field} == null || {field}.Count == 0) validator.Add(path, {Literal($"needs at least one <{property.XmlName}>")});");
                break;
            case PropertyKind.Attribute or PropertyKind.Text or PropertyKind.TextElement:
                if (property.IsRequired) w.Line($"validator.Required({path}, {field});");
                EmitScalarChecks(w, property, field, path);
                if (property.IsDiscriminatorFor.Count > 0) EmitDiscriminatorConsistency(w, @class, property, path);
                break;
            case PropertyKind.Element or PropertyKind.RuntimeElement when property.IsList:
                w.Line($"if ({field} != null)");
                w.Line($"    for (var i = 0; i < {field}.Count; i++)");
                w.Line($"        (({Validatable}){field}[i]).Validate(validator, {path} + \"[\" + (i + 1).ToString(global::System.Globalization.CultureInfo.InvariantCulture) + \"]\");");
                if (property.IsRequired) w.Line($"if ({field} == null || {field}.Count == 0) validator.Add(path, {Literal($"needs at least one <{property.XmlName}>")});");
                break;
            case PropertyKind.Element or PropertyKind.RuntimeElement:
                if (property.IsRequired) w.Line($"validator.Required({path}, {field});");
                w.Line($"if ({field} != null) (({Validatable}){field}).Validate(validator, {path});");
                break;
            case PropertyKind.RawElement when property.IsRequired && !property.IsList:
                w.Line($"validator.Required({path}, {field});");
                break;
        }
    }

    private static void EmitScalarChecks(CodeWriter w, PropertyModel property, string value, string path)
    {
        if (NeedsRule(property))
        {
            w.Line($"validator.Check({path}, {value}, {RuleField(property)});");
            return;
        }

        var rules = property.Rules;
        if (property.Scalar != ScalarKind.String && rules is not null && (rules.Minimum is not null || rules.Maximum is not null))
        {
            w.Line($"validator.CheckRange({path}, {value}, {Decimal(rules.Minimum)}, {Decimal(rules.Maximum)});");
        }
    }

    private static string Decimal(string? number) => number is null ? "null" : number + "m";

    /// <summary>The attribute that selects a runtime type's branch must agree with the branch that is set.</summary>
    private static void EmitDiscriminatorConsistency(CodeWriter w, ClassModel @class, PropertyModel attribute, string path)
    {
        var field = Field(attribute.Name);
        foreach (var element in attribute.IsDiscriminatorFor)
        {
            var local = Field(element).Substring(1) + "Type";
            w.Line($"if ({field} != null && {Field(element)}?.OwnerType is {{ }} {local} && !global::LibvirtXml.LibvirtXmlReader.TokenEquals({field}, {local}))");
            w.Line($"    validator.Add({path}, \"is '\" + {field} + \"' but {element} holds a '\" + {local} + \"' branch\");");
        }
    }

    /// <summary>A merged choice: the set members must add up to one of the grammar's branches (checked by the runtime's rule).</summary>
    private static void EmitChoiceRule(CodeWriter w, ClassModel @class, ChoiceRule rule, int index)
    {
        var arguments = rule.Members.Select(member => ChoiceArgument(@class, member));
        w.Line($"validator.CheckChoice(path, {ChoiceField(index)}, {string.Join(", ", arguments)});");
    }

    public static void EmitChoiceRules(CodeWriter w, ClassModel @class)
    {
        for (var i = 0; i < @class.ChoiceRules.Count; i++)
        {
            var rule = @class.ChoiceRules[i];
            var members = string.Join(", ", rule.Members.Select(Literal));
            var branches = string.Join(", ", rule.Branches.Select(b => "new string[] { " + string.Join(", ", b.Members.Select(m => Literal(Presence(m.Presence) + string.Join("|", m.Values)))) + " }"));
            w.Line($"private static readonly global::LibvirtXml.LibvirtChoiceRule {ChoiceField(i)} = new global::LibvirtXml.LibvirtChoiceRule(");
            w.Line($"    {(rule.IsOptional ? "true" : "false")}, new string[] {{ {members} }}, new string[][] {{ {branches} }});");
            w.Line();
        }
    }

    private static string ChoiceField(int index) => "s_choice" + index.ToString(CultureInfo.InvariantCulture) + "Rule";

    private static string Presence(MemberPresence presence) => presence switch
    {
        MemberPresence.Absent => "-",
        MemberPresence.Optional => "?",
        MemberPresence.Required => "!",
        _ => "*",
    };

    /// <summary>A member's value as the rule sees it: an attribute's string (the discriminator's as it will be written), an element, or null.</summary>
    private static string ChoiceArgument(ClassModel @class, string member)
    {
        var property = member[0] == '@'
            ? @class.Properties.FirstOrDefault(p => p.Kind == PropertyKind.Attribute && p.XmlName == member.Substring(1))
            : @class.Properties.FirstOrDefault(p => p.Kind is PropertyKind.Element or PropertyKind.TextElement or PropertyKind.RuntimeElement or PropertyKind.RawElement && p.XmlName == member);
        if (property is null) return "null";
        var field = Field(property.Name);
        if (property.IsList) return $"{field} != null && {field}.Count > 0 ? {field} : null";
        if (property.IsDiscriminatorFor.Count > 0) return ClassEmitter.AttributeValue(property);
        return property.Kind == PropertyKind.Attribute && property.Scalar == ScalarKind.String ? field : $"(object?){field}";
    }

    private static void EmitVariant(CodeWriter w, ClassModel @class, VariantModel variant)
    {
        var names = string.Join(", ", variant.Branches.Select(b => b.PropertyName));
        var path = $"path + {Literal("/@" + variant.Attribute)}";
        if (variant.Branches.Count > 1)
        {
            var count = string.Join(" + ", variant.Branches.Select(b => $"({Field(b.PropertyName)} is null ? 0 : 1)"));
            w.Line($"if ({count} > 1) validator.Add({path}, {Literal($"more than one of {names} is set")});");
        }
        if (variant.IsRequired && variant.Default is null)
        {
            var none = string.Join(" && ", variant.Branches.Select(b => $"{Field(b.PropertyName)} is null"));
            w.Line($"if ({none}) validator.Add(path, {Literal($"one of {names} must be set")});");
        }
        foreach (var branch in variant.Branches)
            w.Line($"{Field(branch.PropertyName)}?.ValidateContent(validator, path);");
    }
}

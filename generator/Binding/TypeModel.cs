using LibvirtXml.Generator.Common;
using LibvirtXml.Generator.Rng;

namespace LibvirtXml.Generator.Binding;

/// <summary>The C# shape of one document: every class the emitter writes, in a stable order.</summary>
internal sealed record TypeModel(string Namespace, string SchemaFile, EquatableArray<ClassModel> Classes);

/// <summary>How a scalar is held in C#.</summary>
internal enum ScalarKind
{
    String,
    UInt32,
    UInt64,
    Int32,
    Int64,
}

/// <summary>
/// One generated class. Element classes read and write an element named <see cref="XmlName"/>;
/// variant branch classes (<see cref="IsVariantBranch"/>) hold the part of their owner's content that one branch adds.
/// </summary>
/// <param name="Source">The schema file name and line, for doc comments.</param>
/// <param name="Declaration">The full path, line and column of the schema element, for diagnostics about this class.</param>
internal sealed record ClassModel(
    string Name,
    string XmlName,
    string Path,
    bool IsDocument,
    bool IsVariantBranch,
    string? Text,
    EquatableArray<PropertyModel> Properties,
    EquatableArray<VariantModel> Variants,
    EquatableArray<WriteStep> WriteOrder,
    SourceLine Source,
    SourceSpan Declaration,
    EquatableArray<ChoiceRule> ChoiceRules = default);

/// <summary>
/// A choice merged into plain properties still allows only its branches' combinations: Validate() checks that the
/// object matches one branch (or, for an optional choice, sets none of its members).
/// </summary>
internal sealed record ChoiceRule(bool IsOptional, EquatableArray<string> Members, EquatableArray<ChoiceBranchRule> Branches);

/// <summary>What one branch of a merged choice requires of each member of the choice (by XML name, '@' for attributes).</summary>
internal sealed record ChoiceBranchRule(EquatableArray<MemberRule> Members);

/// <summary>How one branch treats a member: absent, optional or required, with the fixed values it allows (none listed: any).</summary>
internal sealed record MemberRule(string Member, MemberPresence Presence, EquatableArray<string> Values);

internal enum MemberPresence
{
    Absent,
    Optional,
    Required,
    /// <summary>Constrained by a nested choice of the branch, which this rule does not look into.</summary>
    Any,
}

/// <summary>Where in a schema a class or member comes from, for doc comments.</summary>
internal sealed record SourceLine(string File, int Line);

internal enum PropertyKind
{
    /// <summary>An attribute holding a scalar.</summary>
    Attribute,
    /// <summary>A child element with text content only, held as a scalar (or a list of scalars).</summary>
    TextElement,
    /// <summary>A child element with a generated class (or a list of them).</summary>
    Element,
    /// <summary>A child element read and written by a hand-written runtime type.</summary>
    RuntimeElement,
    /// <summary>A child element kept as XML (an XElement), as the binding file asks.</summary>
    RawElement,
    /// <summary>The element's own text content.</summary>
    Text,
}

/// <summary>One property of a generated class.</summary>
/// <param name="TypeName">The generated or runtime class for element kinds; null for scalars.</param>
/// <param name="Values">The fixed values the grammar allows, when it lists them.</param>
/// <param name="Discriminator">For runtime elements: the owner attribute passed to the runtime type and derived from it.</param>
/// <param name="IsDiscriminatorFor">For attributes: the runtime element properties this attribute selects the branch of.</param>
/// <param name="Rules">For scalars: what the grammar allows, checked by Validate().</param>
internal sealed record PropertyModel(
    string Name,
    string XmlName,
    PropertyKind Kind,
    ScalarKind Scalar,
    string? TypeName,
    bool IsList,
    bool IsRequired,
    EquatableArray<string> Values,
    string? Discriminator,
    EquatableArray<string> IsDiscriminatorFor,
    ValueRules? Rules = null);

/// <summary>
/// What a scalar may hold: one of <see cref="Values"/> (compared as tokens unless <see cref="ExactValues"/>) or a match of
/// one of <see cref="Patterns"/> (already translated to .NET, anchored), within <see cref="Minimum"/>..<see cref="Maximum"/> for numbers;
/// anything when <see cref="AnyText"/>.
/// </summary>
internal sealed record ValueRules(bool AnyText, EquatableArray<string> Values, bool ExactValues, EquatableArray<TranslatedPattern> Patterns, string? Minimum, string? Maximum);

/// <summary>An XSD pattern and its .NET translation.</summary>
internal sealed record TranslatedPattern(string Xsd, string DotNet, bool Collapse);

/// <summary>A choice whose branches are told apart by the value of one attribute and carry different structure.</summary>
internal sealed record VariantModel(string Attribute, bool IsRequired, EquatableArray<VariantBranchModel> Branches)
{
    public VariantBranchModel? Default
    {
        get
        {
            foreach (var branch in Branches)
            {
                if (branch.IsDefault) return branch;
            }
            return null;
        }
    }
}

/// <summary>One branch of a variant: the property that holds it, its class and its attribute value.</summary>
/// <param name="CompareExactly">The value is <c>string</c>-typed: read character for character, not as a whitespace-collapsed token.</param>
internal sealed record VariantBranchModel(string PropertyName, string TypeName, string Value, bool IsDefault, bool HasAttributes, bool HasElements, bool CompareExactly);

internal enum WriteStepKind
{
    Attribute,
    Element,
    Discriminator,
    VariantAttributes,
    VariantElements,
    Text,
}

/// <summary>One step of writing a class, in libvirt's output order: a property, or a variant's discriminator or content.</summary>
internal sealed record WriteStep(WriteStepKind Kind, string Name);

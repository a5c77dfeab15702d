using System.ComponentModel;
using System.Linq;

namespace LibvirtXml;

/// <summary>
/// A choice of the grammar that the generated class holds as plain properties: which combinations of its members
/// the branches allow. Generated code declares one per merged choice and checks it in Validate().
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class LibvirtChoiceRule
{
    private readonly bool _optional;
    private readonly string[] _members;
    private readonly string[][] _branches;

    /// <summary>Creates a rule.</summary>
    /// <param name="optional">The whole choice may be left out (no member set).</param>
    /// <param name="members">The members' XML names (<c>@attribute</c> or <c>element</c>), in the order values are passed.</param>
    /// <param name="branches">For each branch, one entry per member: <c>-</c> absent, <c>?</c> optional, <c>!</c> required,
    /// <c>*</c> unconstrained, followed by the fixed values it allows separated by <c>|</c> (none: any value).</param>
    public LibvirtChoiceRule(bool optional, string[] members, string[][] branches)
    {
        _optional = optional;
        _members = members;
        _branches = branches;
    }

    /// <summary>Whether the members' values (null when absent; attribute values as strings) match a branch.</summary>
    /// <param name="values">One value per member.</param>
    /// <returns>Whether some branch (or, for an optional choice, leaving everything out) allows them.</returns>
    public bool Allows(object?[] values)
    {
        if (_optional && values.All(v => v is null))
        {
            return true;
        }

        return _branches.Any(branch => Matches(branch, values));
    }

    /// <summary>The members, for error messages.</summary>
    public string Description => string.Join(", ", _members.Select(m => m[0] == '@' ? m : "<" + m + ">"));

    private bool Matches(string[] branch, object?[] values)
    {
        for (var i = 0; i < branch.Length; i++)
        {
            var rule = branch[i];
            var value = values[i];
            switch (rule[0])
            {
                case '-' when value is not null:
                case '!' when value is null:
                    return false;
            }

            if (value is string text && rule.Length > 1 && IsKnown(i, text) && !rule.Substring(1).Split('|').Any(v => LibvirtXmlReader.TokenEquals(text, v)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A value no branch lists is reported by the member's own value check: it does not also fail the choice.</summary>
    private bool IsKnown(int member, string value) =>
        _branches.Any(branch => branch[member].Length > 1 && branch[member].Substring(1).Split('|').Any(v => LibvirtXmlReader.TokenEquals(value, v)));
}

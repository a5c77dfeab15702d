using System.Collections.Generic;
using System.ComponentModel;

namespace LibvirtXml;

/// <summary>Collects validation errors while generated <c>Validate</c> methods walk an object graph.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class LibvirtXmlValidator
{
    private readonly List<LibvirtXmlValidationError> _errors = new();

    /// <summary>The errors found so far, in the order found.</summary>
    public IReadOnlyList<LibvirtXmlValidationError> Errors => _errors;

    /// <summary>Records an error.</summary>
    /// <param name="path">Where.</param>
    /// <param name="message">What.</param>
    public void Add(string path, string message) => _errors.Add(new LibvirtXmlValidationError(path, message));

    /// <summary>Records an error when a required value is missing.</summary>
    /// <param name="path">The attribute's or element's path.</param>
    /// <param name="value">The value, null when missing.</param>
    /// <returns>Whether the value is present.</returns>
    public bool Required(string path, object? value)
    {
        if (value is not null)
        {
            return true;
        }

        Add(path, "is required");
        return false;
    }

    /// <summary>Records an error when a value is present and the rule does not allow it.</summary>
    /// <param name="path">The attribute's or element's path.</param>
    /// <param name="value">The value, or null (nothing to check).</param>
    /// <param name="rule">What the grammar allows.</param>
    public void Check(string path, string? value, LibvirtValueRule rule)
    {
        if (value is not null && !rule.Allows(value))
        {
            Add(path, "'" + value + "' is not allowed: expected " + rule.Description);
        }
    }

    /// <summary>Records an error when the members of a merged choice match none of its branches.</summary>
    /// <param name="path">The element's path.</param>
    /// <param name="rule">The choice.</param>
    /// <param name="values">One value per member of the rule: an attribute's value, an element or list, or null when absent.</param>
    public void CheckChoice(string path, LibvirtChoiceRule rule, params object?[] values)
    {
        if (!rule.Allows(values))
        {
            Add(path, rule.Description + ": this combination matches none of the grammar's alternatives");
        }
    }

    /// <summary>Records an error when a number is present and outside the grammar's inclusive bounds.</summary>
    /// <param name="path">The attribute's or element's path.</param>
    /// <param name="value">The value, or null.</param>
    /// <param name="minimum">The lower bound, or null.</param>
    /// <param name="maximum">The upper bound, or null.</param>
    public void CheckRange(string path, decimal? value, decimal? minimum, decimal? maximum)
    {
        if (value is { } number && ((minimum is { } min && number < min) || (maximum is { } max && number > max)))
        {
            Add(path, number + " is out of range: expected " + (minimum?.ToString() ?? "") + ".." + (maximum?.ToString() ?? ""));
        }
    }
}

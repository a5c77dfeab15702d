using System;
using System.ComponentModel;
using System.Linq;
using System.Text.RegularExpressions;

namespace LibvirtXml;

/// <summary>
/// What the grammar allows in one attribute or text: fixed values (RELAX NG tokens unless exact) or XSD patterns,
/// already translated to .NET and anchored by the generator. Regexes are built on first use.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class LibvirtValueRule
{
    // A pathological pattern must not hang validation.
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    private readonly string[] _values;
    private readonly bool _exactValues;
    private readonly string[] _patterns;
    private readonly bool[] _collapse;
    private Regex[]? _regexes;

    /// <summary>Creates a rule.</summary>
    /// <param name="values">Allowed fixed values.</param>
    /// <param name="exactValues">Compare values character for character rather than as tokens.</param>
    /// <param name="patterns">Allowed .NET patterns (anchored).</param>
    /// <param name="collapse">For each pattern, whether whitespace is collapsed before matching.</param>
    /// <param name="description">What is allowed, for error messages.</param>
    public LibvirtValueRule(string[] values, bool exactValues, string[] patterns, bool[] collapse, string description)
    {
        _values = values;
        _exactValues = exactValues;
        _patterns = patterns;
        _collapse = collapse;
        Description = description;
    }

    /// <summary>What is allowed, for error messages.</summary>
    public string Description { get; }

    /// <summary>Whether the value is allowed.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Whether one of the values or patterns accepts it.</returns>
    public bool Allows(string value)
    {
        foreach (var allowed in _values)
        {
            if (_exactValues ? value == allowed : LibvirtXmlReader.TokenEquals(value, allowed))
            {
                return true;
            }
        }

        var regexes = _regexes ??= _patterns.Select(p => new Regex(p, RegexOptions.CultureInvariant, MatchTimeout)).ToArray();
        for (var i = 0; i < regexes.Length; i++)
        {
            try
            {
                if (regexes[i].IsMatch(_collapse[i] ? XmlWhitespace.Collapse(value) : value))
                {
                    return true;
                }
            }
            catch (RegexMatchTimeoutException)
            {
                return false;
            }
        }

        return false;
    }
}

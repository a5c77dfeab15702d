using System.Collections.Generic;

namespace LibvirtXml.Generator.Rng;

/// <summary>
/// One <c>grammar</c> during resolution: its start and define components after includes and divs are expanded,
/// and the keys its defines get. The top grammar's keys are the define names; the grammar numbered n (nested
/// grammars and grammars reached by externalRef, numbered in the order they are met) uses "name#n".
/// </summary>
internal sealed class GrammarScope(int ordinal, GrammarScope? parent)
{
    private readonly Dictionary<string, List<GrammarComponent>> _definesByName = new(System.StringComparer.Ordinal);

    public int Ordinal { get; } = ordinal;

    /// <summary>The grammar a <c>parentRef</c> names defines of.</summary>
    public GrammarScope? Parent { get; } = parent;

    public List<GrammarComponent> Starts { get; } = new();

    /// <summary>Define names in order of their first <c>define</c>.</summary>
    public List<string> DefineNames { get; } = new();

    /// <summary>Filled once the define patterns are resolved.</summary>
    public List<Define> Defines { get; } = new();

    public void Add(GrammarComponent component)
    {
        if (component.IsStart)
        {
            Starts.Add(component);
            return;
        }
        if (!_definesByName.TryGetValue(component.Name, out var parts))
        {
            _definesByName.Add(component.Name, parts = new List<GrammarComponent>());
            DefineNames.Add(component.Name);
        }
        parts.Add(component);
    }

    public bool HasDefine(string name) => _definesByName.ContainsKey(name);

    public IReadOnlyList<GrammarComponent> PartsOf(string name) => _definesByName[name];

    public string KeyOf(string name) => Ordinal == 1 ? name : name + "#" + Ordinal;
}

using System.Collections.Generic;
using System.Linq;
using LibvirtXml.Generator.Diagnostics;
using LibvirtXml.Generator.Rng;

namespace LibvirtXml.Generator.Binding;

internal sealed partial class Binder
{
    /// <summary>
    /// Names classes top-down, so that a default name builds on its owner's final name (DomainBackupPull + Server).
    /// Two classes that end up with one name are one class: that is how a binding file merges defines.
    /// </summary>
    private List<ClassBuilder> AssignNames(List<ClassBuilder> documents)
    {
        var byName = new Dictionary<string, ClassBuilder>();
        var queue = new Queue<(ClassBuilder Class, string DefaultName)>();
        foreach (var document in documents)
            queue.Enqueue((document, _index.FindDocumentType(document.XmlName) ?? Naming.Pascal(document.XmlName)));

        var expanded = new HashSet<ClassBuilder>();
        while (queue.Count > 0)
        {
            var (candidate, defaultName) = queue.Dequeue();
            var builder = candidate.Find();
            if (builder.Name is null)
            {
                var name = builder.IsDocument ? defaultName : _index.FindTypeName(builder.Paths) ?? defaultName;
                if (byName.TryGetValue(name, out var existing) && !ReferenceEquals(existing.Find(), builder))
                {
                    var survivor = Merge(existing, builder);
                    // The survivor may have gained members whose classes still need names.
                    expanded.Remove(survivor);
                    queue.Enqueue((survivor, name));
                    continue;
                }
                builder.Name = name;
                byName[name] = builder;
            }

            if (!expanded.Add(builder)) continue;
            foreach (var variant in builder.Variants)
            {
                foreach (var branch in variant.Branches)
                    queue.Enqueue((branch.Class, builder.Name + BranchPropertyName(builder, branch)));
            }
            foreach (var element in builder.Elements.Values)
            {
                if (element.Class is { } child && !child.Find().IsSimple)
                    queue.Enqueue((child, builder.Name + _index.Word(element.XmlName)));
            }
        }

        return byName.Values.Select(c => c.Find()).Distinct().OrderBy(c => c.Name, System.StringComparer.Ordinal).ToList();
    }

    private string BranchPropertyName(ClassBuilder owner, BranchBuilder branch) =>
        _index.FindPropertyName(owner.Paths, branch.Value) ?? _index.Word(branch.Value);

    private void ReportUnmatchedBindings() => _diagnostics.AddRange(_index.Unmatched());
}

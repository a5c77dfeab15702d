namespace LibvirtXml.Generator.Rng;

/// <summary>A RELAX NG name class, with namespaces already resolved from <c>ns</c> inheritance and prefixes.</summary>
internal abstract record NameClass;

/// <summary><c>&lt;name&gt;</c> or the <c>name</c> attribute: one qualified name.</summary>
internal sealed record QualifiedName(string Namespace, string LocalName) : NameClass
{
    public override string ToString() => Namespace.Length == 0 ? LocalName : "{" + Namespace + "}" + LocalName;
}

/// <summary><c>&lt;anyName&gt;</c>, optionally with <c>&lt;except&gt;</c>.</summary>
internal sealed record AnyName(NameClass? Except) : NameClass;

/// <summary><c>&lt;nsName&gt;</c>: every name in one namespace, optionally with <c>&lt;except&gt;</c>.</summary>
internal sealed record NamespaceName(string Namespace, NameClass? Except) : NameClass;

/// <summary><c>&lt;choice&gt;</c> of name classes.</summary>
internal sealed record NameChoice(NameClass First, NameClass Second) : NameClass;

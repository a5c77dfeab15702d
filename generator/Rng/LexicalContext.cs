namespace LibvirtXml.Generator.Rng;

/// <summary>
/// What a RELAX NG element inherits from where it stands: its file, the <c>ns</c> and <c>datatypeLibrary</c> in effect,
/// the in-scope prefixes, the chain of files being expanded (to catch include/externalRef loops) and the grammar whose
/// defines its refs name. Immutable; <see cref="Enter"/> returns the context of a child element.
/// </summary>
internal sealed class LexicalContext
{
    private LexicalContext(string path, string ns, string datatypeLibrary, PrefixBinding? prefixes, FileChain chain, GrammarScope? grammar)
    {
        Path = path;
        Ns = ns;
        DatatypeLibrary = datatypeLibrary;
        Prefixes = prefixes;
        Chain = chain;
        Grammar = grammar;
    }

    public string Path { get; }

    /// <summary>The <c>ns</c> of the nearest ancestor-or-self that has one; "" when none has.</summary>
    public string Ns { get; }

    /// <summary>The <c>datatypeLibrary</c> in effect. Does not cross file boundaries (RELAX NG resolves it per file).</summary>
    public string DatatypeLibrary { get; }

    public PrefixBinding? Prefixes { get; }

    public FileChain Chain { get; }

    public GrammarScope? Grammar { get; }

    /// <summary>
    /// Context at the root of another file reached by include or externalRef from this one:
    /// <c>ns</c> carries over (the spec transfers it), datatypeLibrary and prefixes start afresh.
    /// </summary>
    public LexicalContext ForFile(string path) => new(path, Ns, "", null, Chain.Push(path), Grammar);

    public static LexicalContext ForRoot(string path) => new(path, "", "", null, FileChain.Start(path), null);

    public LexicalContext WithGrammar(GrammarScope grammar) => new(Path, Ns, DatatypeLibrary, Prefixes, Chain, grammar);

    /// <summary>The context inside <paramref name="node"/>, with its own ns, datatypeLibrary and xmlns declarations applied.</summary>
    public LexicalContext Enter(RngNode node)
    {
        var ns = node.GetAttribute("ns");
        var datatypeLibrary = node.GetAttribute("datatypeLibrary");
        if (ns is null && datatypeLibrary is null && node.NamespaceDeclarations.Count == 0) return this;

        var prefixes = Prefixes;
        foreach (var declaration in node.NamespaceDeclarations)
        {
            prefixes = new PrefixBinding(declaration.Prefix, declaration.Uri, prefixes);
        }
        return new LexicalContext(Path, ns ?? Ns, datatypeLibrary ?? DatatypeLibrary, prefixes, Chain, Grammar);
    }

    public string? LookupPrefix(string prefix)
    {
        if (prefix == "xml") return RngNamespaces.Xml;
        for (var binding = Prefixes; binding is not null; binding = binding.Next)
        {
            if (binding.Prefix == prefix) return binding.Uri;
        }
        return null;
    }
}

/// <summary>In-scope <c>xmlns:prefix</c> declarations, innermost first.</summary>
internal sealed class PrefixBinding(string prefix, string uri, PrefixBinding? next)
{
    public string Prefix { get; } = prefix;
    public string Uri { get; } = uri;
    public PrefixBinding? Next { get; } = next;
}

namespace LibvirtXml.Generator.Rng;

/// <summary>Namespace URIs the RELAX NG reader needs to know.</summary>
internal static class RngNamespaces
{
    public const string RelaxNg = "http://relaxng.org/ns/structure/1.0";

    /// <summary>Bound to the <c>xml</c> prefix in every document.</summary>
    public const string Xml = "http://www.w3.org/XML/1998/namespace";

    public const string XmlnsAttributes = "http://www.w3.org/2000/xmlns/";

    /// <summary>The datatype library libvirt uses; printed as <c>xsd:</c> by <see cref="GrammarPrinter"/>.</summary>
    public const string XmlSchemaDatatypes = "http://www.w3.org/2001/XMLSchema-datatypes";
}

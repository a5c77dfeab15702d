using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace LibvirtXml.Generator.Tests.Fuzz;

/// <summary>
/// Breaks schema and binding files the way edits, bad copies and version skew do: elements deleted, duplicated, renamed,
/// moved or wrapped; attributes changed or removed; hrefs pointed elsewhere; text truncated or garbled.
/// Deterministic for a given <see cref="Random"/>.
/// </summary>
internal sealed class SchemaMutator(Random random)
{
    private static readonly string[] RelaxNgElements =
    {
        "grammar", "start", "define", "div", "include", "element", "attribute", "group", "choice", "interleave", "optional",
        "zeroOrMore", "oneOrMore", "mixed", "list", "ref", "parentRef", "externalRef", "empty", "text", "value", "data",
        "param", "except", "name", "anyName", "nsName", "notAllowed",
    };

    private static readonly string[] Wrappers = { "choice", "group", "interleave", "optional", "zeroOrMore", "oneOrMore", "mixed", "list", "element", "attribute", "define", "div", "except" };

    private static readonly string[] SchemaAttributes = { "name", "href", "combine", "type", "ns", "datatypeLibrary" };

    private static readonly string[] OddValues =
    {
        "", " ", "x", "1st", "class", "a b", "a:b", "xsd:string", "undeclared:thing", "choice", "interleave", "sideways",
        "string", "token", "unsignedLong", "int", "http://www.w3.org/2001/XMLSchema-datatypes", "urn:elsewhere", "ünïcødé",
        "\"quoted\"", "back\\slash", "-dash", "_", "%41", "missing.rng", "http://example.org/x.rng", "/", "..", "../schemas/domaincommon.rng",
        "domain", "disk", "server", "DomainBackup", "Reset", "Marshal", "Parse", "Equals", "Value", "GetType",
    };

    private static readonly string[] BindingEntries = { "document", "word", "type", "property", "runtime", "raw", "order", "binding", "rename" };

    private static readonly string[] BindingAttributes = { "element", "type", "xml", "cs", "plural", "path", "name", "discriminator", "attributes", "elements", "optional", "schema" };

    private static readonly string[] OddBindingValues =
    {
        "", "1x", "class", "a b", "A.B", "A..B", "ünïcødé", "Domain_Backup", "DomainBackup", "DomainBackupPull", "DomainBackupPullServer",
        "Reset", "Marshal", "Parse", "ReadXml", "Value", "Equals", "GetHashCode", "true", "false",
        "domainbackup", "domainbackup/disks/disk", "domainbackup[mode=pull]/server", "domainbackup//disk", "[mode=pull]", "domainbackup[mode", "a/b/c/d/e",
        "domainbackup[mode=push]/disks/disk/target", "type", "transport", "name port", "driver target scratch", "LibvirtXml.DomainDiskSource", "System.String",
    };

    /// <summary>A few names that exist in the file, so that renames and refs sometimes hit real defines.</summary>
    public string MutateSchema(string text, IReadOnlyList<string> fileNames)
    {
        var operations = 1 + random.Next(3);
        for (var i = 0; i < operations; i++) text = MutateSchemaOnce(text, fileNames);
        return text;
    }

    public string MutateBinding(string text)
    {
        var operations = 1 + random.Next(3);
        for (var i = 0; i < operations; i++) text = MutateBindingOnce(text);
        return text;
    }

    private string MutateSchemaOnce(string text, IReadOnlyList<string> fileNames)
    {
        switch (random.Next(20))
        {
            case 0: return Truncate(text);
            case 1: return Garble(text);
        }
        if (Load(text) is not { Root: { } root } document) return Garble(text);
        var elements = root.DescendantsAndSelf().ToList();
        var element = elements[random.Next(elements.Count)];
        var ns = root.Name.Namespace;
        var defineNames = root.Descendants(ns + "define").Select(d => (string?)d.Attribute("name")).OfType<string>().Distinct().ToList();
        switch (random.Next(11))
        {
            case 0:
            case 1:
                if (element != root) element.Remove();
                break;
            case 2:
                if (element != root) element.AddAfterSelf(new XElement(element));
                break;
            case 3:
                element.Name = ns + Pick(RelaxNgElements.Concat(new[] { "sequence", "foo" }).ToArray());
                break;
            case 4:
            case 5:
                var attribute = Pick(SchemaAttributes);
                var value = random.Next(3) switch
                {
                    0 when defineNames.Count > 0 => Pick(defineNames),
                    1 when attribute == "href" => Pick(fileNames),
                    _ => Pick(OddValues),
                };
                element.SetAttributeValue(attribute, value);
                break;
            case 6:
                var attributes = element.Attributes().Where(a => !a.IsNamespaceDeclaration).ToList();
                if (attributes.Count > 0) Pick(attributes).Remove();
                break;
            case 7:
                var includes = root.Descendants().Where(e => e.Attribute("href") is not null).ToList();
                if (includes.Count > 0) Pick(includes).SetAttributeValue("href", random.Next(2) == 0 ? Pick(fileNames) : Pick(OddValues));
                break;
            case 8:
                var target = elements[random.Next(elements.Count)];
                if (element != root && !element.DescendantsAndSelf().Contains(target))
                {
                    element.Remove();
                    target.Add(element);
                }
                break;
            case 9:
                if (element != root) element.ReplaceWith(new XElement(ns + Pick(Wrappers), new XAttribute("name", Pick(defineNames.Count > 0 ? defineNames : OddValues.ToList())), element));
                break;
            default:
                element.Add(random.Next(2) == 0 ? new XText(Pick(OddValues)) : new XElement(ns + "value", Pick(OddValues)));
                break;
        }
        return document.ToString(SaveOptions.DisableFormatting);
    }

    private string MutateBindingOnce(string text)
    {
        switch (random.Next(12))
        {
            case 0: return Truncate(text);
            case 1: return Garble(text);
        }
        if (Load(text) is not { Root: { } root } document) return Garble(text);
        var entries = root.Elements().ToList();
        var entry = entries.Count > 0 && random.Next(6) > 0 ? entries[random.Next(entries.Count)] : root;
        switch (random.Next(6))
        {
            case 0:
                if (entry != root) entry.Remove();
                break;
            case 1:
                if (entry != root) entry.AddAfterSelf(new XElement(entry));
                break;
            case 2:
                entry.Name = entry.Name.Namespace + Pick(BindingEntries);
                break;
            case 3:
                var attributes = entry.Attributes().Where(a => !a.IsNamespaceDeclaration).ToList();
                if (attributes.Count > 0) Pick(attributes).Remove();
                break;
            default:
                entry.SetAttributeValue(Pick(BindingAttributes), Pick(OddBindingValues));
                break;
        }
        return document.ToString(SaveOptions.DisableFormatting);
    }

    private string Truncate(string text) => text.Substring(0, random.Next(text.Length));

    private string Garble(string text)
    {
        var at = random.Next(text.Length + 1);
        var copied = Math.Min(30, text.Length / 2);
        return random.Next(3) switch
        {
            0 => text.Insert(at, Pick(new[] { "<", ">", "&", "\"", "'", "/>", "</", "<!--", "]]>", "&#0;", "\uFFFE", "<x>", "<!DOCTYPE x>" })),
            1 => text.Remove(at, Math.Min(random.Next(1, 40), text.Length - at)),
            _ => text.Insert(at, text.Substring(random.Next(text.Length - copied + 1), copied)),
        };
    }

    private static XDocument? Load(string text)
    {
        try
        {
            return XDocument.Parse(text, LoadOptions.PreserveWhitespace);
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}

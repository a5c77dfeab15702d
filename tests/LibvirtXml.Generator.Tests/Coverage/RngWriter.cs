using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Xml;
using LibvirtXml.Generator.Rng;

namespace LibvirtXml.Generator.Tests.Coverage;

/// <summary>
/// Writes a <see cref="Grammar"/> back as one self-contained RELAX NG file: a start and the defines reachable from it.
/// Nothing is left to inheritance: every element, attribute, name and value carries its <c>ns</c>, every data and
/// value its <c>datatypeLibrary</c>, so the file means exactly what the model means and external validators can judge
/// the model (and mutations of it) directly.
/// </summary>
internal static class RngWriter
{
    public static string Write(Grammar grammar)
    {
        var defineNames = SafeDefineNames(GrammarWalk.ReachableDefineKeys(grammar));
        var text = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", OmitXmlDeclaration = true, NewLineChars = "\n" };
        using (var xml = XmlWriter.Create(new StringWriter(text), settings))
        {
            var writer = new Writer(xml, defineNames);
            xml.WriteStartElement("grammar", RngNamespaces.RelaxNg);
            xml.WriteStartElement("start", RngNamespaces.RelaxNg);
            writer.WritePattern(grammar.Start);
            xml.WriteEndElement();
            foreach (var (key, name) in defineNames)
            {
                var define = grammar.FindDefine(key) ?? throw new InvalidOperationException($"a ref names the missing define '{key}'");
                xml.WriteStartElement("define", RngNamespaces.RelaxNg);
                xml.WriteAttributeString("name", name);
                writer.WritePattern(define.Pattern);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return text.Append('\n').ToString();
    }

    /// <summary>
    /// Define keys as NCNames: keys of nested grammars look like "name#2", which a define name cannot hold. A key
    /// that is already an NCName keeps its spelling; the others get their bad characters replaced and, when that
    /// collides, a number.
    /// </summary>
    private static List<KeyValuePair<string, string>> SafeDefineNames(IReadOnlyList<string> keys)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (IsNCName(key) && taken.Add(key)) names[key] = key;
        }
        foreach (var key in keys)
        {
            if (names.ContainsKey(key)) continue;
            var candidate = Sanitized(key);
            var unique = candidate;
            for (var n = 2; !taken.Add(unique); n++) unique = candidate + "_" + n;
            names[key] = unique;
        }

        var ordered = new List<KeyValuePair<string, string>>(keys.Count);
        foreach (var key in keys) ordered.Add(new KeyValuePair<string, string>(key, names[key]));
        return ordered;
    }

    private static bool IsNCName(string text)
    {
        try
        {
            XmlConvert.VerifyNCName(text);
            return true;
        }
        catch (XmlException)
        {
            return false;
        }
    }

    private static string Sanitized(string key)
    {
        var name = new StringBuilder(key.Length + 1);
        foreach (var c in key) name.Append(XmlConvert.IsNCNameChar(c) ? c : '_');
        if (name.Length == 0 || !XmlConvert.IsStartNCNameChar(name[0])) name.Insert(0, 'd');
        return name.ToString();
    }

    private sealed class Writer(XmlWriter xml, IReadOnlyList<KeyValuePair<string, string>> defineNames)
    {
        private readonly Dictionary<string, string> _nameOfKey = ToDictionary(defineNames);

        public void WritePattern(Pattern pattern)
        {
            switch (pattern)
            {
                case ElementPattern element:
                    WriteNamed("element", element.Name, element.Content);
                    break;
                case AttributePattern attribute:
                    WriteNamed("attribute", attribute.Name, attribute.Content);
                    break;
                case GroupPattern { Items.Count: 0 }:
                case InterleavePattern { Items.Count: 0 }:
                    WriteEmptyElement("empty"); // RELAX NG wants at least one child; an empty sequence is <empty/>
                    break;
                case GroupPattern group:
                    WriteAll("group", group.Items);
                    break;
                case InterleavePattern interleave:
                    WriteAll("interleave", interleave.Items);
                    break;
                case ChoicePattern choice when choice.Items.Count == 0:
                    WriteEmptyElement("notAllowed"); // an empty choice matches nothing
                    break;
                case ChoicePattern choice:
                    WriteAll("choice", choice.Items);
                    break;
                case OptionalPattern optional:
                    WriteWrapped("optional", optional.Content);
                    break;
                case ZeroOrMorePattern zeroOrMore:
                    WriteWrapped("zeroOrMore", zeroOrMore.Content);
                    break;
                case OneOrMorePattern oneOrMore:
                    WriteWrapped("oneOrMore", oneOrMore.Content);
                    break;
                case MixedPattern mixed:
                    WriteWrapped("mixed", mixed.Content);
                    break;
                case ListPattern list:
                    WriteWrapped("list", list.Content);
                    break;
                case EmptyPattern:
                    WriteEmptyElement("empty");
                    break;
                case TextPattern:
                    WriteEmptyElement("text");
                    break;
                case NotAllowedPattern:
                    WriteEmptyElement("notAllowed");
                    break;
                case ValuePattern value:
                    xml.WriteStartElement("value", RngNamespaces.RelaxNg);
                    xml.WriteAttributeString("datatypeLibrary", value.DatatypeLibrary);
                    xml.WriteAttributeString("type", value.Type);
                    xml.WriteAttributeString("ns", value.Namespace);
                    xml.WriteString(value.Value);
                    xml.WriteFullEndElement();
                    break;
                case DataPattern data:
                    WriteData(data);
                    break;
                case RefPattern reference:
                    xml.WriteStartElement("ref", RngNamespaces.RelaxNg);
                    xml.WriteAttributeString("name", _nameOfKey[reference.Key]);
                    xml.WriteEndElement();
                    break;
                default:
                    throw new NotSupportedException($"RngWriter does not know {pattern.GetType().Name}");
            }
        }

        private void WriteNamed(string kind, NameClass name, Pattern content)
        {
            xml.WriteStartElement(kind, RngNamespaces.RelaxNg);
            if (name is QualifiedName qualified)
            {
                xml.WriteAttributeString("name", qualified.LocalName);
                xml.WriteAttributeString("ns", qualified.Namespace);
            }
            else
            {
                WriteNameClass(name);
            }
            WritePattern(content);
            xml.WriteEndElement();
        }

        private void WriteNameClass(NameClass name)
        {
            switch (name)
            {
                case QualifiedName qualified:
                    xml.WriteStartElement("name", RngNamespaces.RelaxNg);
                    xml.WriteAttributeString("ns", qualified.Namespace);
                    xml.WriteString(qualified.LocalName);
                    xml.WriteFullEndElement();
                    break;
                case AnyName any:
                    xml.WriteStartElement("anyName", RngNamespaces.RelaxNg);
                    WriteNameClassExcept(any.Except);
                    xml.WriteEndElement();
                    break;
                case NamespaceName ns:
                    xml.WriteStartElement("nsName", RngNamespaces.RelaxNg);
                    xml.WriteAttributeString("ns", ns.Namespace);
                    WriteNameClassExcept(ns.Except);
                    xml.WriteEndElement();
                    break;
                case NameChoice choice:
                    xml.WriteStartElement("choice", RngNamespaces.RelaxNg);
                    WriteNameClass(choice.First);
                    WriteNameClass(choice.Second);
                    xml.WriteEndElement();
                    break;
                default:
                    throw new NotSupportedException($"RngWriter does not know {name.GetType().Name}");
            }
        }

        private void WriteNameClassExcept(NameClass? except)
        {
            if (except is null) return;
            xml.WriteStartElement("except", RngNamespaces.RelaxNg);
            WriteNameClass(except);
            xml.WriteEndElement();
        }

        private void WriteData(DataPattern data)
        {
            xml.WriteStartElement("data", RngNamespaces.RelaxNg);
            xml.WriteAttributeString("datatypeLibrary", data.DatatypeLibrary);
            xml.WriteAttributeString("type", data.Type);
            foreach (var parameter in data.Params)
            {
                xml.WriteStartElement("param", RngNamespaces.RelaxNg);
                xml.WriteAttributeString("name", parameter.Name);
                xml.WriteString(parameter.Value);
                xml.WriteFullEndElement();
            }
            if (data.Except is { } except) WriteWrapped("except", except);
            xml.WriteEndElement();
        }

        private void WriteAll(string kind, IEnumerable<Pattern> items)
        {
            xml.WriteStartElement(kind, RngNamespaces.RelaxNg);
            foreach (var item in items) WritePattern(item);
            xml.WriteEndElement();
        }

        private void WriteWrapped(string kind, Pattern content)
        {
            xml.WriteStartElement(kind, RngNamespaces.RelaxNg);
            WritePattern(content);
            xml.WriteEndElement();
        }

        private void WriteEmptyElement(string kind)
        {
            xml.WriteStartElement(kind, RngNamespaces.RelaxNg);
            xml.WriteEndElement();
        }

        private static Dictionary<string, string> ToDictionary(IReadOnlyList<KeyValuePair<string, string>> pairs)
        {
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var pair in pairs) map.Add(pair.Key, pair.Value);
            return map;
        }
    }
}

using System.Collections.Generic;
using System.IO;
using System.Linq;
using LibvirtXml.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace LibvirtXml.Generator.Tests.Diagnostics;

/// <summary>
/// Every LVX diagnostic names the schema or binding file with line and column, so that the build prints
/// <c>file.rng(line,column): error LVX....: message</c> and an IDE jumps to the spot.
/// </summary>
public class DiagnosticLocationTests
{
    private const string Schema = "/schemas/doc.rng";
    private const string Binding = "/schemas/doc.binding.xml";
    private const string RelaxNg = "http://relaxng.org/ns/structure/1.0";

    private const string ValidBinding = """
        <binding xmlns="urn:libvirtxml:binding:1" schema="doc.rng">
          <document element="doc" type="Doc" />
        </binding>
        """;

    private static string Grammar(string body) => $"<grammar xmlns=\"{RelaxNg}\">\n  <start>\n    <ref name=\"doc\"/>\n  </start>\n{body}\n</grammar>\n";

    private static IReadOnlyList<Diagnostic> Run(string schema, string binding = ValidBinding, params (string Path, string Role, string Text)[] more)
    {
        var files = new List<(string, string, string)> { (Schema, "Root", schema), (Binding, "Binding", binding) };
        files.AddRange(more);
        return GeneratorHarness.Run(new GeneratorInput(files)).GeneratorDiagnostics;
    }

    /// <summary>The single diagnostic with <paramref name="id"/>, checked to be at the file, line and column and to print as the build prints it.</summary>
    private static Diagnostic AssertAt(IReadOnlyList<Diagnostic> diagnostics, string id, string path, (int Line, int Column) position, string severity = "error")
    {
        var diagnostic = Assert.Single(diagnostics, d => d.Id == id);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(path, span.Path);
        Assert.Equal(position, (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        Assert.StartsWith($"{path}({position.Line},{position.Column}): {severity} {id}: ", diagnostic.ToString());
        return diagnostic;
    }

    [Fact]
    public void A_valid_grammar_and_binding_give_no_diagnostic() =>
        Assert.Empty(Run(Grammar("""  <define name="doc"><element name="doc"><attribute name="id"/></element></define>""")));

    [Fact]
    public void Malformed_schema_xml_is_LVX0001_where_the_xml_parser_stopped()
    {
        var schema = Grammar("""  <define name="doc"><element name="doc"><empty/></element></define>""").Replace("</grammar>", "</grammer>");

        var diagnostic = AssertAt(Run(schema), "LVX0001", Schema, SourcePosition.Of(schema, "</grammer>", offset: 2));

        Assert.Contains("not well-formed", diagnostic.GetMessage());
    }

    [Fact]
    public void A_misplaced_relax_ng_element_is_LVX0001_at_that_element()
    {
        var schema = Grammar("""  <define name="doc"><element name="doc"><start/></element></define>""");

        AssertAt(Run(schema), "LVX0001", Schema, SourcePosition.Of(schema, "<start/>"));
    }

    [Fact]
    public void An_include_that_cannot_be_found_is_LVX0002_at_the_include()
    {
        var schema = Grammar("""  <include href="common.rng"/>""" + "\n" + """  <define name="doc"><element name="doc"><empty/></element></define>""");

        var diagnostic = AssertAt(Run(schema), "LVX0002", Schema, SourcePosition.Of(schema, "<include"));

        Assert.Contains("/schemas/common.rng", diagnostic.GetMessage());
    }

    [Fact]
    public void An_undefined_ref_is_LVX0003_at_the_ref()
    {
        var schema = Grammar("""  <define name="doc"><element name="doc"><ref name="nowhere"/></element></define>""");

        AssertAt(Run(schema), "LVX0003", Schema, SourcePosition.Of(schema, "<ref name=\"nowhere\"/>"));
    }

    [Fact]
    public void An_undefined_ref_in_an_included_file_points_into_that_file()
    {
        const string common = "/schemas/common.rng";
        var included = $"<grammar xmlns=\"{RelaxNg}\">\n  <define name=\"id\">\n    <attribute name=\"id\"><ref name=\"idType\"/></attribute>\n  </define>\n</grammar>\n";
        var schema = Grammar("""  <include href="common.rng"/>""" + "\n" + """  <define name="doc"><element name="doc"><ref name="id"/></element></define>""");

        AssertAt(Run(schema, ValidBinding, (common, "Schema", included)), "LVX0003", common, SourcePosition.Of(included, "<ref name=\"idType\"/>"));
    }

    [Fact]
    public void A_duplicate_define_without_combine_is_LVX0004_at_the_second_define()
    {
        var schema = Grammar("""  <define name="doc"><element name="doc"><empty/></element></define>""" + "\n" + """   <define name="doc"><element name="other"><empty/></element></define>""");

        AssertAt(Run(schema), "LVX0004", Schema, SourcePosition.Of(schema, "   <define", offset: 4));
    }

    [Fact]
    public void An_element_outside_relax_ng_is_LVX0005_at_that_element()
    {
        var schema = Grammar("""  <define name="doc"><element name="doc"><sequence><empty/></sequence></element></define>""");

        AssertAt(Run(schema), "LVX0005", Schema, SourcePosition.Of(schema, "<sequence>"));
    }

    [Fact]
    public void A_start_without_any_element_is_LVX0005_at_its_pattern()
    {
        var schema = $"<grammar xmlns=\"{RelaxNg}\">\n  <start>\n    <text/>\n  </start>\n</grammar>\n";

        AssertAt(Run(schema), "LVX0005", Schema, SourcePosition.Of(schema, "<text/>"));
    }

    [Fact]
    public void Two_members_with_one_name_are_LVX0006_at_the_element_that_holds_them()
    {
        var schema = Grammar("""  <define name="doc"><element name="doc"><attribute name="max-size"/><attribute name="max_size"/></element></define>""");

        var diagnostic = AssertAt(Run(schema), "LVX0006", Schema, SourcePosition.Of(schema, "<element name=\"doc\">"));

        Assert.Contains("'MaxSize'", diagnostic.GetMessage());
    }

    [Fact]
    public void One_class_name_from_two_roots_is_LVX0006_at_the_second_roots_element()
    {
        const string other = "/schemas/other.rng";
        var otherSchema = $"<element xmlns=\"{RelaxNg}\" name=\"doc\">\n  <attribute name=\"other\"/>\n</element>\n";
        var otherBinding = "<binding xmlns=\"urn:libvirtxml:binding:1\" schema=\"other.rng\"><document element=\"doc\" type=\"Doc\" /></binding>";
        var schema = Grammar("""  <define name="doc"><element name="doc"><empty/></element></define>""");

        var diagnostics = Run(schema, ValidBinding, (other, "Root", otherSchema), ("/schemas/other.binding.xml", "Binding", otherBinding));

        var diagnostic = AssertAt(diagnostics, "LVX0006", other, SourcePosition.Of(otherSchema, "<element"));
        Assert.Contains("'doc.rng' and 'other.rng'", diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("reset", "Reset")]
    [InlineData("marshal", "Marshal")]
    [InlineData("read-element", "ReadElement")]
    [InlineData("get-type", "GetType")]
    [InlineData("equals", "Equals")]
    public void A_member_named_like_a_member_every_generated_class_has_is_LVX0006(string attribute, string member)
    {
        var schema = Grammar($$"""  <define name="doc"><element name="doc"><attribute name="{{attribute}}"/></element></define>""");

        var diagnostic = AssertAt(Run(schema), "LVX0006", Schema, SourcePosition.Of(schema, "<element name=\"doc\">"));

        Assert.Contains($"'{member}', which every generated class already has", diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("Nowhere", "'LibvirtXml.Nowhere' is not found")]
    [InlineData("System.String", "'System.String' lacks what generated code calls: static ReadXml(LibvirtXmlReader, string?), WriteXml(LibvirtXmlWriter, string)")]
    public void A_runtime_type_generated_code_cannot_use_is_LVX0007_at_the_binding_entry(string type, string problem)
    {
        var binding = ValidBinding.Replace("<document", $"<runtime path=\"doc/target\" type=\"{type}\" />\n  <document");
        var schema = Grammar("""  <define name="doc"><element name="doc"><element name="target"><attribute name="file"/></element></element></define>""");

        var diagnostic = AssertAt(Run(schema, binding), "LVX0007", Binding, SourcePosition.Of(binding, "<runtime"));

        Assert.Contains(problem, diagnostic.GetMessage());
    }

    [Fact]
    public void Malformed_binding_xml_is_LVX0007_where_the_xml_parser_stopped()
    {
        var binding = ValidBinding.Replace("</binding>", "</bindings>");

        AssertAt(Run(Grammar("""  <define name="doc"><element name="doc"><empty/></element></define>"""), binding), "LVX0007", Binding, SourcePosition.Of(binding, "</bindings>", offset: 2));
    }

    [Fact]
    public void An_invalid_csharp_name_in_a_binding_file_is_LVX0007_at_its_attribute()
    {
        var binding = ValidBinding.Replace("<document", "<word xml=\"id\" cs=\"1st\" />\n  <document");

        var diagnostic = AssertAt(Run(Grammar("""  <define name="doc"><element name="doc"><attribute name="id"/></element></define>"""), binding), "LVX0007", Binding, SourcePosition.Of(binding, "cs=\"1st\"", offset: 0));

        Assert.Contains("'1st' is not a valid C# identifier", diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("<type name=\"Doc\" />", "needs a non-empty 'path'")]
    [InlineData("<type path=\"doc//x\" name=\"X\" />", "empty segment")]
    [InlineData("<rename xml=\"id\" />", "unknown binding entry <rename>")]
    public void A_malformed_binding_entry_is_LVX0007_at_the_entry_or_its_attribute(string entry, string problem)
    {
        var binding = ValidBinding.Replace("<document", entry + "\n  <document");
        var at = entry.Contains("path=") ? SourcePosition.Of(binding, "path=", offset: 0) : SourcePosition.Of(binding, entry);

        var diagnostic = AssertAt(Run(Grammar("""  <define name="doc"><element name="doc"><empty/></element></define>"""), binding), "LVX0007", Binding, at);

        Assert.Contains(problem, diagnostic.GetMessage());
    }

    [Fact]
    public void A_binding_entry_that_matches_nothing_is_an_LVX0008_warning_at_the_entry()
    {
        var binding = ValidBinding.Replace("<document", "<type path=\"doc/server\" name=\"Server\" />\n  <document");

        var diagnostics = Run(Grammar("""  <define name="doc"><element name="doc"><empty/></element></define>"""), binding);

        var diagnostic = AssertAt(diagnostics, "LVX0008", Binding, SourcePosition.Of(binding, "<type"), severity: "warning");
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Single(diagnostics);
    }

    [Fact]
    public void An_optional_binding_entry_that_matches_nothing_is_not_reported()
    {
        var binding = ValidBinding.Replace("<document", "<type path=\"doc/server\" name=\"Server\" optional=\"true\" />\n  <document");

        Assert.Empty(Run(Grammar("""  <define name="doc"><element name="doc"><empty/></element></define>"""), binding));
    }

    [Fact]
    public void An_error_in_libvirts_own_schema_prints_as_file_line_column()
    {
        var path = Path.Combine(TestPaths.UpstreamSchemas, "domainbackup.rng");
        var broken = File.ReadAllText(path).Replace("<ref name=\"backupDisksPull\"/>", "<ref name=\"backupDisksPulled\"/>");
        var input = GeneratorInput.FromDirectory(TestPaths.UpstreamSchemas, "domainbackup.rng", Path.Combine(TestPaths.Bindings, "domainbackup.binding.xml")).Replace(path, broken);

        var diagnostics = GeneratorHarness.Run(input).GeneratorDiagnostics;

        var diagnostic = AssertAt(diagnostics, "LVX0003", path, SourcePosition.Of(broken, "<ref name=\"backupDisksPulled\"/>"));
        Assert.Matches(@"domainbackup\.rng\(\d+,\d+\): error LVX0003: ", diagnostic.ToString());
        Assert.All(diagnostics, d => Assert.StartsWith("LVX", d.Id));
        Assert.Empty(GeneratorHarness.Run(input).Result.GeneratedTrees);
    }
}

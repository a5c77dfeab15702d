using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using LibvirtXml.Generator.Tests.Infrastructure;

namespace LibvirtXml.Generator.Tests.Generation;

/// <summary>
/// A grammar of our own, unlike libvirt's, through the same rules: variants by a discriminator attribute,
/// merged scalars, typed data, repeated elements, text content with attributes, binding-file names and order.
/// </summary>
public class OwnGrammarTests
{
    private static readonly GeneratorInput Input = GeneratorInput.FromDirectory(TestPaths.TestGrammars, "shipment.rng",
        Path.Combine(TestPaths.TestGrammars, "shipment.binding.xml")) with { Namespace = "Logistics" };

    private static readonly Lazy<Assembly> Generated = new(() =>
    {
        var run = GeneratorHarness.Run(Input);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        using var image = new MemoryStream();
        var emit = run.Output.Emit(image);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        return new AssemblyLoadContext("shipment", isCollectible: true).LoadFromStream(new MemoryStream(image.ToArray()));
    });

    private static dynamic Parse(string xml) =>
        Generated.Value.GetType("Logistics.Shipment")!.GetMethod("Parse", new[] { typeof(string) })!.Invoke(null, new object[] { xml })!;

    private static dynamic New(string type) => Activator.CreateInstance(Generated.Value.GetType("Logistics." + type)!)!;

    [Fact]
    public void The_model_follows_the_grammar_and_the_binding_file() =>
        Snapshot.Match("shipment.model.txt", TypeModelPrinter.Print(Models.BindCleanly(TestPaths.TestGrammars, "shipment.rng", Path.Combine(TestPaths.TestGrammars, "shipment.binding.xml"))));

    [Fact]
    public void A_discriminated_choice_with_different_structure_becomes_one_property_per_branch()
    {
        var shipment = Parse("<shipment carrier='truck' priority='high'><plate>KA-123</plate><axles>3</axles></shipment>");

        Assert.NotNull(shipment.Truck);
        Assert.Null(shipment.Drone);
        Assert.Equal("KA-123", (string)shipment.Truck.Plate);
        Assert.Equal(3UL, (ulong?)shipment.Truck.Axles);
        Assert.Equal("high", (string)shipment.Priority);
    }

    [Fact]
    public void The_branch_whose_attribute_is_optional_is_taken_when_it_is_absent_and_written_explicitly()
    {
        var shipment = Parse("<shipment altitude='-40'/>");

        Assert.NotNull(shipment.Drone);
        Assert.Equal(-40, (int?)shipment.Drone.Altitude);
        Assert.Equal("<shipment carrier='drone' altitude='-40'/>\n", (string)shipment.Marshal());
    }

    [Fact]
    public void Choices_that_differ_only_in_values_and_optional_attributes_merge_and_round_trip()
    {
        var xml = "<shipment carrier='drone' altitude='100' priority='low'>\n" +
                  "  <parcel weight-grams='1200' fragile='no' stackable='2'>\n" +
                  "    <label lang='en'>Books</label>\n" +
                  "  </parcel>\n" +
                  "  <parcel weight-grams='5' fragile='yes'/>\n" +
                  "  <note>leave at the door</note>\n" +
                  "</shipment>\n";

        var shipment = Parse(xml);

        Assert.Equal(2, (int)shipment.Parcels.Count);
        Assert.Equal(1200u, (uint?)shipment.Parcels[0].Grams);
        Assert.Equal("no", (string)shipment.Parcels[0].Fragile);
        Assert.Equal("2", (string)shipment.Parcels[0].Stackable);
        Assert.Equal("en", (string)shipment.Parcels[0].Label.Lang);
        Assert.Equal("Books", (string)shipment.Parcels[0].Label.Value);
        Assert.Equal(xml, (string)shipment.Marshal());
    }

    [Fact]
    public void A_text_element_that_occurs_once_is_read_by_the_runtimes_loop_and_keeps_its_unknown_attributes()
    {
        // <customs> has no list and is in none, so its class reads part by part (LibvirtXmlReader.ReadTextElement);
        // <label> is inside a list item, so its class reads itself.
        var xml = "<shipment altitude='1'>\n  <parcel weight-grams='5'>\n    <label lang='de'>Kiste</label>\n  </parcel>\n" +
                  "  <customs code='DE-1' extra='x'>goods</customs>\n</shipment>\n";

        var shipment = Parse(xml);

        Assert.Equal("DE-1", (string)shipment.Customs.Code);
        Assert.Equal("goods", (string)shipment.Customs.Value);
        Assert.Equal(xml.Replace("<shipment altitude", "<shipment carrier='drone' altitude"), (string)shipment.Marshal());
        Assert.Contains(typeof(LibvirtXml.ILibvirtXmlElementReader), Generated.Value.GetType("Logistics.ShipmentCustoms")!.GetInterfaces());
        Assert.DoesNotContain(typeof(LibvirtXml.ILibvirtXmlElementReader), Generated.Value.GetType("Logistics.ParcelLabel")!.GetInterfaces());
    }

    [Fact]
    public void Objects_built_in_code_write_the_binding_files_order()
    {
        var shipment = New("Shipment");
        shipment.Note = "ring twice";
        shipment.Truck = New("ShipmentTruck");
        shipment.Truck.Plate = "B-42";
        var parcel = New("ShipmentParcel");
        parcel.Grams = (uint?)10;
        shipment.Parcels.Add(parcel);

        Assert.Equal("<shipment carrier='truck'>\n  <plate>B-42</plate>\n  <parcel weight-grams='10'/>\n  <note>ring twice</note>\n</shipment>\n", (string)shipment.Marshal());
    }

    [Fact]
    public void Token_values_ignore_surrounding_whitespace_and_string_values_do_not()
    {
        Assert.NotNull(Parse("<shipment carrier=' drone ' altitude='1'/>").Drone);

        var error = Assert.ThrowsAny<Exception>(() => Parse("<shipment carrier=' truck '><plate>X</plate></shipment>"));

        Assert.Contains("unknown carrier", error.InnerException!.Message);
    }

    [Fact]
    public void The_namespace_comes_from_the_build_property()
    {
        Assert.NotNull(Generated.Value.GetType("Logistics.Shipment"));
        Assert.DoesNotContain(Generated.Value.GetTypes(), t => t.Namespace == "LibvirtXml");
    }
}

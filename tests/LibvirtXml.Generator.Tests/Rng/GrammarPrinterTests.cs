using LibvirtXml.Generator.Rng;
using static LibvirtXml.Generator.Tests.Rng.SchemaFiles;

namespace LibvirtXml.Generator.Tests.Rng;

public class GrammarPrinterTests
{
    [Fact]
    public void PrintsStartThenOneBlockPerDefine()
    {
        var grammar = LoadClean(Grammar("""
            <start><ref name="doc"/></start>
            <define name="doc">
              <element name="doc" ns="urn:d">
                <optional><attribute name="mode"><choice><value>push</value><value type="string">a "b"</value></choice></attribute></optional>
                <zeroOrMore><element><anyName><except><nsName/></except></anyName><text/></element></zeroOrMore>
                <data type="string"><param name="pattern">[a-z]+</param><except><value>x</value></except></data>
                <value type="QName">p:n</value>
                <grammar><start><parentRef name="doc"/></start><define name="unused"><empty/></define></grammar>
              </element>
            </define>
            """, "datatypeLibrary=\"http://www.w3.org/2001/XMLSchema-datatypes\""));

        Assert.Equal("""
            start
              ref doc

            define doc
              element {urn:d}doc
                group
                  optional
                    attribute mode
                      choice
                        value "push"
                        value xsd:string "a \"b\""
                  zeroOrMore
                    element * - ({urn:d}*)
                      text
                  data xsd:string pattern="[a-z]+"
                    except
                      value "x"
                  value xsd:QName "p:n" ns="urn:d"
                  ref doc

            define unused#2
              empty

            """.Replace("\r\n", "\n"), GrammarPrinter.Print(grammar));
    }
}

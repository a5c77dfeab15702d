using System;
using System.Globalization;
using System.IO;
using LibvirtXml;

namespace LibvirtXml.Runtime.Tests;

public class CanonicalWriterTests
{
    private static string Write(Action<LibvirtXmlWriter> write)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        var writer = new LibvirtXmlWriter(text);
        write(writer);
        writer.Flush();
        return text.ToString();
    }

    [Fact]
    public void NestedEmptyAndTextElementsMatchLibvirtsLayout()
    {
        var xml = Write(w =>
        {
            w.WriteStartElement("domainbackup");
            w.WriteAttribute("mode", "pull");
            w.WriteElementText("incremental", "1525889631");
            w.WriteStartElement("server");
            w.WriteAttribute("transport", "tcp");
            w.WriteAttribute("name", "localhost");
            w.WriteAttribute("port", (uint?)10809);
            w.WriteEndElement();
            w.WriteStartElement("disks");
            w.WriteStartElement("disk");
            w.WriteAttribute("name", "vda");
            w.WriteStartElement("scratch");
            w.WriteAttribute("file", "/path/to/file");
            w.WriteStartElement("seclabel");
            w.WriteAttribute("model", "dac");
            w.WriteAttribute("relabel", "no");
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteStartElement("disk");
            w.WriteAttribute("name", "vdb");
            w.WriteAttribute("backup", "no");
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndElement();
        });

        Assert.Equal(
            "<domainbackup mode='pull'>\n" +
            "  <incremental>1525889631</incremental>\n" +
            "  <server transport='tcp' name='localhost' port='10809'/>\n" +
            "  <disks>\n" +
            "    <disk name='vda'>\n" +
            "      <scratch file='/path/to/file'>\n" +
            "        <seclabel model='dac' relabel='no'/>\n" +
            "      </scratch>\n" +
            "    </disk>\n" +
            "    <disk name='vdb' backup='no'/>\n" +
            "  </disks>\n" +
            "</domainbackup>\n",
            xml);
    }

    [Fact]
    public void WriteElementsWritesEachElementOfAListInOrderAndNothingForNull()
    {
        var items = new System.Collections.Generic.List<LibvirtXml.Runtime.Tests.TestElements.MatchedItem>
        {
            new() { ElementName = "item", A = "1" },
            new() { ElementName = "item", A = "2" },
        };

        var xml = Write(w =>
        {
            w.WriteStartElement("list");
            w.WriteElements(items);
            w.WriteElements(null);
            w.WriteEndElement();
        });

        Assert.Equal("<list>\n  <item a='1'/>\n  <item a='2'/>\n</list>\n", xml);
    }

    [Fact]
    public void WriteElementsRefusesANullItem()
    {
        var items = new System.Collections.Generic.List<LibvirtXml.Runtime.Tests.TestElements.MatchedItem> { new() { ElementName = "item" }, null! };

        var error = Assert.Throws<LibvirtXmlException>(() => Write(w =>
        {
            w.WriteStartElement("list");
            w.WriteElements(items);
        }));

        Assert.Contains("holds null", error.Message);
    }

    [Fact]
    public void EmptyRootIsOneSelfClosingLine()
    {
        Assert.Equal("<domainbackup/>\n", Write(w =>
        {
            w.WriteStartElement("domainbackup");
            w.WriteEndElement();
        }));
    }

    [Fact]
    public void NullValuesWriteNothingAndEmptyTextWritesAnEmptyElement()
    {
        var xml = Write(w =>
        {
            w.WriteStartElement("a");
            w.WriteAttribute("s", (string?)null);
            w.WriteAttribute("u", (uint?)null);
            w.WriteAttribute("ul", (ulong?)null);
            w.WriteAttribute("i", (int?)null);
            w.WriteAttribute("l", (long?)null);
            w.WriteAttribute("e", string.Empty);
            w.WriteElementText("absent", null);
            w.WriteElementText("empty", string.Empty);
            w.WriteEndElement();
        });

        Assert.Equal("<a e=''>\n  <empty/>\n</a>\n", xml);
    }

    [Fact]
    public void NumbersArePlainInvariantDecimals()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("ar-SA"); // would use other digits and signs if consulted
        try
        {
            var xml = Write(w =>
            {
                w.WriteStartElement("n");
                w.WriteAttribute("u0", (uint?)0);
                w.WriteAttribute("umax", (uint?)uint.MaxValue);
                w.WriteAttribute("ulmax", (ulong?)ulong.MaxValue);
                w.WriteAttribute("imin", (int?)int.MinValue);
                w.WriteAttribute("lmin", (long?)long.MinValue);
                w.WriteAttribute("lmax", (long?)long.MaxValue);
                w.WriteAttribute("neg", (int?)-42);
                w.WriteEndElement();
            });

            Assert.Equal(
                "<n u0='0' umax='4294967295' ulmax='18446744073709551615' imin='-2147483648' " +
                "lmin='-9223372036854775808' lmax='9223372036854775807' neg='-42'/>\n",
                xml);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void SpecialCharactersAreEscapedLikeVirBufferEscapeString()
    {
        var xml = Write(w =>
        {
            w.WriteStartElement("a");
            w.WriteAttribute("v", "<>&'\"");
            w.WriteElementText("t", "x<>&'\"y");
            w.WriteEndElement();
        });

        Assert.Equal(
            "<a v='&lt;&gt;&amp;&apos;&quot;'>\n" +
            "  <t>x&lt;&gt;&amp;&apos;&quot;y</t>\n" +
            "</a>\n",
            xml);
    }

    [Fact]
    public void LineBreaksAndTabsAreCharacterReferencesInAttributesButRawInText()
    {
        var xml = Write(w =>
        {
            w.WriteStartElement("a");
            w.WriteAttribute("v", "one\ntwo\rthree\tfour");
            w.WriteElementText("t", "one\ntwo\tthree");
            w.WriteEndElement();
        });

        Assert.Equal(
            "<a v='one&#10;two&#13;three&#9;four'>\n" +
            "  <t>one\ntwo\tthree</t>\n" +
            "</a>\n",
            xml);
    }

    [Fact]
    public void ControlCharactersXmlCannotCarryAreDropped()
    {
        var xml = Write(w =>
        {
            w.WriteStartElement("a");
            w.WriteAttribute("v", "a\u0001b\u001Fc");
            w.WriteElementText("t", "\u0000x\u0008");
            w.WriteEndElement();
        });

        Assert.Equal("<a v='abc'>\n  <t>x</t>\n</a>\n", xml);
    }

    [Fact]
    public void TextAfterAttributesClosesTheStartTagInline()
    {
        var xml = Write(w =>
        {
            w.WriteStartElement("r");
            w.WriteStartElement("label");
            w.WriteAttribute("kind", "x");
            w.WriteText("system_u:object_r:svirt_image_t:s0");
            w.WriteText(" more");
            w.WriteEndElement();
            w.WriteEndElement();
        });

        Assert.Equal("<r>\n  <label kind='x'>system_u:object_r:svirt_image_t:s0 more</label>\n</r>\n", xml);
    }

    [Fact]
    public void DeepNestingIndentsTwoSpacesPerLevel()
    {
        const int levels = 40; // beyond the initial indentation buffer
        var xml = Write(w =>
        {
            for (var i = 0; i < levels; i++)
            {
                w.WriteStartElement("e");
            }

            for (var i = 0; i < levels; i++)
            {
                w.WriteEndElement();
            }
        });

        var lines = xml.Split('\n');
        Assert.Equal(new string(' ', 2 * (levels - 1)) + "<e/>", lines[levels - 1]);
        Assert.Equal("</e>", lines[(2 * levels) - 2]);
        Assert.Equal(string.Empty, lines[^1]);
        Assert.Equal((2 * levels) - 1, lines.Length - 1);
    }

    [Fact]
    public void MisuseIsAnInvalidOperation()
    {
        var writer = new LibvirtXmlWriter(new StringWriter(CultureInfo.InvariantCulture));
        Assert.Throws<InvalidOperationException>(() => writer.WriteEndElement());
        writer.WriteStartElement("a");
        writer.WriteStartElement("b");
        writer.WriteEndElement();
        Assert.Throws<InvalidOperationException>(() => writer.WriteAttribute("late", "x"));
        Assert.Throws<InvalidOperationException>(() => writer.WriteText("mixed"));
        writer.WriteStartElement("c");
        writer.WriteText("text");
        Assert.Throws<InvalidOperationException>(() => writer.WriteStartElement("mixed"));
    }

    [Fact]
    public void WriterPathNamesOpenElements()
    {
        var writer = new LibvirtXmlWriter(new StringWriter(CultureInfo.InvariantCulture));
        writer.WriteStartElement("domainbackup");
        writer.WriteStartElement("disks");
        var error = writer.Error("bad");
        Assert.Equal("/domainbackup/disks", writer.ElementPath);
        Assert.Equal("/domainbackup/disks", error.ElementPath);
        Assert.Equal("(/domainbackup/disks): bad", error.Message);
        Assert.Equal(0, error.LineNumber);
    }
}

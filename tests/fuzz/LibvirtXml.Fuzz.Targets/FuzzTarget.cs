using System;
using System.IO;
using System.Text;
using System.Xml;

namespace LibvirtXml.Fuzz;

/// <summary>
/// Feeds arbitrary bytes to the generated readers and writers. The only acceptable failure is LibvirtXmlException:
/// anything else escaping (or a crash, or a hang) is a bug the fuzzer reports.
/// </summary>
public static class FuzzTarget
{
    /// <summary>One input: read as a backup and as a checkpoint; what reads must also validate and write.</summary>
    public static void Run(byte[] input)
    {
        foreach (var parse in new Func<Stream, ILibvirtDocument>[] { s => DomainBackup.Parse(s), s => DomainCheckpoint.Parse(s) })
        {
            try
            {
                var document = parse(new MemoryStream(input, writable: false));
                var xml = document.Marshal();
                _ = document is DomainBackup backup ? backup.Validate() : ((DomainCheckpoint)document).Validate();
                // What we wrote must read back to the same bytes.
                var again = document is DomainBackup ? (ILibvirtDocument)DomainBackup.Parse(xml) : DomainCheckpoint.Parse(xml);
                if (again.Marshal() != xml) throw new InvalidOperationException("a second round trip changed the document:\n" + xml);
            }
            catch (LibvirtXmlException)
            {
                // a clean refusal
            }
        }

        ReadTextBothWays(Encoding.UTF8.GetString(input));
    }

    /// <summary>
    /// Text is read by the library's own parser; the same text through XmlReader (a caller's reader) must give the same
    /// outcome: the same document written back, or a refusal from both.
    /// </summary>
    private static void ReadTextBothWays(string text)
    {
        var ours = Outcome(() => DomainBackup.Parse(text).Marshal());
        var theirs = Outcome(() =>
        {
            using var reader = XmlReader.Create(new StringReader(text), LibvirtXmlSettings.CreateReaderSettings());
            return DomainBackup.Parse(reader).Marshal();
        });
        if (ours != theirs)
        {
            throw new InvalidOperationException("the parser and XmlReader disagree:\n  ours:      " + ours + "\n  XmlReader: " + theirs);
        }
    }

    private static string Outcome(Func<string> read)
    {
        try
        {
            return read();
        }
        catch (LibvirtXmlException)
        {
            return "(refused)";
        }
    }

}

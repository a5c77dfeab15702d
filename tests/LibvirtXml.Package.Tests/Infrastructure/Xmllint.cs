using System;
using System.IO;

namespace LibvirtXml.Package.Tests.Infrastructure;

/// <summary>Validates a document against a RELAX NG grammar with xmllint, as libvirt's own tests do.</summary>
internal static class Xmllint
{
    public static void AssertValid(string grammar, string xml)
    {
        var document = Path.Combine(Path.GetTempPath(), "libvirtxml-package-" + Guid.NewGuid().ToString("N") + ".xml");
        File.WriteAllText(document, xml);
        try
        {
            CommandResult result;
            try
            {
                result = CommandLine.Run("xmllint", new[] { "--noout", "--relaxng", grammar, document }, Path.GetTempPath(), TimeSpan.FromMinutes(1));
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                throw new Xunit.Sdk.XunitException($"xmllint is not installed (apt-get install -y libxml2-utils): {e.Message}");
            }
            Assert.True(result.ExitCode == 0, $"xmllint rejects the document:\n{result}\n{xml}");
        }
        finally
        {
            File.Delete(document);
        }
    }
}

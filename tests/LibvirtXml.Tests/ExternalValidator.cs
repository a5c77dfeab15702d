using System;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace LibvirtXml.Tests;

/// <summary>Validates documents with libvirt's grammar through xmllint and jing, the tools libvirt's own tests use.</summary>
internal static class ExternalValidator
{
    public static void AssertValid(string schemaPath, string xml)
    {
        var file = Path.Combine(Path.GetTempPath(), "libvirtxml-" + Guid.NewGuid().ToString("N") + ".xml");
        File.WriteAllText(file, xml);
        try
        {
            var (xmllintExit, xmllintOutput) = Run("xmllint", $"--noout --relaxng \"{schemaPath}\" \"{file}\"");
            Assert.True(xmllintExit == 0, $"xmllint rejects the document (exit {xmllintExit}):\n{xmllintOutput}\n{xml}");
            var (jingExit, jingOutput) = Run("jing", $"\"{schemaPath}\" \"{file}\"");
            Assert.True(jingExit == 0, $"jing rejects the document (exit {jingExit}):\n{jingOutput}\n{xml}");
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Validates many documents with one xmllint run (jing is checked on the documents elsewhere); the failure names the invalid ones.</summary>
    public static void AssertAllValid(string schemaPath, string[] documents)
    {
        var directory = Path.Combine(Path.GetTempPath(), "libvirtxml-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            var files = documents.Select((xml, i) => { var file = Path.Combine(directory, $"doc{i:D4}.xml"); File.WriteAllText(file, xml); return file; }).ToArray();
            var (exit, output) = Run("xmllint", $"--noout --relaxng \"{schemaPath}\" " + string.Join(" ", files.Select(f => $"\"{f}\"")));
            var invalid = files.Where(f => output.Contains(Path.GetFileName(f) + " fails to validate")).ToArray();
            Assert.True(exit == 0 && invalid.Length == 0,
                $"xmllint rejects {invalid.Length} of {files.Length} documents (exit {exit}):\n{output}\n" + string.Join("\n---\n", invalid.Take(3).Select(File.ReadAllText)));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>xmllint's opinion that the text is well-formed XML (namespaces declared, quoting right).</summary>
    public static void AssertWellFormed(string xml)
    {
        var file = Path.Combine(Path.GetTempPath(), "libvirtxml-" + Guid.NewGuid().ToString("N") + ".xml");
        File.WriteAllText(file, xml);
        try
        {
            var (exit, output) = Run("xmllint", $"--noout \"{file}\"");
            Assert.True(exit == 0, $"xmllint finds the document malformed (exit {exit}):\n{output}\n{xml}");
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static (int ExitCode, string Output) Run(string tool, string arguments)
    {
        var start = new ProcessStartInfo(tool, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"{tool} is not installed (apt-get install -y libxml2-utils jing): {e.Message}");
        }
        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(60_000))
            {
                process.Kill();
                throw new TimeoutException($"{tool} did not finish in 60 s");
            }
            return (process.ExitCode, stdout + stderr.Result);
        }
    }
}

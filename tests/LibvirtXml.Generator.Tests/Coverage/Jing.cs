using System;
using System.Collections.Generic;
using System.Linq;

namespace LibvirtXml.Generator.Tests.Coverage;

/// <summary>James Clark's reference RELAX NG validator: a second, independent opinion beside xmllint.</summary>
internal static class Jing
{
    private static readonly Lazy<ExternalTool> Tool = new(() => ExternalTool.Require("jing", "jing"));

    /// <summary>The documents jing reports errors for ("path:line:column: error: ...") with those errors.</summary>
    public static IReadOnlyDictionary<string, List<string>> Errors(string schemaPath, IReadOnlyList<string> documents)
    {
        var result = Tool.Value.Run(new[] { schemaPath }.Concat(documents));
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var line in result.Output.Split('\n'))
        {
            var document = documents.FirstOrDefault(path => line.StartsWith(path + ":", StringComparison.Ordinal));
            if (document is null) continue;
            if (!errors.TryGetValue(document, out var list)) errors[document] = list = new List<string>();
            list.Add(line.Trim());
        }

        // Exit code 1 with no document named means the schema itself (or jing) failed.
        if (result.ExitCode != 0 && errors.Count == 0)
        {
            throw new Xunit.Sdk.XunitException($"jing failed on '{schemaPath}' without naming a document: {result}");
        }
        if (result.ExitCode == 0 && errors.Count > 0)
        {
            throw new Xunit.Sdk.XunitException($"jing reported errors but exited 0: {result}");
        }
        return errors;
    }
}

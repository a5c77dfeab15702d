using System;
using System.Collections.Generic;
using System.Linq;

namespace LibvirtXml.Generator.Tests.Coverage;

/// <summary>libxml2's validator: one invocation judges many documents and names each verdict on stderr.</summary>
internal static class Xmllint
{
    private const int AllValid = 0;
    private const int SomeInvalid = 3;

    private static readonly Lazy<ExternalTool> Tool = new(() => ExternalTool.Require("xmllint", "libxml2-utils"));

    /// <summary>Whether each document is valid against the schema; fails the test when the schema does not compile.</summary>
    public static IReadOnlyDictionary<string, bool> Validate(string schemaPath, IReadOnlyList<string> documents)
    {
        var result = Tool.Value.Run(new[] { "--noout", "--relaxng", schemaPath }.Concat(documents));
        if (result.ExitCode is not (AllValid or SomeInvalid))
        {
            throw new Xunit.Sdk.XunitException($"xmllint could not validate against '{schemaPath}': {result}");
        }

        // Verdict lines are exactly "<path> validates" or "<path> fails to validate".
        var lines = new HashSet<string>(result.Error.Split('\n').Select(line => line.TrimEnd('\r')), StringComparer.Ordinal);
        var verdicts = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            if (lines.Contains(document + " validates")) verdicts[document] = true;
            else if (lines.Contains(document + " fails to validate")) verdicts[document] = false;
            else throw new Xunit.Sdk.XunitException($"xmllint gave no verdict on '{document}' against '{schemaPath}': {result}");
        }
        return verdicts;
    }
}

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;

namespace LibvirtXml.Generator.Tests.Coverage;

/// <summary>
/// Runs a command-line validator with a time limit. A missing tool fails the test with what to install:
/// CI installs the tools, so a silent skip would only hide that the coverage was never checked.
/// </summary>
internal sealed record ExternalTool(string Name, string FullPath)
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    public static ExternalTool Require(string name, string debianPackage)
    {
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            if (directory.Length == 0) continue;
            var candidate = Path.Combine(directory, name);
            if (File.Exists(candidate)) return new ExternalTool(name, candidate);
        }
        throw new Xunit.Sdk.XunitException(
            $"'{name}' is not on the PATH: install it (Debian package '{debianPackage}') to run the schema coverage tests");
    }

    public ToolResult Run(IEnumerable<string> arguments, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(FullPath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {FullPath}");
        // Both streams are drained concurrently: a full pipe would otherwise block the tool forever.
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        var limit = timeout ?? DefaultTimeout;
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new Xunit.Sdk.XunitException($"{Name} did not finish within {limit.TotalSeconds} s: {string.Join(" ", start.ArgumentList)}");
        }
        process.WaitForExit(); // lets the output readers reach the end
        return new ToolResult(process.ExitCode, output.Result, error.Result);
    }
}

internal sealed record ToolResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit code {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}

using System;
using System.Collections;
using System.Diagnostics;
using LibvirtXml.Generator.Tests.Coverage;

namespace LibvirtXml.Generator.Tests.Integration;

/// <summary>Runs the dotnet CLI as a user does, without build servers (nothing must outlive the test) and without the MSBuild settings of the test run itself.</summary>
internal static class DotnetCli
{
    public static ToolResult Run(string workingDirectory, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
        {
            // dotnet test may hand its own MSBuild paths down; the build under test must find the SDK's.
            if (((string)variable.Key).StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)) start.Environment.Remove((string)variable.Key);
        }
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new Xunit.Sdk.XunitException($"dotnet {string.Join(" ", arguments)} did not finish within {timeout.TotalSeconds} s");
        }
        process.WaitForExit();
        return new ToolResult(process.ExitCode, output.Result, error.Result);
    }
}

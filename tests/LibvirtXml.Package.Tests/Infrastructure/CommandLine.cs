using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;

namespace LibvirtXml.Package.Tests.Infrastructure;

/// <summary>Runs a program to completion with a time limit and returns its exit code and output.</summary>
internal static class CommandLine
{
    // Set by `dotnet test` for its own MSBuild; a nested dotnet must find its SDK by itself.
    private static readonly string[] InheritedMSBuildVariables =
        { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly" };

    public static CommandResult Run(string program, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var variable in InheritedMSBuildVariables) start.Environment.Remove(variable);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        // Both streams are drained concurrently: a full pipe would otherwise block the program forever.
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new Xunit.Sdk.XunitException($"{program} {string.Join(" ", start.ArgumentList)} did not finish within {timeout.TotalSeconds} s");
        }
        process.WaitForExit(); // lets the output readers reach the end
        return new CommandResult($"{program} {string.Join(" ", start.ArgumentList)}", process.ExitCode, output.Result, error.Result);
    }

    /// <summary>The dotnet that runs these tests (DOTNET_HOST_PATH is set by the SDK), else the one on the PATH.</summary>
    public static string Dotnet { get; } = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    /// <summary>
    /// dotnet build/pack/restore without build servers: a lingering MSBuild node or compiler server would keep the
    /// output pipes open after the command ends, and would outlive the test run.
    /// </summary>
    public static CommandResult DotnetBuildCommand(string command, string workingDirectory, params string[] arguments) =>
        Run(Dotnet, new[] { command, "--disable-build-servers", "-nologo" }.Concat(arguments), workingDirectory, TimeSpan.FromMinutes(5));
}

internal sealed record CommandResult(string Command, int ExitCode, string Output, string Error)
{
    public override string ToString() => $"{Command}\nexit code {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;

namespace LibvirtXml.EndToEnd;

/// <summary>Runs the command-line tools the tests drive (virsh, qemu-img, the setup scripts), without a shell.</summary>
public static class Command
{
    public static CommandResult Run(string program, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        var commandLine = string.Join(" ", start.ArgumentList.Prepend(program));

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + commandLine);
        // Both pipes are drained concurrently so that neither fills up and blocks the child.
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{commandLine} did not finish in {timeout.TotalSeconds} s");
        }
        return new CommandResult(commandLine, process.ExitCode, output.Result, error.Result);
    }

    public static CommandResult Run(string program, params string[] arguments) => Run(program, arguments, TimeSpan.FromSeconds(60));

    /// <summary>Runs the command and returns its standard output; fails with everything it printed when it exits non-zero.</summary>
    public static string RunChecked(string program, params string[] arguments)
    {
        var result = Run(program, arguments);
        if (!result.Succeeded) throw new InvalidOperationException(result.ToString());
        return result.Output;
    }
}

namespace LibvirtXml.EndToEnd;

/// <summary>What a finished command printed and how it exited.</summary>
public sealed record CommandResult(string CommandLine, int ExitCode, string Output, string Error)
{
    public bool Succeeded => ExitCode == 0;

    public override string ToString() => $"{CommandLine} exited {ExitCode}\n--- stdout:\n{Output}\n--- stderr:\n{Error}";
}

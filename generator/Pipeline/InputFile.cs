using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LibvirtXml.Generator.Pipeline;

/// <summary>What an additional file is to the generator, from its <c>LibvirtXmlRole</c> metadata (set by the package's targets).</summary>
internal enum InputRole
{
    None,
    /// <summary>A root document grammar (a <c>LibvirtSchema</c> item).</summary>
    Root,
    /// <summary>A grammar that roots may include.</summary>
    Schema,
    /// <summary>A binding file that comes with the generator (the package's).</summary>
    Binding,
    /// <summary>A binding file of the consuming project (a <c>LibvirtBinding</c> item): where it and the package's name one thing, it wins.</summary>
    UserBinding,
    /// <summary>A <c>LibvirtSchema</c> item whose file does not exist.</summary>
    Missing,
}

/// <summary>One additional file the generator reads: its path, its role and its text (null when it could not be read).</summary>
internal sealed record InputFile(string Path, InputRole Role, string? Text)
{
    internal const string RoleMetadata = "build_metadata.AdditionalFiles.LibvirtXmlRole";

    public static InputFile Read(AdditionalText file, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        options.GetOptions(file).TryGetValue(RoleMetadata, out var roleText);
        var role = roleText?.Trim() switch
        {
            "Root" => InputRole.Root,
            "Schema" => InputRole.Schema,
            "Binding" => InputRole.Binding,
            "UserBinding" => InputRole.UserBinding,
            "Missing" => InputRole.Missing,
            _ => InputRole.None,
        };
        // Files that are not ours are never read: a project may have many large additional files.
        if (role is InputRole.None or InputRole.Missing) return new InputFile(file.Path, role, null);
        return new InputFile(file.Path, role, file.GetText(cancellationToken)?.ToString());
    }
}

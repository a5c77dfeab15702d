using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace LibvirtXml.Package.Tests.Infrastructure;

/// <summary>
/// A folder outside the repository with what a user has: a nuget.config that reaches the package, and project files.
/// Builds with the SDK's defaults (Debug) and runs the built program.
/// </summary>
internal sealed class Consumer
{
    private readonly string _directory;

    public Consumer(PackageFeed feed, string name)
    {
        _directory = Path.Combine(feed.Root, name);
        Directory.CreateDirectory(_directory);
        Write("nuget.config", feed.NuGetConfig());
        Write("Directory.Build.props", $"""
            <Project>
              <PropertyGroup>
                <RestorePackagesPath>{feed.PackagesDirectory}</RestorePackagesPath>
              </PropertyGroup>
            </Project>
            """);
    }

    public string PathOf(string relativePath) => Path.Combine(_directory, relativePath);

    public void Write(string relativePath, string text)
    {
        var path = PathOf(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>Copies the files of Consumers/<paramref name="scenario"/> into <paramref name="relativeDirectory"/>.</summary>
    public void CopySources(string scenario, string relativeDirectory = ".")
    {
        var source = Path.Combine(TestPaths.Consumers, scenario);
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
            Write(Path.Combine(relativeDirectory, Path.GetRelativePath(source, file)), File.ReadAllText(file));
    }

    /// <summary>dotnet build of a project (restore included), as a user runs it.</summary>
    public CommandResult Build(string project) =>
        CommandLine.DotnetBuildCommand("build", _directory, PathOf(project));

    /// <summary>Builds a project and fails the test, with the build's output, unless it succeeded.</summary>
    public void BuildSuccessfully(string project)
    {
        var build = Build(project);
        Assert.True(build.ExitCode == 0, $"the consumer does not build:\n{build}");
    }

    /// <summary>The folder the build of an exe project (net10.0, Debug) writes the program and its dependencies to.</summary>
    public string OutputDirectory(string project) => Path.Combine(Path.GetDirectoryName(PathOf(project))!, "bin", "Debug", "net10.0");

    /// <summary>Runs the built program of an exe project (net10.0, Debug) with the given arguments.</summary>
    public CommandResult Run(string project, params string[] arguments) => Run(project, new Dictionary<string, string>(), arguments);

    /// <summary>Runs the built program with the given arguments and additional environment variables.</summary>
    public CommandResult Run(string project, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var assembly = Path.Combine(OutputDirectory(project), Path.GetFileNameWithoutExtension(project) + ".dll");
        return CommandLine.Run(CommandLine.Dotnet, new[] { assembly }.Concat(arguments), _directory, TimeSpan.FromMinutes(1), environment);
    }

    /// <summary>Runs the program and returns its standard output, failing the test unless it exited 0 without errors.</summary>
    public string RunSuccessfully(string project, params string[] arguments)
    {
        var run = Run(project, arguments);
        Assert.True(run.ExitCode == 0 && run.Error.Length == 0, $"the consumer failed:\n{run}");
        return run.Output;
    }
}

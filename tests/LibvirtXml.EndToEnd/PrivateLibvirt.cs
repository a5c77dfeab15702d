using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Xml.Linq;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace LibvirtXml.EndToEnd;

/// <summary>
/// The private libvirt the end-to-end tests share: brought up by <c>tests/e2e/libvirt-up.sh</c> in a fresh
/// temporary directory, torn down by <c>tests/e2e/libvirt-down.sh</c> when the tests are done, when bringing it up
/// fails, or when the test process exits without disposing it.
/// </summary>
public sealed partial class PrivateLibvirt : IDisposable
{
    public const string Uri = "qemu:///system";

    private static readonly TimeSpan SetupTimeout = TimeSpan.FromMinutes(10); // includes installing the packages
    private static readonly TimeSpan TearDownTimeout = TimeSpan.FromMinutes(1);

    private readonly IMessageSink _log;
    private readonly string _scripts;
    private int _tornDown;

    public PrivateLibvirt(IMessageSink log)
    {
        _log = log;
        _scripts = Path.Combine(RepositoryRoot, "tests", "e2e");
        if (!EndToEndSwitch.IsEnabled)
        {
            // dotnet test shows skip reasons only at normal verbosity; this line shows at every verbosity.
            Log("every test skipped. " + EndToEndSwitch.SkipReason);
            return;
        }

        StateDirectory = Directory.CreateTempSubdirectory("libvirtxml-e2e-").FullName;

        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
        var clock = Stopwatch.StartNew();
        try
        {
            var up = Command.Run("bash", new[] { Path.Combine(_scripts, "libvirt-up.sh"), StateDirectory }, SetupTimeout);
            if (!up.Succeeded) throw new InvalidOperationException("bringing up the private libvirt failed:\n" + up);
            var domain = XElement.Load(Path.Combine(StateDirectory, "domain.xml"));
            DomainName = (string)domain.Element("name")!;
            DiskImage = (string)domain.Descendants("disk").Single().Element("source")!.Attribute("file")!;
        }
        catch
        {
            TearDown();
            throw;
        }
        Log($"private libvirt up in {clock.Elapsed.TotalSeconds:F1} s (domain {DomainName}, state in {StateDirectory})");
    }

    /// <summary>Where the setup script keeps its PID files, the domain's disk image and XML; tests put their files here too.</summary>
    public string StateDirectory { get; } = "";

    public string DomainName { get; } = "";

    /// <summary>The running domain's only disk (<c>vda</c>), a qcow2 image with known content.</summary>
    public string DiskImage { get; } = "";

    /// <summary>A path in the state directory that no other test uses.</summary>
    public string NewPath(string name) => Path.Combine(StateDirectory, NewName(name));

    /// <summary>A name (of a file, a checkpoint) that no other test uses.</summary>
    public static string NewName(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>Runs virsh against the private libvirt.</summary>
    public CommandResult Virsh(params string[] arguments) => Command.Run("virsh", new[] { "-q", "-c", Uri }.Concat(arguments).ToArray());

    /// <summary>Runs virsh against the private libvirt and returns its output; fails with libvirt's message when virsh fails.</summary>
    public string VirshChecked(params string[] arguments) => Command.RunChecked("virsh", new[] { "-q", "-c", Uri }.Concat(arguments).ToArray());

    /// <summary>Writes the XML to a new file in the state directory, for the virsh commands that read XML from a file.</summary>
    public string WriteXmlFile(string name, string xml)
    {
        var path = NewPath(name);
        File.WriteAllText(path, xml);
        return path;
    }

    public void Dispose()
    {
        var clock = Stopwatch.StartNew();
        TearDown();
        if (EndToEndSwitch.IsEnabled) Log($"private libvirt torn down in {clock.Elapsed.TotalSeconds:F1} s");
    }

    private void OnProcessExit(object? sender, EventArgs e) => TearDown();

    private void TearDown()
    {
        if (Interlocked.Exchange(ref _tornDown, 1) != 0) return;
        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        if (!EndToEndSwitch.IsEnabled) return;
        try
        {
            var down = Command.Run("bash", new[] { Path.Combine(_scripts, "libvirt-down.sh"), StateDirectory }, TearDownTimeout);
            if (!down.Succeeded) Log("tearing down the private libvirt failed:\n" + down);
        }
        finally
        {
            Directory.Delete(StateDirectory, recursive: true);
        }
    }

    private void Log(string message) => _log.OnMessage(new DiagnosticMessage(message));

    private static string RepositoryRoot { get; } =
        typeof(PrivateLibvirt).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;
}

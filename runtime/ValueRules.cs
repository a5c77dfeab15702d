namespace LibvirtXml;

/// <summary>The grammar's value rules for the runtime's hand-written types (basictypes.rng, storagecommon.rng, domaincommon.rng).</summary>
internal static class ValueRules
{
    // basictypes.rng absFilePath: (/|[a-zA-Z]:\\).+ (an XSD pattern: anchored, '.' excludes line ends).
    public static readonly LibvirtValueRule AbsoluteFilePath = Patterns("an absolute path", @"^(?:(/|[a-zA-Z]:\\)[^\n\r]+)\z");

    // basictypes.rng UUID: 32 hex digits, or 8-4-4-4-12 with dashes.
    public static readonly LibvirtValueRule Uuid = Patterns("a UUID", @"^(?:[a-fA-F0-9]{32})\z", @"^(?:[a-fA-F0-9]{8}\-([a-fA-F0-9]{4}\-){3}[a-fA-F0-9]{12})\z");

    public static readonly LibvirtValueRule YesNo = Values("yes", "no");

    public static readonly LibvirtValueRule Yes = Values("yes");

    public static readonly LibvirtValueRule Luks = Values("luks");

    public static readonly LibvirtValueRule Qemu = Values("qemu");

    public static readonly LibvirtValueRule Passphrase = Values("passphrase");

    private static LibvirtValueRule Values(params string[] values) =>
        new(values, false, new string[0], new bool[0], "'" + string.Join("' or '", values) + "'");

    private static LibvirtValueRule Patterns(string description, params string[] patterns) =>
        new(new string[0], false, patterns, new bool[patterns.Length], description);
}

namespace LibvirtXml.EndToEnd;

/// <summary>
/// All end-to-end tests share one private libvirt and one domain, and run one after another: a domain has at most
/// one backup job at a time.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PrivateLibvirtCollection : ICollectionFixture<PrivateLibvirt>
{
    public const string Name = "private libvirt";
}

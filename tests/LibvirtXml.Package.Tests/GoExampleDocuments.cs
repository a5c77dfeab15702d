namespace LibvirtXml.Package.Tests;

/// <summary>Go libvirtxml's two DomainBackup examples as libvirt writes them (virDomainBackupDefFormat's order and quoting).</summary>
internal static class GoExampleDocuments
{
    public const string Push = """
        <domainbackup mode='push'>
          <disks>
            <disk name='vda' backup='yes' type='file'>
              <driver type='raw'/>
              <target file='/path/to/vda.backup'/>
            </disk>
            <disk name='vdb' backup='no'/>
          </disks>
        </domainbackup>

        """;

    public const string Pull = """
        <domainbackup mode='pull'>
          <incremental>1525889631</incremental>
          <server transport='tcp' name='localhost' port='12345'/>
          <disks>
            <disk name='vda' backup='yes' type='file' exportname='vda_export'>
              <driver type='qcow2'/>
              <scratch file='/path/to/vda.scratch'/>
            </disk>
          </disks>
        </domainbackup>

        """;
}

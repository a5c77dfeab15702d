namespace LibvirtXml.EndToEnd;

/// <summary>A fact that needs the private libvirt: skipped with a message unless <see cref="EndToEndSwitch.IsEnabled"/>.</summary>
public sealed class EndToEndFactAttribute : FactAttribute
{
    public EndToEndFactAttribute()
    {
        if (!EndToEndSwitch.IsEnabled) Skip = EndToEndSwitch.SkipReason;
    }
}

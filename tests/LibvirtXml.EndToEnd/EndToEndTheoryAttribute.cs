namespace LibvirtXml.EndToEnd;

/// <summary>A theory that needs the private libvirt: skipped with a message unless <see cref="EndToEndSwitch.IsEnabled"/>.</summary>
public sealed class EndToEndTheoryAttribute : TheoryAttribute
{
    public EndToEndTheoryAttribute()
    {
        if (!EndToEndSwitch.IsEnabled) Skip = EndToEndSwitch.SkipReason;
    }
}

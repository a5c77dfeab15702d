using LibvirtXml.Generator.Common;

namespace LibvirtXml.Generator.Rng;

/// <summary>
/// Outcome of loading a root schema. <see cref="Grammar"/> is null only when nothing usable could be built (root file
/// missing or unreadable, internal error). With error diagnostics it is a best effort: every <see cref="RefPattern"/>
/// still names a define, but what could not be resolved became <see cref="NotAllowedPattern"/>.
/// </summary>
internal sealed record RngLoadResult(Grammar? Grammar, EquatableArray<SchemaDiagnostic> Diagnostics)
{
    public bool HasErrors
    {
        get
        {
            foreach (var diagnostic in Diagnostics)
            {
                if (!diagnostic.IsWarning) return true;
            }
            return false;
        }
    }
}

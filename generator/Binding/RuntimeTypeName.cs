namespace LibvirtXml.Generator.Binding;

/// <summary>
/// How a binding file's <c>&lt;runtime type="..."/&gt;</c> names a type: a dotted name is full, a simple name lives in the
/// runtime library's namespace. The emitter uses it too (Emit/ClassEmitter.cs, RuntimeType).
/// </summary>
internal static class RuntimeTypeName
{
    public const string DefaultNamespace = "LibvirtXml";

    public static string Qualify(string typeName) => typeName.IndexOf('.') >= 0 ? typeName : DefaultNamespace + "." + typeName;
}

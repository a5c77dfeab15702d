using System;
using System.Collections.Generic;

namespace LibvirtXml.Generator.Binding;

/// <summary>
/// Names a generated class already uses for members of its own (the emitter's methods, what every class inherits from
/// <see cref="object"/>), and names whose backing field (<c>Name</c> → <c>_name</c>) would be one of the emitter's own
/// private fields: a property or branch with one of them would not compile, so the binder reports LVX0006 instead.
/// Keep in step with Emit/ClassEmitter.cs and Emit/DocumentEmitter.cs; a test compares it with the generated code.
/// </summary>
internal static class GeneratedMemberNames
{
    public static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        // Only variant branches still have the Select/Read/Write methods, and no class has Reset any more; the names stay
        // reserved so that a binding file is judged alike by this and earlier versions of the generator.
        "Reset", "SelectVariants", "ReadAttribute", "ReadElement", "WriteAttributes", "WriteElements",
        "Parse", "Unmarshal", "Marshal", "Validate", "ValidateContent",
        "UnknownAttributes", "UnknownElements", "OnAfterRead", "OnBeforeWrite",
        "ReadFromDocument", "UnknownContent", // their fields would be _readFromDocument, _unknownContent
        "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize", "ReferenceEquals",
    };
}

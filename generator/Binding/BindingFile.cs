using LibvirtXml.Generator.Common;
using LibvirtXml.Generator.Rng;

namespace LibvirtXml.Generator.Binding;

/// <summary>
/// A binding file: what the grammar cannot say about the C# shape of one document.
/// Everything libvirt-specific the generator needs (names, shared runtime types, libvirt's output order) lives here.
/// </summary>
/// <remarks>Every entry may say <c>optional="true"</c>: it applies only to some libvirt versions, so matching nothing is expected and not reported.</remarks>
internal sealed record BindingFile(
    string Path,
    string Schema,
    EquatableArray<DocumentBinding> Documents,
    EquatableArray<WordBinding> Words,
    EquatableArray<TypeBinding> Types,
    EquatableArray<PropertyBinding> Properties,
    EquatableArray<RuntimeBinding> RuntimeTypes,
    EquatableArray<RawBinding> RawElements,
    EquatableArray<OrderBinding> Orders);

/// <summary><c>&lt;document element="domainbackup" type="DomainBackup"/&gt;</c>: the root element and its class name.</summary>
internal sealed record DocumentBinding(string Element, string TypeName, SourceSpan Span, bool Optional = false);

/// <summary><c>&lt;word xml="backupmode" cs="BackupMode" plural="..."/&gt;</c>: how an XML name or value reads in C# wherever it appears.</summary>
internal sealed record WordBinding(string Xml, string CSharp, string? Plural, SourceSpan Span, bool Optional = false);

/// <summary><c>&lt;type path="a/b[mode=x]/c" name="..."/&gt;</c>: the class name for the elements (or variant branches) at a path.
/// Several paths with one name become one class.</summary>
internal sealed record TypeBinding(string Path, string Name, SourceSpan Span, bool Optional = false);

/// <summary><c>&lt;property path="a/b" xml="c" name="..."/&gt;</c>: the name of one member of the classes at a path.</summary>
internal sealed record PropertyBinding(string Path, string Xml, string Name, SourceSpan Span, bool Optional = false);

/// <summary><c>&lt;runtime path="a/b/target" type="DomainDiskSource" discriminator="type"/&gt;</c>:
/// elements at the path are read and written by a hand-written runtime type; the owner's <c>discriminator</c>
/// attribute tells the runtime type which branch it holds and is written from that branch when the code built the object.</summary>
internal sealed record RuntimeBinding(string Path, string TypeName, string? Discriminator, SourceSpan Span, bool Optional = false);

/// <summary><c>&lt;raw path="domaincheckpoint/domain"/&gt;</c>: elements at the path are kept as XML
/// (<see cref="System.Xml.Linq.XElement"/>) rather than bound, such as a whole embedded document whose own binding does not exist yet.</summary>
internal sealed record RawBinding(string Path, SourceSpan Span, bool Optional = false);

/// <summary><c>&lt;order path="a/b" attributes="x y" elements="p q"/&gt;</c>: libvirt's output order where it differs from the grammar's.</summary>
internal sealed record OrderBinding(string Path, EquatableArray<string> Attributes, EquatableArray<string> Elements, SourceSpan Span, bool Optional = false);

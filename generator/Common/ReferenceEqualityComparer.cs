using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace LibvirtXml.Generator.Common;

/// <summary>Compares by identity: one element pattern of the grammar is one class, even when another looks the same.</summary>
internal sealed class ReferenceEqualityComparer<T> : IEqualityComparer<T> where T : class
{
    public static ReferenceEqualityComparer<T> Instance { get; } = new();

    public bool Equals(T? x, T? y) => ReferenceEquals(x, y);

    public int GetHashCode(T obj) => RuntimeHelpers.GetHashCode(obj);
}

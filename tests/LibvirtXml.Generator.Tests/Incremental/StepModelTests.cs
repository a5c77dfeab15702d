using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using LibvirtXml.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace LibvirtXml.Generator.Tests.Incremental;

/// <summary>
/// What crosses pipeline steps is cached and compared by the driver: it must compare by value, and it must not hold
/// compiler objects (symbols, syntax, compilations, locations), which would keep old compilations alive and never compare equal.
/// As System.Text.Json's generator tests do, every value of every tracked step is walked by reflection.
/// </summary>
public class StepModelTests
{
    private static readonly Type[] CompilerTypes =
    {
        typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(Compilation), typeof(SemanticModel), typeof(Location),
        typeof(Diagnostic), typeof(AdditionalText), typeof(Microsoft.CodeAnalysis.Text.SourceText),
        typeof(Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions), typeof(Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider),
    };

    [Fact]
    public void Step_outputs_are_value_equatable_and_hold_no_compiler_objects()
    {
        var input = GeneratorInput.FromDirectory(TestPaths.UpstreamSchemas, "domainbackup.rng",
            Path.Combine(TestPaths.Bindings, "domainbackup.binding.xml"), Path.Combine(TestPaths.Bindings, "domaincheckpoint.binding.xml")).WithRoot("domaincheckpoint.rng");
        var session = new PipelineSession(input).Run();

        var problems = new List<string>();
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var walked = new HashSet<Type>();
        foreach (var (step, value, _) in session.AllOutputs()) Walk(value, step, visited, walked, problems);

        Assert.True(problems.Count == 0, string.Join("\n", problems.Distinct().Take(20)));
        // The walk really went through the models, down to the grammar's patterns and the emitted classes.
        Assert.Contains(walked, t => t.Name == "RngNode");
        Assert.Contains(walked, t => t.Name == "ElementPattern");
        Assert.Contains(walked, t => t.Name == "ClassModel");
        Assert.Contains(walked, t => t.Name == "GeneratedClass");
    }

    [Fact]
    public void Step_outputs_of_two_runs_over_equal_inputs_are_equal_but_not_the_same_objects()
    {
        GeneratorInput Input() => GeneratorInput.FromDirectory(TestPaths.UpstreamSchemas, "domainbackup.rng", Path.Combine(TestPaths.Bindings, "domainbackup.binding.xml"));
        var first = new PipelineSession(Input()).Run().AllOutputs().ToList();
        var second = new PipelineSession(Input()).Run().AllOutputs().ToList();

        Assert.Equal(first.Count, second.Count);
        for (var i = 0; i < first.Count; i++)
        {
            Assert.Equal(first[i].Step, second[i].Step);
            Assert.True(Equals(first[i].Value, second[i].Value), $"{first[i].Step}: {first[i].Value?.GetType().Name} differs between two equal runs");
            Assert.Equal(first[i].Value?.GetHashCode(), second[i].Value?.GetHashCode());
        }
        Assert.Contains(first.Zip(second), pair => pair.First.Value is not null && !ReferenceEquals(pair.First.Value, pair.Second.Value) && pair.First.Value.GetType().Name == "ModelResult");
    }

    private static void Walk(object? value, string path, HashSet<object> visited, HashSet<Type> walked, List<string> problems)
    {
        if (value is null) return;
        var type = value.GetType();
        if (type.IsPrimitive || type.IsEnum || value is string) return;
        if (!type.IsValueType && !visited.Add(value)) return;
        walked.Add(type);

        if (CompilerTypes.FirstOrDefault(t => t.IsAssignableFrom(type)) is { } compilerType)
        {
            problems.Add($"{path} holds a {compilerType.Name} ({type.Name})");
            return;
        }
        if (!IsValueEquatable(type)) problems.Add($"{path}: {type.Name} does not compare by value");

        if (value is IEnumerable items)
        {
            var index = 0;
            foreach (var item in items) Walk(item, $"{path}[{index++}]", visited, walked, problems);
            return;
        }
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
            Walk(property.GetValue(value), $"{path}.{property.Name}", visited, walked, problems);
    }

    /// <summary>Records and EquatableArray implement IEquatable of themselves; ImmutableArray (a collected input) is compared item by item by the driver.</summary>
    private static bool IsValueEquatable(Type type) =>
        typeof(IEquatable<>).MakeGenericType(type).IsAssignableFrom(type)
        && (type.IsValueType || type.GetMethod("Equals", new[] { type })?.DeclaringType == type)
        || type.IsGenericType && type.GetGenericTypeDefinition() == typeof(System.Collections.Immutable.ImmutableArray<>);
}

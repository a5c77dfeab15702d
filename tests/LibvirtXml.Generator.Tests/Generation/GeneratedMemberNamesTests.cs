using System.IO;
using System.Linq;
using LibvirtXml.Generator.Binding;
using LibvirtXml.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace LibvirtXml.Generator.Tests.Generation;

/// <summary>The binder refuses property names the emitter's own members take; its list must match what the emitter writes.</summary>
public class GeneratedMemberNamesTests
{
    [Fact]
    public void Every_member_a_generated_class_has_besides_its_properties_is_reserved()
    {
        var runs = new[]
        {
            GeneratorHarness.Run(GeneratorInput.FromDirectory(TestPaths.UpstreamSchemas, "domainbackup.rng", Path.Combine(TestPaths.Bindings, "domainbackup.binding.xml"))),
            GeneratorHarness.Run(GeneratorInput.FromDirectory(TestPaths.TestGrammars, "shipment.rng", Path.Combine(TestPaths.TestGrammars, "shipment.binding.xml"))),
        };

        var generated = runs.SelectMany(run => run.Output.SyntaxTrees.Where(t => t.FilePath.EndsWith(".g.cs")).Select(tree => (run, tree))).ToList();
        Assert.NotEmpty(generated);
        foreach (var (run, tree) in generated)
        {
            var model = run.Output.GetSemanticModel(tree);
            foreach (var declaration in tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>())
            {
                var type = (INamedTypeSymbol)model.GetDeclaredSymbol(declaration)!;
                var ownMembers = type.GetMembers().Where(m => !m.IsImplicitlyDeclared && m is not IPropertySymbol && m.CanBeReferencedByName && m.Name != ".ctor")
                    .Where(m => m is not IFieldSymbol { DeclaredAccessibility: Accessibility.Private }) // private state such as _readFromDocument
                    .Select(m => m.Name).Distinct();
                Assert.All(ownMembers, name => Assert.Contains(name, GeneratedMemberNames.Reserved));
            }
        }
    }

    [Fact]
    public void What_every_class_inherits_from_object_is_reserved()
    {
        var objectMembers = typeof(object).GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Static)
            .Where(m => !m.IsPrivate && !m.IsAssembly).Select(m => m.Name).Distinct();

        Assert.All(objectMembers, name => Assert.Contains(name, GeneratedMemberNames.Reserved));
    }
}

namespace LibvirtXml.Package.Tests;

/// <summary>Project files as a user writes them: the package by PackageReference, warnings as errors, nullable on.</summary>
internal static class ConsumerProjects
{
    /// <summary>A net10.0 program with the given extra properties and items.</summary>
    public static string Program(string properties, string items) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
            {properties}
          </PropertyGroup>
          <ItemGroup>
            {items}
          </ItemGroup>
        </Project>
        """;

    public static string PackageReference => $"""<PackageReference Include="LibvirtXml.Generated" Version="{Infrastructure.TestPaths.PackageVersion}" />""";
}

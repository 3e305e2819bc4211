using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using TypedCorpus.Parsing.Diagnostics;

namespace TypedCorpus.Generator;

/// <summary>Roslyn descriptors for the diagnostics the parsing library declares (one list, shared with the CLI).</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "TypedCorpus";

    public static readonly DiagnosticDescriptor RuntimeNotReferenced = new(
        "TC0009",
        "The TypedCorpus runtime is not referenced",
        "The generated corpus needs the TypedCorpus package (TypedCorpus.Document and friends); add a PackageReference to TypedCorpus",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = Build();

    public static DiagnosticDescriptor For(string id) => ById[id];

    private static Dictionary<string, DiagnosticDescriptor> Build()
    {
        var map = new Dictionary<string, DiagnosticDescriptor>();
        foreach (var descriptor in CorpusDiagnostics.All)
        {
            map[descriptor.Id] = new DiagnosticDescriptor(
                descriptor.Id,
                descriptor.Title,
                "{0}",
                Category,
                descriptor.Severity switch
                {
                    CorpusSeverity.Error => DiagnosticSeverity.Error,
                    CorpusSeverity.Warning => DiagnosticSeverity.Warning,
                    _ => DiagnosticSeverity.Info,
                },
                isEnabledByDefault: true,
                helpLinkUri: "https://github.com/typedcorpus/typedcorpus/blob/main/docs/diagnostics.md#" + descriptor.Id.ToLowerInvariant());
        }

        return map;
    }
}

using System;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace TypedCorpus.Generator.Tests;

/// <summary>Seed text is data, never code: whatever it holds, the generated source compiles and the text round-trips.</summary>
public class HostileContentTests
{
    [Fact]
    public void Quotes_escapes_comment_ends_directives_and_bidi_controls_round_trip()
    {
        var seed = "Title \"\"\" of */ Things\n\nby Ann Author\n\n#if DEBUG\nA \\ paragraph \"quoted\" with */ and </summary> and {braces} and \u202Ereversed\u202C and \0 nul.\n\n1997 crisis\n\nclass\n\nText about \"\"\"raw\"\"\" strings. " + new string('x', 20000) + ".\n";
        var catalog = "{ \"documents\": { \"a.txt\": { \"id\": \"A\", \"title\": \"Title \\\"\\\"\\\" of */ Things\", \"authors\": [\"Ann </summary> Author\"] } } }";
        var (output, diagnostics, _) = new GeneratorHarness().Add("a.txt", seed).Add("catalog.json", catalog).Run();

        Assert.DoesNotContain(diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        GeneratorHarness.Load(output, assembly =>
        {
            var type = assembly.GetType(GeneratorHarness.Namespace + ".Documents+A")!;
            Assert.Equal(seed, type.GetProperty("RawText", BindingFlags.Public | BindingFlags.Static)!.GetValue(null));
        });
    }
}

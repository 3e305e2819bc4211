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

    [Fact]
    public void Titles_that_are_not_identifiers_still_make_valid_stable_names()
    {
        var seed = "# Things\n\n## 1997 crisis\n\nText.\n\n## class\n\nText.\n\n## ***\n\nText.\n\n## \u0420\u043E\u0441\u0441\u0438\u044F \u0438 \u042F\u043F\u043E\u043D\u0438\u044F\n\nText.\n\n## Sections\n\nText.\n\n### Text\n\nText.\n\n### Sections\n\nText.\n";
        var catalog = "{ \"documents\": { \"a.txt\": { \"id\": \"A\", \"title\": \"Things\" } } }";

        var (output, diagnostics, _) = new GeneratorHarness().Add("a.txt", seed).Add("catalog.json", catalog).Run();

        Assert.DoesNotContain(output.GetDiagnostics(), d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Equal(2, diagnostics.Count(d => d.Id == "TC0101"));
        GeneratorHarness.Load(output, assembly =>
        {
            var sections = assembly.GetType(GeneratorHarness.Namespace + ".Documents+A+Sections")!;
            Assert.Equal(
                new[] { "Class", "Sections_2", "Untitled", "_1997Crisis", "\u0420\u043E\u0441\u0441\u0438\u044F\u0418\u042F\u043F\u043E\u043D\u0438\u044F" },
                sections.GetNestedTypes().Select(t => t.Name).OrderBy(n => n, System.StringComparer.Ordinal));
            Assert.Equal(new[] { "Sections", "Text_2" }, sections.GetNestedType("Sections_2")!.GetNestedTypes().Select(t => t.Name).OrderBy(n => n, System.StringComparer.Ordinal));
        });
    }
}

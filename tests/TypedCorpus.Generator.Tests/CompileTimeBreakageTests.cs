using System.Linq;
using Microsoft.CodeAnalysis;

namespace TypedCorpus.Generator.Tests;

/// <summary>A seed that changes under its users breaks their build, not their run.</summary>
public class CompileTimeBreakageTests
{
    private const string HasegawaSeed = "001_1abacd52f4049827.txt";

    private const string Consumer = $$"""
        using {{GeneratorHarness.Namespace}};

        public static class Reader
        {
            public static string Introduction() => Documents.Hasegawa2000.Sections.Introduction.Text;

            public static int Year() => System.Linq.Enumerable.First(Chronology.Events).Date.Year;
        }
        """;

    [Fact]
    public void Code_that_uses_a_section_compiles_against_the_real_seeds()
    {
        var (output, _, _) = GeneratorHarness.WithRealSeeds(Consumer).Run();

        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void Renaming_the_heading_fails_the_build_with_a_missing_member_error()
    {
        var harness = GeneratorHarness.WithRealSeeds(Consumer);
        harness.Replace(HasegawaSeed, harness.Text(HasegawaSeed).Replace("I. Introduction", "I. Opening remarks"));

        var (output, _, _) = harness.Run();

        var error = Assert.Single(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Equal("CS0117", error.Id);
        Assert.Contains("Introduction", error.GetMessage());
    }

    [Fact]
    public void Removing_the_seed_fails_the_build_too()
    {
        var harness = new GeneratorHarness(code: Consumer);
        foreach (var file in System.IO.Directory.GetFiles(TypedCorpus.Testing.Repository.Seeds).Where(f => !f.EndsWith(HasegawaSeed)))
        {
            harness.Add(System.IO.Path.GetFileName(file), System.IO.File.ReadAllText(file));
        }

        var (output, diagnostics, _) = harness.Run();

        Assert.Contains(diagnostics, d => d.Id == "TC0003");
        Assert.Contains(output.GetDiagnostics(), d => d.Id == "CS0117" && d.GetMessage().Contains("Hasegawa2000"));
    }
}

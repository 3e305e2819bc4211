using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace TypedCorpus.Generator.Tests;

/// <summary>Bad input gets a diagnostic with an id and the file and line; the generator never throws.</summary>
public class DiagnosticTests
{
    private const string GoodSeed = "Title of Things\n\nby Ann Author\n\nA paragraph of text. It ends here.\n\nFirst Part\n\nMore text about things.\n";

    private static string Catalog(params (string File, string Id)[] entries) =>
        "{ \"documents\": {\n" + string.Join(",\n", entries.Select(e => $"  \"{e.File}\": {{ \"id\": \"{e.Id}\", \"title\": \"Title of Things\", \"authors\": [\"Ann Author\"], \"year\": 2001 }}")) + "\n} }";

    private static (Compilation Output, Diagnostic[] Diagnostics) Run(GeneratorHarness harness)
    {
        var (output, diagnostics, result) = harness.Run();
        Assert.Null(result.Results.Single().Exception);
        Assert.DoesNotContain(output.GetDiagnostics(), d => d.Id == "CS8785");
        return (output, diagnostics.ToArray());
    }

    [Fact]
    public void Invalid_catalog_json_is_TC0001_at_the_catalog_line()
    {
        var harness = new GeneratorHarness().Add("a.txt", GoodSeed).Add("catalog.json", "{\n \"documents\": {\n  \"a.txt\": { \"id\": \"A\" \n }");

        var (_, diagnostics) = Run(harness);

        var error = Assert.Single(diagnostics, d => d.Id == "TC0001");
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.EndsWith("catalog.json", error.Location.GetLineSpan().Path);
        Assert.Equal(3, error.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void A_seed_without_entry_and_an_entry_without_seed_are_errors_at_their_files()
    {
        var harness = new GeneratorHarness()
            .Add("a.txt", GoodSeed)
            .Add("stray.txt", GoodSeed)
            .Add("catalog.json", Catalog(("a.txt", "A"), ("missing.txt", "M")));

        var (output, diagnostics) = Run(harness);

        Assert.EndsWith("stray.txt", Assert.Single(diagnostics, d => d.Id == "TC0002").Location.GetLineSpan().Path);
        var missing = Assert.Single(diagnostics, d => d.Id == "TC0003");
        Assert.Equal(2, missing.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains(output.SyntaxTrees, t => t.FilePath.EndsWith("Documents.A.g.cs"));
    }

    [Fact]
    public void A_repeated_id_is_TC0004_and_only_the_first_document_is_generated()
    {
        var harness = new GeneratorHarness().Add("a.txt", GoodSeed).Add("b.txt", GoodSeed).Add("catalog.json", Catalog(("a.txt", "A"), ("b.txt", "A")));

        var (output, diagnostics) = Run(harness);

        Assert.Single(diagnostics, d => d.Id == "TC0004");
        Assert.Single(output.SyntaxTrees, t => t.FilePath.EndsWith("Documents.A.g.cs"));
        Assert.DoesNotContain(output.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void An_empty_seed_is_TC0006_and_the_rest_still_builds()
    {
        var harness = new GeneratorHarness().Add("a.txt", GoodSeed).Add("b.txt", "  \n").Add("catalog.json", Catalog(("a.txt", "A"), ("b.txt", "B")));

        var (output, diagnostics) = Run(harness);

        Assert.EndsWith("b.txt", Assert.Single(diagnostics, d => d.Id == "TC0006").Location.GetLineSpan().Path);
        Assert.DoesNotContain(output.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void Without_the_runtime_reference_TC0009_says_what_to_add()
    {
        var harness = new GeneratorHarness(referenceRuntime: false).Add("a.txt", GoodSeed).Add("catalog.json", Catalog(("a.txt", "A")));

        var (_, diagnostics) = Run(harness);

        Assert.Contains("PackageReference to TypedCorpus", Assert.Single(diagnostics, d => d.Id == "TC0009").GetMessage());
    }

    [Fact]
    public void The_runtime_is_known_by_its_assembly_name_as_a_renamed_file_or_a_project()
    {
        // The file's name is not what counts: its metadata's assembly name is.
        var renamed = Path.Combine(Path.GetTempPath(), "typedcorpus-" + Guid.NewGuid().ToString("N") + ".dll");
        File.Copy(typeof(TypedCorpus.Document).Assembly.Location, renamed);
        try
        {
            var fromFile = new GeneratorHarness(runtime: MetadataReference.CreateFromFile(renamed)).Add("a.txt", GoodSeed).Add("catalog.json", Catalog(("a.txt", "A")));
            var (output, diagnostics) = Run(fromFile);
            Assert.Empty(diagnostics);
            Assert.DoesNotContain(output.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
        }
        finally
        {
            File.Delete(renamed);
        }

        // In the IDE a project reference is a compilation: its assembly name counts, and only the exact one.
        MetadataReference Project(string name) => CSharpCompilation.Create(name).ToMetadataReference();
        var (_, fromProject) = Run(new GeneratorHarness(runtime: Project("TypedCorpus")).Add("a.txt", GoodSeed).Add("catalog.json", Catalog(("a.txt", "A"))));
        Assert.DoesNotContain(fromProject, d => d.Id == "TC0009");
        var (_, fromOther) = Run(new GeneratorHarness(runtime: Project("TypedCorpus.Tools")).Add("a.txt", GoodSeed).Add("catalog.json", Catalog(("a.txt", "A"))));
        Assert.Single(fromOther, d => d.Id == "TC0009");

        // A reference that is no assembly at all is not the runtime, and does not stop the generator (the compiler reports it).
        var notAnAssembly = Path.Combine(Path.GetTempPath(), "typedcorpus-" + Guid.NewGuid().ToString("N") + ".dll");
        File.WriteAllText(notAnAssembly, "not an assembly");
        try
        {
            var (_, fromGarbage) = Run(new GeneratorHarness(runtime: MetadataReference.CreateFromFile(notAnAssembly)).Add("a.txt", GoodSeed).Add("catalog.json", Catalog(("a.txt", "A"))));
            Assert.Single(fromGarbage, d => d.Id == "TC0009");
        }
        finally
        {
            File.Delete(notAnAssembly);
        }
    }

    [Fact]
    public void Text_files_in_a_folder_without_a_catalog_are_not_seeds()
    {
        var (output, diagnostics, _) = new GeneratorHarness().Add("notes.txt", GoodSeed).Run();

        Assert.Empty(diagnostics);
        Assert.Empty(output.SyntaxTrees);
    }

    [Fact]
    public void A_second_catalog_in_the_same_folder_is_TC0008_and_ignored()
    {
        var harness = new GeneratorHarness().Add("a.txt", GoodSeed).Add("catalog.json", Catalog(("a.txt", "A"))).Add("Catalog.json", Catalog(("a.txt", "B")));

        var (output, diagnostics) = Run(harness);

        // Ordinal order puts "Catalog.json" first, so it is the one used.
        Assert.EndsWith("/catalog.json", Assert.Single(diagnostics, d => d.Id == "TC0008").Location.GetLineSpan().Path);
        Assert.Contains(output.SyntaxTrees, t => t.FilePath.EndsWith("Documents.B.g.cs"));
        Assert.DoesNotContain(output.SyntaxTrees, t => t.FilePath.EndsWith("Documents.A.g.cs"));
    }
}

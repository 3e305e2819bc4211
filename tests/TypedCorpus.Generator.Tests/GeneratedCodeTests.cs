using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using TypedCorpus.Generator.Tests.Snapshots;
using TypedCorpus.Parsing;
using TypedCorpus.Testing;

namespace TypedCorpus.Generator.Tests;

public class GeneratedCodeTests
{
    [Fact]
    public void The_real_seeds_generate_one_file_per_document_that_compiles_with_no_warnings()
    {
        var (output, diagnostics, result) = GeneratorHarness.WithRealSeeds().Run();

        Assert.DoesNotContain(diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Equal(
            new[] { "Chronology.g.cs", "Documents.Azizian2002.g.cs", "Documents.Ferguson2000.g.cs", "Documents.Hasegawa2000.g.cs", "Documents.Singh2008.g.cs", "Documents.Watanabe1999.g.cs", "Documents.g.cs" },
            result.Results.Single().GeneratedSources.Select(s => s.HintName).OrderBy(n => n, StringComparer.Ordinal));
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void A_document_file_matches_its_snapshot()
    {
        var (_, _, result) = GeneratorHarness.WithRealSeeds().Run();
        var source = result.Results.Single().GeneratedSources.Single(s => s.HintName == "Documents.Azizian2002.g.cs");

        Snapshot.Verify(source.SourceText.ToString(), "Documents.Azizian2002");
    }

    [Fact]
    public void Two_runs_write_byte_identical_sources()
    {
        var first = GeneratorHarness.WithRealSeeds().Run().Result.Results.Single().GeneratedSources;
        var second = GeneratorHarness.WithRealSeeds().Run().Result.Results.Single().GeneratedSources;

        Assert.Equal(first.Select(s => (s.HintName, s.SourceText.ToString())), second.Select(s => (s.HintName, s.SourceText.ToString())));
    }

    [Fact]
    public void The_generated_corpus_runs_and_reads_the_seeds_back()
    {
        var (output, _, _) = GeneratorHarness.WithRealSeeds().Run();

        GeneratorHarness.Load(output, assembly =>
        {
            object? Get(string type, string property) =>
                assembly.GetType($"{GeneratorHarness.Namespace}.{type}")!.GetProperty(property, BindingFlags.Public | BindingFlags.Static)!.GetValue(null);

            Assert.StartsWith("Since the spring of 1996 Russo-Japanese relations", (string)Get("Documents+Hasegawa2000+Sections+Introduction", "Text")!);
            Assert.Equal("A weak domestic basis", Get("Documents+Hasegawa2000+Sections+RussoJapaneseRelationsAndAsianSecurityFutureScenarios+AWeakDomesticBasis", "Title"));
            Assert.Equal(File.ReadAllText(Repository.Seed("004_56262aa763689ffb.txt")), Get("Documents+Ferguson2000", "RawText"));
            var events = (System.Collections.IEnumerable)Get("Chronology", "Events")!;
            Assert.True(events.Cast<object>().Count() > 24);
        });
    }

    // The parser's test folder of new documents (every layout, none of them a seed) through the generator, as a
    // package user's own seeds would go: what it writes compiles with no warning and reads back what the parser read.
    [Fact]
    public void New_documents_in_every_layout_compile_and_read_back_as_the_parser_reads_them()
    {
        var folder = Path.Combine(Repository.Root, "tests", "TypedCorpus.Parsing.Tests", "NewDocuments");
        var seeds = Directory.GetFiles(folder, "*.txt");
        var harness = new GeneratorHarness().Add("catalog.json", File.ReadAllText(Path.Combine(folder, "catalog.json")));
        foreach (var path in seeds)
        {
            harness.Add(Path.GetFileName(path), File.ReadAllText(path));
        }

        var (output, diagnostics, _) = harness.Run();
        var parsed = CorpusFolder.Load(folder).Documents;
        Assert.Equal(seeds.Length, parsed.Count);

        Assert.DoesNotContain(diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems.Take(5)));
        GeneratorHarness.Load(output, assembly =>
        {
            var all = (IReadOnlyList<TypedCorpus.Document>)assembly.GetType($"{GeneratorHarness.Namespace}.Documents")!.GetProperty("All")!.GetValue(null)!;
            Assert.Equal(parsed.Select(d => d.Entry.Id).Order(StringComparer.Ordinal), all.Select(d => d.Id).Order(StringComparer.Ordinal));
            foreach (var document in all)
            {
                var expected = parsed.Single(d => d.Entry.Id == document.Id);
                Assert.Equal(expected.Sections.Select(s => s.Title), document.AllSections.Select(s => s.Title));
                Assert.Equal(expected.Paragraphs.Select(p => expected.Text.Substring(p.TextStart, p.TextLength)), document.Paragraphs.Select(p => p.Text));
                Assert.Equal(expected.Footnotes.Select(n => n.Text), document.Footnotes.Select(n => n.Text));
            }
        });
    }

    [Fact]
    public void The_runtime_kinds_have_the_parser_kinds_values()
    {
        foreach (var kind in Enum.GetValues<TypedCorpus.Parsing.Model.SpanKind>())
        {
            Assert.Equal((int)kind, (int)Enum.Parse<TypedCorpus.RawSpanKind>(kind.ToString()));
        }

        foreach (var kind in Enum.GetValues<TypedCorpus.ParagraphKind>())
        {
            Assert.Equal((int)kind, (int)Enum.Parse<TypedCorpus.Parsing.Model.SpanKind>(kind.ToString()));
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TypedCorpus.Parsing.Diagnostics;
using TypedCorpus.Parsing.Layouts.Common;
using TypedCorpus.Parsing.Text;
using TypedCorpus.Testing;
using static TypedCorpus.Parsing.Tests.ParseHelper;

namespace TypedCorpus.Parsing.Tests.Robustness;

/// <summary>Every diagnostic is documented, and each one the parser raises has a seed that triggers it.</summary>
public class DiagnosticCatalogTests
{
    private static string[] Ids(string text, CorpusSeverity? severity = null) =>
        CorpusParser.Parse("seed.txt", text, Entry()).Diagnostics.Where(d => severity is null || d.Severity == severity).Select(d => d.Id).ToArray();

    [Fact]
    public void Every_id_is_documented_with_its_severity()
    {
        var doc = File.ReadAllText(Path.Combine(Repository.Root, "docs", "diagnostics.md"));

        foreach (var descriptor in CorpusDiagnostics.All.Append(new CorpusDiagnosticDescriptor("TC0009", "", "", CorpusSeverity.Error)))
        {
            Assert.Contains("## " + descriptor.Id, doc);
            Assert.Contains($"| [{descriptor.Id}](#{descriptor.Id.ToLowerInvariant()}) | {descriptor.Severity.ToString().ToLowerInvariant()} |", doc);
        }

        Assert.Equal(CorpusDiagnostics.All.Length, CorpusDiagnostics.All.Select(d => d.Id).Distinct().Count());
    }

    [Fact]
    public void TC0006_an_empty_seed() => Assert.Equal(new[] { "TC0006" }, Ids(" \n\n"));

    [Fact]
    public void TC0007_a_seed_no_layout_recognises_is_still_parsed()
    {
        var result = CorpusParser.Parse("seed.txt", "Just a line of prose with nothing else to go by.\n", Entry());

        Assert.Contains("TC0007", result.Diagnostics.Select(d => d.Id));
        Assert.NotNull(result.Document);
    }

    [Fact]
    public void TC0010_a_fault_of_the_parser_names_the_seed_and_builds_nothing()
    {
        var result = CorpusParser.Parse("seed.txt", "text\n", Entry(), new LayoutRules[] { new FaultyLayout() });

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("TC0010", diagnostic.Id);
        Assert.Contains("InvalidOperationException", diagnostic.Message);
        Assert.Null(result.Document);
    }

    [Fact]
    public void TC0011_a_seed_over_the_size_limit_is_refused()
    {
        Assert.Equal(new[] { "TC0011" }, Ids(new string('a', CorpusParser.MaxSeedLength + 1)));
    }

    [Fact]
    public void TC0101_headings_that_make_the_same_name()
    {
        var text = "by Ann Author\n\nOne part. It ends.\n\nNotes on Things\n\nText here. It ends.\n\nNOTES ON THINGS\n\nMore text here.\n";

        Assert.Contains("TC0101", Ids(text, CorpusSeverity.Warning));
    }

    [Fact]
    public void TC0102_and_TC0103_a_marker_without_its_note_and_a_note_without_its_marker()
    {
        var text = "I. First\n\nA claim.\u00B9 Another claim.\u2075\n\n\u00B9 Smith, 1990.\n\n\u00B2 Jones, 1991.\n\nII. Second\n\nMore text here.\n";
        var ids = Ids(text);

        Assert.Contains("TC0102", ids);
        Assert.Contains("TC0103", ids);
    }

    [Fact]
    public void TC0104_a_note_number_used_twice_in_one_scope()
    {
        var text = "I. First\n\nA claim.\u00B9 Another.\u00B2\n\n\u00B9 Smith, 1990.\n\n\u00B2 Jones, 1991.\n\n\u00B2 Jones again, 1991.\n\nII. Second\n\nMore text here.\u00B3\n\n\u00B3 Brown.\n";

        Assert.Contains("TC0104", Ids(text));
    }

    [Fact]
    public void TC0105_bytes_that_were_not_utf8()
    {
        var result = CorpusParser.Parse("seed.txt", "by Ann Author\n\nFine line.\n\nBroken \uFFFD here.\n", Entry());

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "TC0105");
        Assert.Equal(5, diagnostic.Line);
        Assert.NotNull(result.Document);
    }

    private sealed class FaultyLayout : LayoutRules
    {
        public override string Name => "faulty";

        public override MarkerStyles Markers => MarkerStyles.None;

        public override double Score(LayoutInput input) => 1;

        public override List<Block> Segment(LayoutInput input) => throw new InvalidOperationException("a bug");
    }
}

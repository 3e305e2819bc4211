using System.Linq;
using TypedCorpus.Parsing.Catalog;
using TypedCorpus.Parsing.Model;

namespace TypedCorpus.Parsing.Tests;

/// <summary>Parses small synthetic seeds, as a catalog entry would describe them.</summary>
internal static class ParseHelper
{
    public static CatalogEntry Entry(string title = "A Study of Things", string[]? authors = null, string? sourceQuality = null, string? container = null, string kind = "article") =>
        new("test.txt", "Test", title, (authors ?? new[] { "Ann Author" }).ToEquatableArray(), 2000, kind, container, null, sourceQuality, null, 1);

    public static ParsedDocument Parse(string text, CatalogEntry? entry = null, TypedCorpus.Parsing.Ocr.DomainWords? corpusWords = null)
    {
        var result = CorpusParser.Parse("test.txt", text, entry ?? Entry(), corpusWords);
        Assert.NotNull(result.Document);
        return result.Document!;
    }

    public static string[] Titles(ParsedDocument document) => document.Sections.Select(s => s.Title).ToArray();

    public static string[] Outline(ParsedDocument document) =>
        document.Sections.Select(s => $"{s.Level}|{s.Number}|{s.Title}").ToArray();

    /// <summary>Each heading stands in the text just before its section's own text, as its (corrected) number and title.</summary>
    public static void AssertHeadingsAreTitles(ParsedDocument document)
    {
        foreach (var section in document.Sections)
        {
            var before = document.Text.Substring(0, section.TextStart).TrimEnd('\n');
            Assert.True(before.EndsWith(section.Heading, System.StringComparison.Ordinal), $"{document.Entry.Id} line {section.Line}: '{section.Heading}' is not before its text");
        }
    }

    /// <summary>
    /// What the printed and markdown layouts must make of a note carried to the next page with that page's note right
    /// under its rest, as their tests write it: the rest joins note 1, note 2 stands apart, each with its marker.
    /// </summary>
    public static void AssertCarriedNoteRestAndTheNoteUnderIt(ParsedDocument document)
    {
        Assert.Equal(new[] { 1, 2 }, document.Footnotes.Select(n => n.Number));
        Assert.EndsWith("see the account in the interpreter's memoirs, which adds details not found in the official record.", document.Footnotes[0].Text);
        Assert.Equal("Text in Diplomaticheskii Vestnik, no. 3 (2000), pp. 12–15.", document.Footnotes[1].Text);
        Assert.All(document.Footnotes, n => Assert.Single(n.Markers));
        Assert.Empty(document.Diagnostics);
    }

    public static string TextOf(ParsedDocument document, SectionNode section) => document.Text.Substring(section.TextStart, section.TextLength);

    /// <summary>Whether a clean-text offset stands right after a section's heading, where a marker set on the heading points.</summary>
    public static bool EndsHeading(ParsedDocument document, int at) =>
        document.Sections.Any(s => at >= s.Heading.Length && at <= document.Text.Length
            && string.CompareOrdinal(document.Text, at - s.Heading.Length, s.Heading, 0, s.Heading.Length) == 0);

    public static string[] ParagraphTexts(ParsedDocument document) =>
        document.Paragraphs.Select(p => document.Text.Substring(p.TextStart, p.TextLength)).ToArray();
}

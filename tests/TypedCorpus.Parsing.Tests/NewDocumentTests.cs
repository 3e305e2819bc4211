using System;
using System.IO;
using System.Linq;
using TypedCorpus.Parsing.Model;
using static TypedCorpus.Parsing.Tests.ParseHelper;

namespace TypedCorpus.Parsing.Tests;

/// <summary>
/// Documents the parser was not tuned on (<c>NewDocuments/</c>), one per layout, against what a reader expects of
/// them: their sections, notes, paragraphs and dated events.
/// </summary>
public sealed class NewDocumentTests
{
    private static readonly Lazy<CorpusFolder> Folder = new(() => CorpusFolder.Load(Path.Combine(AppContext.BaseDirectory, "NewDocuments")));

    private static ParsedDocument Document(string id) => Folder.Value.Documents.Single(d => d.Entry.Id == id);

    private static string[] Dates(ParsedDocument document) => document.Mentions.Select(m => m.Date).ToArray();

    [Fact]
    public void Every_new_document_parses_with_no_error_in_its_own_layout()
    {
        Assert.DoesNotContain(Folder.Value.Diagnostics, d => d.Severity == Diagnostics.CorpusSeverity.Error);
        Assert.Equal(
            new[] { ("Iwashita2006", "printed-chapter"), ("Petrova2001", "quarterly-review"), ("Brown2016", "web-article"), ("Tanaka2003", "markdown"), ("Iwashita2006Ocr", "ocr-page") },
            Folder.Value.Documents.Select(d => (d.Entry.Id, d.Layout)).ToArray());
    }

    [Fact]
    public void A_printed_chapter_keeps_its_roman_sections_its_notes_and_a_sentence_across_a_note_block()
    {
        var document = Document("Iwashita2006");

        Assert.Equal(new[] { "1|I|Background", "1|II|The pipeline question", "2||The Chinese option", "2||The Japanese option", "1|III|Conclusions" }, Outline(document));
        Assert.Equal(new[] { 1, 2, 3, 4 }, document.Footnotes.Select(n => n.Number).ToArray());
        Assert.All(document.Footnotes, n => Assert.Single(n.Markers));
        Assert.Contains(ParagraphTexts(document), p => p.Contains("investors complained that the regional administration changed the rules", StringComparison.Ordinal));
        Assert.Contains(document.Paragraphs, p => p.Kind == SpanKind.Caption && document.Text.Substring(p.TextStart, p.TextLength).StartsWith("Figure 7.1.", StringComparison.Ordinal));
        Assert.Equal(new[] { "1994-06", "1999-07", "2003", "2003-01" }, Dates(document));
    }

    [Fact]
    public void A_quarterly_review_dates_its_chronology_and_its_months_by_the_paragraph_year()
    {
        var document = Document("Petrova2001");

        Assert.Equal(new[] { "After Irkutsk", "Business Ties", "Chronology of Japan-Russia Relations April-June 2001" }, Titles(document));
        Assert.Equal(
            new[] { "2001-04-02", "2001-04-26", "2001-05-08", "2001-05-15", "2001-06-03/2001-06-05", "2001-06-30" },
            document.Mentions.Where(m => m.Kind == MentionKind.ChronologyEntry).Select(m => m.Date).ToArray());
        Assert.Equal(new[] { "2001-03", "2001-04", "2001-05" }, document.Mentions.Where(m => m.Kind == MentionKind.Sentence).Select(m => m.Date).ToArray());
        Assert.Equal("Junichiro Koizumi becomes prime minister of Japan.", document.TextOf(document.Mentions.Single(m => m.Date == "2001-04-26")));
    }

    [Fact]
    public void A_web_article_drops_its_repeats_and_links_its_numbered_notes()
    {
        var document = Document("Brown2016");

        Assert.Equal(new[] { "A Personal Diplomacy", "Limits of the Approach" }, Titles(document));
        var paragraphs = ParagraphTexts(document);
        Assert.Single(paragraphs, p => p.StartsWith("Shinzo Abe has staked more", StringComparison.Ordinal));
        Assert.DoesNotContain(paragraphs, p => p.StartsWith("Tokyo's Russia Gamble", StringComparison.Ordinal) || p.Contains("associate professor", StringComparison.Ordinal));
        Assert.Equal(new[] { "Kommersant, December 17, 2016." }, document.Footnotes.Where(n => n.Number == 2).Select(n => n.Text).ToArray());
        Assert.All(document.Footnotes, n => Assert.Single(n.Markers));
        Assert.Equal(new[] { "2012-12", "2016-05", "2016-12", "2014-03" }, Dates(document));
    }

    [Fact]
    public void A_markdown_dissertation_numbers_its_chapters_and_restarts_its_notes_per_chapter()
    {
        var document = Document("Tanaka2003");
        var chapters = document.Sections.Where(s => s.Number != null && s.Level == 1).Select(s => $"{s.Number}|{s.Title}").ToArray();

        Assert.Equal(new[] { "I|INTRODUCTION", "II|THE ISLANDS QUESTION" }, chapters);
        Assert.Equal(new[] { "The Legacy of 1956", "Yeltsin's Letter", "The Krasnoyarsk Process" }, document.Sections.Where(s => s.Level == 2 && s.Parent >= 0 && document.Sections[s.Parent].Number != null).Select(s => s.Title).ToArray());
        Assert.Equal(new[] { "1|I", "2|I", "1|II", "2|II" }, document.Footnotes.Select(n => $"{n.Number}|{document.Sections[n.Scope].Number}").ToArray());
        Assert.All(document.Footnotes, n => Assert.Single(n.Markers));
        Assert.Equal(new[] { "1956-10", "1993-10", "1997-11" }, Dates(document));
    }

    [Fact]
    public void An_ocr_chapter_reads_its_broken_headings_and_endnote_numbers_and_corrects_its_words()
    {
        var document = Document("Iwashita2006Ocr");

        Assert.Equal(new[] { "THE PIPELINE QUESTION", "CONCLUSIONS", "ENDNOTES" }, Titles(document));
        Assert.Equal(new[] { ("r.", 1), ("z.", 2) }, document.Footnotes.Select(n => (n.Label, n.Number)).ToArray());
        Assert.EndsWith("Tokyo, 12 May 1998.", document.Footnotes[0].Text, StringComparison.Ordinal);
        foreach (var corrected in new[] { "first proposed in the", "The Soviet collapse had left the Far Eastern economy", "In June 1994", "slow for the rest of the decade, and investors complained that", "This chapter asks what energy cooperation", "consumer", "financing for a line", "In January 2003", "it has given both" })
        {
            Assert.Contains(corrected, document.Text, StringComparison.Ordinal);
        }

        // The OCR'd words stay in the raw text, each correction pointing back to them.
        Assert.Contains(document.Corrections, c => c.Original == "proposecl" && document.RawText.Substring(c.RawStart, c.RawLength) == "proposecl");
        Assert.Equal(new[] { "1994-06", "1999-07", "2003", "2003-01" }, Dates(document));
    }
}

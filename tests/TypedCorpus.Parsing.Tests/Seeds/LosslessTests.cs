using System.Linq;
using System.Text;
using TypedCorpus.Parsing.Model;
using TypedCorpus.Testing;

namespace TypedCorpus.Parsing.Tests.Seeds;

/// <summary>Every character of every seed belongs to exactly one span, and every structure points back into the raw text.</summary>
public class LosslessTests
{
    public static TheoryData<string> Ids => SeedDocuments.Ids;

    private static ParsedDocument Get(string id) => SeedDocuments.Get(id);

    [Theory]
    [MemberData(nameof(Ids))]
    public void Spans_tile_the_raw_text_and_rebuild_it_byte_for_byte(string id)
    {
        var document = Get(id);
        var rebuilt = new StringBuilder();
        var next = 0;
        foreach (var span in document.Spans)
        {
            Assert.Equal(next, span.Start);
            Assert.True(span.Length > 0);
            rebuilt.Append(document.RawText, span.Start, span.Length);
            next = span.Start + span.Length;
        }

        Assert.Equal(document.RawText.Length, next);
        Assert.Equal(document.RawText, rebuilt.ToString());
        Assert.Equal(System.IO.File.ReadAllText(document.FilePath), document.RawText);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Blank_spans_hold_only_white_space_and_other_spans_start_with_text(string id)
    {
        var document = Get(id);

        foreach (var span in document.Spans)
        {
            var text = document.RawText.Substring(span.Start, span.Length);
            if (span.Kind == SpanKind.Blank)
            {
                Assert.True(string.IsNullOrWhiteSpace(text), $"{id} line {span.Line}: blank span holds text");
            }
            else
            {
                Assert.False(string.IsNullOrWhiteSpace(text), $"{id} line {span.Line}: {span.Kind} span holds no text");
                Assert.False(text[0] == '\n' || text[0] == '\r', $"{id} line {span.Line}: {span.Kind} span starts with a break");
            }
        }
    }

    [Fact]
    public void Ocr_corrections_point_at_the_ocr_words_in_the_raw_text()
    {
        var document = Get("Watanabe1999");

        Assert.True(document.Corrections.Count > 1000);
        var placed = document.Corrections.Where(c => c.RawStart >= 0).ToList();
        Assert.True(placed.Count * 100 >= document.Corrections.Count * 99, $"{placed.Count} of {document.Corrections.Count} corrections placed");

        // As written, or broken over lines ("con-" / "tinuecl" is "continuecl"): the same letters and marks, with a break.
        static string Squashed(string text) => new(text.Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());
        Assert.All(placed, c =>
        {
            var raw = document.RawText.Substring(c.RawStart, c.RawLength);
            Assert.True(raw == c.Original || (raw.Contains('\n') && Squashed(raw) == Squashed(c.Original)), $"'{c.Original}' placed on '{raw}'");
        });
        Assert.Contains(document.Corrections, c => c.Original == "continuecl" && document.RawText.Substring(c.RawStart, c.RawLength) == "con-\ntinuecl");
        Assert.Contains(document.Corrections, c => c.Original == "rqq8," && document.Text.Substring(c.TextStart, c.TextLength) == "1998,");
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Note_markers_point_into_the_text_right_after_what_they_follow(string id) => AssertMarkersInPlace(Get(id));

    /// <summary>
    /// A marker's clean-text offset lies inside a paragraph (or at the end of the heading it was set on), right after a
    /// word or a mark: never after a space or a break.
    /// </summary>
    internal static void AssertMarkersInPlace(ParsedDocument document)
    {
        foreach (var note in document.Footnotes)
        {
            foreach (var marker in note.Markers)
            {
                var at = marker.TextOffset;
                var where = $"{document.Entry.Id} note {note.Label}, marker on line {marker.Line} at {at}";
                Assert.True(document.Paragraphs.Any(p => p.TextStart < at && at <= p.TextStart + p.TextLength) || ParseHelper.EndsHeading(document, at), $"{where}: in no paragraph");
                Assert.False(char.IsWhiteSpace(document.Text[at - 1]), $"{where}: after white space");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Headings_paragraphs_and_notes_point_at_their_raw_lines(string id)
    {
        var document = Get(id);
        var source = new TypedCorpus.Parsing.Text.SourceText(document.RawText);

        foreach (var section in document.Sections)
        {
            Assert.Equal(section.Line, source.LineOf(section.RawStart));
            var raw = document.RawText.Substring(section.RawStart, section.RawLength);
            Assert.All(section.RawTitle.Split(' '), word => Assert.Contains(word, raw));
            Assert.Contains(document.Spans, s => s.Kind == SpanKind.Heading && s.Start == section.RawStart);

            // The heading's own words in the clean text trace back to its line, not to the paragraph before it.
            var headingStart = section.TextStart < 3 ? 0 : document.Text.LastIndexOf("\n\n", section.TextStart - 3, System.StringComparison.Ordinal) + 2;
            Assert.Equal(section.Line, document.LineAt(headingStart));
        }

        foreach (var paragraph in document.Paragraphs.Where(p => !document.IsOcr))
        {
            Assert.Equal(paragraph.Line, source.LineOf(paragraph.RawStart));
            var firstLetter = document.Text.Substring(paragraph.TextStart, paragraph.TextLength).First(char.IsLetterOrDigit);
            var raw = document.RawText.Substring(paragraph.RawStart, paragraph.RawLength);
            // A list item's number ("1. Extension of loans") marks it and is no part of its text.
            raw = paragraph.Kind == SpanKind.ListItem ? raw.Substring(TypedCorpus.Parsing.Layouts.Common.LineShapes.ItemMarkLength(raw)) : raw;
            var rawFirstLetter = TypedCorpus.Parsing.Text.CleanLine.From(raw, 0, TypedCorpus.Parsing.Text.MarkerStyles.None, markup: true).Text.First(char.IsLetterOrDigit);
            Assert.True(firstLetter == rawFirstLetter, $"{id} line {paragraph.Line}: text starts with '{firstLetter}', raw with '{rawFirstLetter}'");
        }

        foreach (var note in document.Footnotes)
        {
            Assert.Equal(note.Line, source.LineOf(note.RawStart));
            Assert.All(note.Markers, m => Assert.Equal(m.Line, source.LineOf(m.RawOffset)));
        }
    }
}

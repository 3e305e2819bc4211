using System;
using System.Diagnostics;
using System.Linq;
using System.Text;
using TypedCorpus.Parsing.Layouts.Common;
using static TypedCorpus.Parsing.Tests.ParseHelper;

namespace TypedCorpus.Parsing.Tests.Robustness;

/// <summary>
/// Inputs built to make a parser slow: thousands of headings and notes, huge lines, runs of the characters the
/// patterns look for. Each must parse, without a parser fault, well inside a generous time budget (the parser
/// is linear; the budget only catches a quadratic or backtracking blow-up, not a slow machine).
/// </summary>
public class PathologicalInputTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(20);

    /// <param name="layout">The one layout to parse with; by default, the one detected.</param>
    private static void ParsesInTime(string text, string? sourceQuality = null, LayoutRules? layout = null)
    {
        var watch = Stopwatch.StartNew();
        var result = layout is null
            ? CorpusParser.Parse("seed.txt", text, Entry(sourceQuality: sourceQuality))
            : CorpusParser.Parse("seed.txt", text, Entry(sourceQuality: sourceQuality), new[] { layout });
        watch.Stop();

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "TC0010");
        Assert.True(watch.Elapsed < Budget, $"parsing ({layout?.Name ?? "detected layout"}) took {watch.Elapsed}");
    }

    [Fact]
    public void Ten_thousand_markdown_headings() =>
        ParsesInTime(string.Concat(Enumerable.Range(0, 10_000).Select(i => $"## Part {i}\n\nText of part {i}.\n\n")));

    [Fact]
    public void Ten_thousand_plain_headings() =>
        ParsesInTime("by Ann Author\n\n" + string.Concat(Enumerable.Range(0, 10_000).Select(i => $"Heading Number {i}\n\nText of part {i}. It ends.\n\n")));

    [Fact]
    public void A_hundred_thousand_note_markers()
    {
        var body = new StringBuilder("I. Start\n\n");
        for (var i = 1; i <= 100_000; i++)
        {
            body.Append("Claim ").Append(i).Append('.').Append(Superscript(i)).Append(i % 10 == 0 ? "\n\n" : " ");
        }

        body.Append("\n\n").Append(string.Concat(Enumerable.Range(1, 1000).Select(i => Superscript(i) + " Note " + i + ".\n\n")));
        ParsesInTime(body.ToString());
    }

    [Theory]
    [InlineData('*')]
    [InlineData('<')]
    [InlineData('(')]
    [InlineData('#')]
    [InlineData('-')]
    [InlineData('1')]
    [InlineData(' ')]
    [InlineData('\u00B9')]
    public void A_megabyte_line_of_one_character(char c) => ParsesInTime("Title\n\n" + new string(c, 1_000_000) + "\n");

    // Found by the fuzz test: a 200,000-letter word in an OCR'd seed made the corrector try every split of it.
    [Fact]
    public void A_huge_word_in_an_ocr_page() =>
        ParsesInTime("Title\n\nSome text here. " + new string('a', 200_000) + " more text.\n", "OCR of a printed page");

    [Fact]
    public void Patterns_that_backtrack_on_near_misses()
    {
        var nearDates = string.Concat(Enumerable.Repeat("January 1 January 19 Jan. 1, 19 ", 20_000));
        var nearCitations = string.Concat(Enumerable.Repeat("(Smith 19 (Jones (1998, ", 20_000));
        var nearTags = string.Concat(Enumerable.Repeat("<sup <b <sup>1 </ ", 20_000));
        ParsesInTime("by Ann Author\n\n" + nearDates + ".\n\n" + nearCitations + ".\n\n" + nearTags + ".\n");
    }

    // \d matches the digits of every script, and a year may be written 0000: int.Parse or the calendar threw, and
    // the whole seed was lost (TC0010).
    [Theory]
    [InlineData("\u0661\u0669\u0669\u0668-\u0660\u0661: Talks in Tokyo.")]
    [InlineData("0000-01-05: Talks in Tokyo.")]
    [InlineData("- **Jan. 5, 0000:** Talks in Tokyo.")]
    [InlineData("Talks began in 19\u0669\u0668.<sup>\u0661</sup> They went on.")]
    public void Numbers_no_calendar_reads(string line) =>
        ParsesInTime("by Ann Author\n\n" + line + "\n\nJan. 1, 2000: Talks.\n\nJan. 2, 2000: Talks.\n\nJan. 3, 2000: Talks.\n");

    // The same in an OCR'd page, where the corrector reads a year or a day near a month's name (found by fuzzing the seeds).
    [Theory]
    [InlineData("Talks began in 199\u0e54 and went on.")]
    [InlineData("Talks began on \u0662\u0660 March and in July 1\u19d297.")]
    public void Numbers_no_calendar_reads_in_an_ocr_page(string line) =>
        ParsesInTime("Title\n\nSome text here. " + line + " More text.\n", "OCR of a printed page");

    // Found by fuzzing: a short question read as a heading took each longer word's first letter, and a run of marks has none.
    [Fact]
    public void A_question_with_a_run_of_marks_among_its_words() =>
        ParsesInTime("by Ann Author\n\nTalks went on for years and nobody knew why.\n\nIs Moscow ---- Listening?\n\nTalks went on.\n");

    // Found by fuzzing: a heading pattern tried every split of a long run of spaces at every position of its text,
    // and the seed was given up at the regex timeout. Each line start a layout looks for, then a long run of white
    // space with a mark inside it, through every layout (each one segments the text itself, not only scores it).
    [Theory]
    [InlineData(' ')]
    [InlineData('\u00A0')]
    [InlineData('\t')]
    public void Long_runs_of_white_space_after_what_starts_a_line(char space)
    {
        var run = new string(space, 5_000);
        string[] starts =
        {
            "# **Title", "## Title ##", "**Title", "- **Jan. 5, 2000:**", "Jan. 5, 2000:", "<sup>1</sup>", "1.", "(1)", "Chapter 1",
            "I. Title", "1.2 Title", "NOTES", "Figure 1.", "---", "Is it a question", "by Ann Author", "Contents",
        };
        var text = "by Ann Author\n\n" + string.Concat(starts.Select(start => start + run + ")" + run + "?\n\nSome text.\n\n"));
        foreach (var layout in CorpusParser.Layouts)
        {
            ParsesInTime(text, "OCR of a printed page", layout);
        }
    }

    // Found by fuzzing the generator: a last block with nothing readable ("- **", a seed cut off) dropped the separator
    // written for it, but its section's own text still reached past the end of the text, and the generator failed.
    [Theory]
    [InlineData("- **")]
    [InlineData("**")]
    [InlineData("<sup></sup>")]
    public void A_last_block_with_nothing_readable_leaves_every_section_inside_the_text(string ending)
    {
        var text = "Relations: A Quiet Half\n\nby Ann Author\n\nThe quarrel flared in June. Tokyo protested.\n\n"
            + "Chronology of Relations July-December 2001\n\nJuly 2, 2001: The minister meets the ambassador and\nasks about licenses.\n\n" + ending;
        foreach (var layout in CorpusParser.Layouts)
        {
            var document = CorpusParser.Parse("seed.txt", text, Entry(), new[] { layout }).Document!;
            Assert.All(document.Sections, s => Assert.InRange(s.TextStart + s.TextLength, s.TextStart, s.TextStart + s.FullTextLength));
            Assert.All(document.Sections, s => Assert.InRange(s.TextStart + s.FullTextLength, 0, document.Text.Length));
            Assert.All(document.Paragraphs, p => Assert.InRange(p.TextStart + p.TextLength, p.TextStart, document.Text.Length));
        }
    }

    // A chronology lends its year to entries without one; at the calendar's end the next year does not exist.
    [Fact]
    public void A_chronology_of_the_last_year_and_entries_that_run_past_it() =>
        ParsesInTime("by Ann Author\n\nChronology of Things December 9999\n\nDec. 30-Jan. 2: Talks.\n\nJan. 3: Talks.\n\n- **Late December:** Talks.\n\nDec. 31, 9999 - Talks.\n\nJan. 1: Talks.\n");

    [Fact]
    public void Ten_thousand_entries_without_their_year() =>
        ParsesInTime("by Ann Author\n\nChronology of Things January-March 2000\n\n" + string.Concat(Enumerable.Range(0, 10_000).Select(i => $"- **{(i % 2 == 0 ? "Mid-" : "")}{(i % 12 == 11 ? "Dec." : "Jan.")} {i % 28 + 1}:** Talks {i}.\n")));

    private static string Superscript(int number) =>
        string.Concat(number.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(d => "\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079"[d - '0']));
}

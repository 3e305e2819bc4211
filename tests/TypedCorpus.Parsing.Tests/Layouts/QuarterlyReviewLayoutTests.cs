using System.Linq;
using TypedCorpus.Parsing.Model;
using static TypedCorpus.Parsing.Tests.ParseHelper;

namespace TypedCorpus.Parsing.Tests.Layouts;

public class QuarterlyReviewLayoutTests
{
    private const string Review = """
        Things Relations: Things Struggle

        by Ann Author,
        Fellow, Institute of Things and International
        Relations,
        Academy of Sciences

        Tokyo spent the quarter watching. Moscow did not call.

        Feeling Ignored

        Is Moscow Listening?

        The ministry waited for a call. It came on January 28, and the talk was
        of martial arts. Ivanov did make a bold argument for Japan and Russia to be more

        deeply involved in Korea.

        Chronology of Things January-March 2000

        Jan. 1, 2000: Yeltsin names Putin acting President.

        - **Feb. 1, 2000:** The governor visits Niigata.
        - Feb. 7, 2000: Northern Territories Day.
        - **Mar. 16, 2000:** Obuchi offers to visit.
        - Mar. 20-22, 2000: Talks on fisheries.

        March 24 and 25, 2000: Deputy ministers meet.

        Mar. 26, 2000: Putin elected President.
        """;

    private static ParsedDocument ParseReview() => Parse(Review, Entry("Things Relations: Things Struggle"));

    [Fact]
    public void Byline_over_several_lines_is_metadata_and_plain_lines_are_headings()
    {
        var document = ParseReview();

        Assert.Equal("quarterly-review", document.Layout);
        Assert.Equal(new[] { "1||Feeling Ignored", "1||Is Moscow Listening?", "1||Chronology of Things January-March 2000" }, Outline(document));
        Assert.Contains(document.Spans, s => s.Kind == SpanKind.Metadata && s.Line == 3);
    }

    [Fact]
    public void A_chronology_title_wrapped_onto_a_second_line_is_its_heading()
    {
        var document = Parse(Review.Replace("Chronology of Things January-March 2000", "Chronology of Things\nJanuary-March 2000"), Entry("Things Relations: Things Struggle"));

        Assert.Equal(new[] { "1||Feeling Ignored", "1||Is Moscow Listening?", "1||Chronology of Things January-March 2000" }, Outline(document));
    }

    [Fact]
    public void Chronology_entries_in_every_style_are_dated()
    {
        var document = ParseReview();
        var entries = document.Mentions.Where(m => m.Kind == MentionKind.ChronologyEntry).ToList();

        Assert.Equal(new[] { "2000-01-01", "2000-02-01", "2000-02-07", "2000-03-16", "2000-03-20/2000-03-22", "2000-03-24/2000-03-25", "2000-03-26" }, entries.Select(e => e.Date));
        Assert.Equal("The governor visits Niigata.", document.TextOf(entries[1]));
        Assert.All(document.Mentions, e => Assert.Equal(1, document.Sections[e.Section].Level));

        // A bulleted entry's text starts with its date, as a plain one does: the bullet and the bold are markup.
        Assert.Contains("Feb. 1, 2000: The governor visits Niigata.", ParagraphTexts(document));
        Assert.Contains("Feb. 7, 2000: Northern Territories Day.", ParagraphTexts(document));
    }

    [Fact]
    public void An_entry_may_leave_out_the_year_of_its_chronology()
    {
        var document = Parse("""
            Things Relations: A Winter

            by Ann Author

            Little happened.

            Before the Chronology

            May 9: not an entry, as no chronology has given a year yet.

            Chronology of Things, October 2003-January 2004

            - Autumn 2003: Patrols near the islands.
            - **Oct. 8:** The ministers meet.
            - **Mid-November:** Experts meet in Sapporo.

            Dec. 2 – A trade mission arrives.

            Dec. 29-Jan. 2: A boat is detained.

            Jan. 15: The prime minister hopes to visit.
            """, Entry("Things Relations: A Winter"));

        var entries = document.Mentions.Where(m => m.Kind == MentionKind.ChronologyEntry).ToList();
        Assert.Equal(new[] { "2003", "2003-10-08", "2003-11", "2003-12-02", "2003-12-29/2004-01-02", "2004-01-15" }, entries.Select(e => e.Date));
        Assert.Equal(new[] { 13, 14, 15, 17, 19, 21 }, entries.Select(e => e.Line));

        // What happened, without the date and the dash that set it off.
        Assert.Equal("A trade mission arrives.", document.TextOf(entries[3]));
        Assert.Contains("May 9: not an entry, as no chronology has given a year yet.", ParagraphTexts(document));
    }

    [Fact]
    public void A_chronology_that_starts_in_one_year_dates_an_entry_of_an_earlier_month_in_the_next()
    {
        var document = Parse("Things Relations: Winter\n\nby Ann Author\n\nLittle happened.\n\nChronology of Things, December 2001-February 2002\n\nJan. 5: Talks in Tokyo.\n\nDec. 20: Talks in Moscow.\n", Entry("Things Relations: Winter"));

        Assert.Equal(new[] { "2002-01-05", "2002-12-20" }, document.Mentions.Where(m => m.Kind == MentionKind.ChronologyEntry).Select(m => m.Date));
    }

    [Fact]
    public void Without_a_period_in_the_catalog_the_chronology_heading_dates_the_months_the_text_names_alone()
    {
        const string review = "Things Relations: Winter\n\nby Ann Author\n\nKasyanov visited Tokyo on November 21. The talks resumed in January.\n\n"
            + "Chronology of Things, October 2003-January 2004\n\nOct. 5, 2003: Talks in Tokyo.\n";

        var document = Parse(review, Entry("Things Relations: Winter"));

        Assert.Equal(new[] { "2003-11-21", "2004-01" }, document.Mentions.Where(m => m.Kind == MentionKind.Sentence).Select(m => m.Date));
    }

    [Fact]
    public void Under_a_chronology_heading_that_names_no_period_the_entries_months_date_the_months_the_text_names_alone()
    {
        const string review = "Things Relations: Winter\n\nby Ann Author\n\nPutin finally came to Tokyo in November.\n\n"
            + "CHRONOLOGY\n\nOct. 3, 2005 -- Talks in Tokyo.\n\nDec. 13, 2005 -- Talks in Moscow.\n";

        var document = Parse(review, Entry("Things Relations: Winter"));

        Assert.Equal(new[] { "2005-11" }, document.Mentions.Where(m => m.Kind == MentionKind.Sentence).Select(m => m.Date));
        // Two hyphens are a dash that sets the entry's text off, as one is.
        Assert.Equal(
            new[] { "Talks in Tokyo.", "Talks in Moscow." },
            document.Mentions.Where(m => m.Kind == MentionKind.ChronologyEntry).Select(m => document.Text.Substring(m.TextStart, m.TextLength)));
    }

    [Fact]
    public void Entries_that_set_their_text_off_with_a_tab_are_a_chronology_not_a_table()
    {
        var document = Parse("Things Relations: Tabs\n\nby Ann Author\n\nLittle happened.\n\nChronology of Things January-March 2000\n\nJan. 1, 2000:\tYeltsin names Putin acting President.\nFeb. 7, 2000:\tNorthern Territories Day.\n", Entry("Things Relations: Tabs"));

        Assert.Equal(new[] { "2000-01-01", "2000-02-07" }, document.Mentions.Where(m => m.Kind == MentionKind.ChronologyEntry).Select(m => m.Date));
        Assert.DoesNotContain(document.Paragraphs, p => p.Kind == SpanKind.Table);
    }

    [Fact]
    public void A_page_break_inside_a_sentence_is_joined()
    {
        Assert.Contains(ParagraphTexts(ParseReview()), p => p.EndsWith("for Japan and Russia to be more deeply involved in Korea."));
    }

    [Fact]
    public void A_chronologys_date_may_be_set_off_by_its_bold_a_stop_or_a_space_alone()
    {
        var document = Parse("""
            Japan-Russia Relations: Quiet Quarter

            by Ann Author

            Not much happened this quarter. Nov. 21, 2004 was a Sunday.

            Chronology of Japan-Russia Relations October-December 2004

            **Oct. 4, 2004** Machimura meets Lavrov in New York.

            * **Nov. 14, 2004.** Lavrov speaks of the 1956 declaration.

            Nov. 21, 2004 Putin and Koizumi meet in Santiago.
            """, Entry("Japan-Russia Relations: Quiet Quarter"));

        Assert.Equal(
            new[] { ("2004-10-04", "Machimura meets Lavrov in New York."), ("2004-11-14", "Lavrov speaks of the 1956 declaration."), ("2004-11-21", "Putin and Koizumi meet in Santiago.") },
            document.Mentions.Where(m => m.Kind == MentionKind.ChronologyEntry).Select(m => (m.Date, document.TextOf(m))));
        Assert.Contains("Not much happened this quarter. Nov. 21, 2004 was a Sunday.", ParagraphTexts(document));
    }

    [Fact]
    public void A_day_a_line_break_puts_after_its_month_is_no_numbered_item()
    {
        var document = Parse("""
            Japan-Russia Relations: Pipelines

            by Ann Author

            Russia and Japan held talks on the Angarsk pipeline in Tokyo on Aug.
            28. The Russian side promised a feasibility study by the end of the year.

            Two things remain:
            1. the route;
            2. the money.
            """, Entry("Japan-Russia Relations: Pipelines"));

        Assert.Equal(new[] { SpanKind.Paragraph, SpanKind.Paragraph, SpanKind.ListItem, SpanKind.ListItem }, document.Paragraphs.Select(p => p.Kind));
        Assert.Equal(
            "Russia and Japan held talks on the Angarsk pipeline in Tokyo on Aug. 28. The Russian side promised a feasibility study by the end of the year.",
            document.Text.Substring(document.Paragraphs[0].TextStart, document.Paragraphs[0].TextLength));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\t")]
    public void A_days_date_alone_on_its_line_heads_the_entry_under_it_and_months_alone_head_none(string leftAtLineEnds)
    {
        var document = Parse(
            """
            Japan-Russia Relations: A Quiet Quarter

            by Ann Author

            Little moved this quarter.

            Chronology of Japan-Russia Relations January-March 2004

            January 2004

            Jan. 12, 2004
            Kawaguchi meets Ambassador Losyukov in Tokyo.

            February-March 2004

            Feb. 3, 2004

            The Kremlin says the President's visit to Japan will be postponed.

            **March 18-19, 2004**
            Coast guards of the two countries hold talks in Vladivostok.
            """.Replace("\n", leftAtLineEnds + "\n"),
            Entry("Japan-Russia Relations: A Quiet Quarter"));

        Assert.Equal(
            new[]
            {
                ("2004-01-12", "Kawaguchi meets Ambassador Losyukov in Tokyo."),
                ("2004-02-03", "The Kremlin says the President's visit to Japan will be postponed."),
                ("2004-03-18/2004-03-19", "Coast guards of the two countries hold talks in Vladivostok."),
            },
            document.Mentions.Where(m => m.Kind == MentionKind.ChronologyEntry).Select(m => (m.Date, document.TextOf(m))));
        Assert.Equal(3, document.Paragraphs.Count(p => p.Kind == SpanKind.ChronologyEntry));
        Assert.DoesNotContain(document.Sections, s => s.Title.StartsWith("Jan.", System.StringComparison.Ordinal));
    }

    [Fact]
    public void An_entry_cut_by_a_page_break_goes_on_and_its_event_takes_in_the_rest()
    {
        var document = Parse("""
            Japan-Russia Relations: Page Breaks

            by Ann Author

            Not much happened this quarter.

            Chronology of Japan-Russia Relations January-March 2003

            Jan. 10, 2003: Koizumi and Putin sign an action plan, which covers six areas of

            cooperation from political dialogue to energy.

            Jan. 12, 2003: Koizumi visits Khabarovsk.
            """, Entry("Japan-Russia Relations: Page Breaks"));

        var entries = document.Mentions.Where(m => m.Kind == MentionKind.ChronologyEntry).ToList();
        Assert.Equal(
            new[] { ("2003-01-10", "Koizumi and Putin sign an action plan, which covers six areas of cooperation from political dialogue to energy."), ("2003-01-12", "Koizumi visits Khabarovsk.") },
            entries.Select(m => (m.Date, document.TextOf(m))));
        Assert.EndsWith("to energy.", document.RawText.Substring(entries[0].RawStart, entries[0].RawLength).TrimEnd());
        Assert.Equal(2, document.Paragraphs.Count(p => p.Kind == SpanKind.ChronologyEntry));
    }

    [Fact]
    public void A_subheading_set_in_bold_or_marked_as_markdown_is_a_heading_with_its_marks_left_out_of_its_title()
    {
        var document = Parse("""
            Japan-Russia Relations: Bold Moves

            by Ann Author

            The quarter brought a summit and a quarrel.

            **A Summit in Moscow**

            Koizumi went to Moscow and signed an action plan with Putin.

            ## The Fisheries Quarrel ##

            Russian patrol boats seized three Japanese trawlers.
            """, Entry("Japan-Russia Relations: Bold Moves"));

        Assert.Equal(new[] { "A Summit in Moscow", "The Fisheries Quarrel" }, Titles(document));
        Assert.Equal("## The Fisheries Quarrel ##", document.Sections[1].RawTitle);
    }

    [Fact]
    public void A_journals_issue_line_above_the_title_is_top_matter_and_the_title_and_byline_under_it_are_still_read()
    {
        var document = Parse("""
            Comparative Connections, Vol. 6, No. 4

            Japan-Russia Relations: Waiting for a Visit

            by Ann Author
            Pacific Forum CSIS
            ann.author@example.org

            The last quarter of 2004 was taken up with preparations for a visit that kept slipping.

            Preparing the Ground

            The foreign minister visited Moscow on Dec. 13.
            """, Entry("Japan-Russia Relations: Waiting for a Visit"));

        Assert.Equal(new[] { "Preparing the Ground" }, Titles(document));
        Assert.Equal(new[] { "The last quarter of 2004 was taken up with preparations for a visit that kept slipping.", "The foreign minister visited Moscow on Dec. 13." }, ParagraphTexts(document));
        Assert.Equal(new[] { SpanKind.Metadata, SpanKind.Title, SpanKind.Metadata }, document.Spans.Where(s => s.Kind != SpanKind.Blank).Take(3).Select(s => s.Kind));
    }

    [Fact]
    public void A_journals_name_over_its_description_is_top_matter_and_a_heading_right_under_the_byline_is_a_heading()
    {
        var document = Parse("""
            Comparative Connections
            A Quarterly E-Journal on East Asian Bilateral Relations

            Japan-Russia Relations:
            Waiting for a Visit

            by Ann Author
            Northwestern University

            Overview

            The quarter began with hopes for a treaty.

            Preparing the Ground

            The foreign minister visited Moscow on Dec. 13.
            """, Entry("Japan-Russia Relations: Waiting for a Visit"));

        Assert.Equal(new[] { "Overview", "Preparing the Ground" }, Titles(document));
        Assert.Equal(new[] { "The quarter began with hopes for a treaty.", "The foreign minister visited Moscow on Dec. 13." }, ParagraphTexts(document));
        Assert.Equal(new[] { SpanKind.Metadata, SpanKind.Title, SpanKind.Metadata }, document.Spans.Where(s => s.Kind != SpanKind.Blank).Take(3).Select(s => s.Kind));
    }
}

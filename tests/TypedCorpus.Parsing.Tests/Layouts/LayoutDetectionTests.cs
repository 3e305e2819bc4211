using System.Linq;
using static TypedCorpus.Parsing.Tests.ParseHelper;

namespace TypedCorpus.Parsing.Tests.Layouts;

/// <summary>Which layout a seed is read in: its content first, then the catalog's word for its kind.</summary>
public class LayoutDetectionTests
{
    // A short page whose content says little: a byline (as reviews have), a title printed twice and a date line (as
    // web pages have), and notes under a heading.
    private const string ShortArticle = """
        Russia's Pacific Pivot and Japan

        By Dmitri Trenin

        Published: March 3, 2004 | Topic: Security

        Russia's Pacific Pivot and Japan

        Moscow wants Japanese money for Siberia; Tokyo wants the islands. When Prime Minister Koizumi visited Moscow in January 2003, he signed an action plan that put energy first.1 The plan did not survive

        the pipeline decision of 2004.2

        Notes

        1. Japan-Russia Action Plan, January 10, 2003.
        2. Kommersant, December 31, 2004.
        """;

    [Theory]
    [InlineData("magazine article (web)", "web-article")]
    [InlineData("journal article (quarterly review)", "quarterly-review")]
    public void Where_the_content_leaves_layouts_close_the_catalogs_kind_chooses(string kind, string layout)
    {
        var result = CorpusParser.Parse("test.txt", ShortArticle, Entry("Russia's Pacific Pivot and Japan", new[] { "Dmitri Trenin" }, kind: kind));

        Assert.Equal(layout, result.Document!.Layout);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "TC0007");
    }

    [Fact]
    public void A_catalogs_kind_does_not_outweigh_content_a_layout_is_sure_of()
    {
        var review = """
            Japan-Russia Relations: A Quarter of Talks

            by Ann Author, Pacific Forum CSIS

            Talks went on.

            Chronology of Japan-Russia Relations January-March 2001

            Jan. 5, 2001: Talks open in Moscow.

            Feb. 1, 2001: Talks go on in Tokyo.

            Mar. 25, 2001: The leaders meet in Irkutsk.
            """;

        Assert.Equal("quarterly-review", Parse(review, Entry("Japan-Russia Relations: A Quarter of Talks", kind: "magazine article (web)")).Layout);
    }

    [Fact]
    public void Chronology_entries_that_leave_out_the_year_its_heading_names_make_a_review()
    {
        var review = """
            Japan-Russia Relations: Business as Usual

            Joseph Ferguson

            Summits came and went in the third quarter of 2001 without changing much.

            Chronology of Japan-Russia Relations
            July-September 2001

            Jul. 2: Foreign Minister Makiko Tanaka meets Igor Ivanov in Hanoi.

            Jul. 21-22: Koizumi and Putin meet at the Genoa G-8 summit.

            Aug. 15: A Russian patrol boat fires on a Japanese fishing vessel.
            """;

        var result = CorpusParser.Parse("test.txt", review, Entry("Japan-Russia Relations: Business as Usual", new[] { "Joseph Ferguson" }));

        Assert.Equal("quarterly-review", result.Document!.Layout);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "TC0007");
        Assert.Equal(new[] { "2001-07-02", "2001-07-21/2001-07-22", "2001-08-15" }, result.Document.Mentions.Where(m => m.Kind == TypedCorpus.Parsing.Model.MentionKind.ChronologyEntry).Select(m => m.Date));
    }

    [Fact]
    public void A_web_pages_numbers_left_on_the_stops_mark_its_numbered_notes()
    {
        var document = Parse(ShortArticle, Entry("Russia's Pacific Pivot and Japan", new[] { "Dmitri Trenin" }, kind: "magazine article (web)"));

        Assert.Equal(new[] { 1, 2 }, document.Footnotes.Select(n => n.Markers.Count == 1 ? n.Number : -1));
        Assert.Contains("Moscow wants Japanese money for Siberia; Tokyo wants the islands. When Prime Minister Koizumi visited Moscow in January 2003, he signed an action plan that put energy first. The plan did not survive the pipeline decision of 2004.", ParagraphTexts(document));
    }
}

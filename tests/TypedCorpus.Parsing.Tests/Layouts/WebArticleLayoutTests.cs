using System.Linq;
using TypedCorpus.Parsing.Model;
using static TypedCorpus.Parsing.Tests.ParseHelper;

namespace TypedCorpus.Parsing.Tests.Layouts;

public class WebArticleLayoutTests
{
    private const string Article = """
        Things and More: Turning Challenges into Opportunities

        November 20, 2002 Topic: HistorySociety

        Things and More: Turning Challenges into Opportunities

        Recent events show how things lack order.

        Recent events show how things lack order.  Everyone agrees on that much, and more.

        In a recent interview, the minister complained about exports.(1) Nothing changed (December 1, 1998) after that.

        The choice is either to wait or to act.  (2)

        Ann Author is Associate Professor at the Center for Things. The views are hers.

        (1) Gazeta, August 6, 2002.

        (2) Smith, "Things", in Jones, eds., Things (Praeger, 1999), p. 127.
        """;

    private static ParsedDocument ParseArticle() =>
        Parse(Article, Entry("Things and More: Turning Challenges into Opportunities"));

    [Fact]
    public void Repeated_title_and_standfirst_are_kept_once_and_date_and_bio_are_metadata()
    {
        var document = ParseArticle();

        Assert.Equal("web-article", document.Layout);
        Assert.Empty(document.Sections);
        var kinds = document.Spans.Where(s => s.Kind != SpanKind.Blank).Select(s => s.Kind).ToArray();
        Assert.Equal(
            new[] { SpanKind.Title, SpanKind.Metadata, SpanKind.Duplicate, SpanKind.Duplicate, SpanKind.Paragraph, SpanKind.Paragraph, SpanKind.Paragraph, SpanKind.Metadata, SpanKind.Footnote, SpanKind.Footnote },
            kinds);
        Assert.Equal(1, ParagraphTexts(document).Count(p => p.StartsWith("Recent events")));
    }

    [Theory]
    [InlineData("November 20, 2002 Topic: HistorySociety")]
    [InlineData("By Ann Author | November 20, 2002 | Topic: HistorySociety")]
    public void Without_a_date_in_the_catalog_the_articles_date_line_dates_the_months_its_text_names_alone(string dateLine)
    {
        var article = Article.Replace("November 20, 2002 Topic: HistorySociety", dateLine)
            .Replace("Everyone agrees on that much, and more.", "The ministers met in Tokyo on March 25. In December they will meet again.");

        var document = Parse(article, Entry("Things and More: Turning Challenges into Opportunities"));

        Assert.Equal(new[] { "2002-03-25" }, document.Mentions.Where(m => m.Kind == MentionKind.Sentence).Select(m => m.Date));
    }

    [Fact]
    public void A_standfirst_printed_again_alone_is_kept_once_and_a_bio_may_give_a_title_and_an_apposition()
    {
        var document = Parse("""
            Things Deal

            March 2, 2005 Topic: Security

            Things Deal

            One side offered two. The other wanted four.

            One side offered two.  The other wanted four.

            In November 2004 the minister spoke.

            Dr. Ann Author, a senior fellow at the Center for Things, writes on policy.

            Ann Author, The Book of Things (Praeger, 1999), is cited here as the author's own work.
            """, Entry("Things Deal"));

        Assert.Equal(1, ParagraphTexts(document).Count(p => p.StartsWith("One side offered two.")));
        Assert.DoesNotContain(ParagraphTexts(document), p => p.Contains("senior fellow"));
        Assert.Contains(ParagraphTexts(document), p => p.StartsWith("Ann Author, The Book of Things"));
    }

    [Theory]
    [InlineData("by Ann Author")]
    [InlineData("By Ann Author\nSenior Fellow, Center for Things")]
    public void A_byline_under_the_standfirst_is_metadata_and_the_standfirst_printed_again_is_kept_once(string byline)
    {
        var document = Parse($$"""
            Things Deal

            March 2, 2005 Topic: Security

            Things Deal

            One side offered two. The other wanted four.

            {{byline}}

            One side offered two.  The other wanted four. In November 2004 the minister spoke.

            Nothing has changed since.
            """, Entry("Things Deal"));

        Assert.Equal(
            new[] { "One side offered two. The other wanted four. In November 2004 the minister spoke.", "Nothing has changed since." },
            ParagraphTexts(document));
        Assert.Equal(SpanKind.Metadata, document.Spans.Single(s => s.Line == 9).Kind);
    }

    [Theory]
    [InlineData("Ann Author and Bob Writer are fellows at the Center for Things.", false)]
    [InlineData("Dr. Bob Writer, Ann Author and Dr. Cy Scribe were fellows at the Center.", false)]
    [InlineData("Ann Author and Bob Writer, The Book of Things (Praeger, 1999), is cited here.", true)]
    [InlineData("Ann Author and the minister met in Tokyo.", true)]
    public void A_note_about_several_authors_is_metadata_and_their_names_alone_are_not(string paragraph, bool kept)
    {
        var document = Parse($"Things Deal\n\nMarch 2, 2005 Topic: Security\n\nThings Deal\n\nIn November 2004 the minister spoke.\n\n{paragraph}\n", Entry("Things Deal", authors: new[] { "Ann Author", "Bob Writer", "Cy Scribe" }));

        Assert.Equal(kept, ParagraphTexts(document).Contains(paragraph));
    }

    [Fact]
    public void Parenthesized_endnotes_link_to_markers_after_sentences_only()
    {
        var document = ParseArticle();

        Assert.Equal(new[] { 1, 2 }, document.Footnotes.Select(n => n.Number));
        Assert.All(document.Footnotes, n => Assert.Single(n.Markers));
        Assert.Contains("Nothing changed (December 1, 1998) after that.", document.Text);
        Assert.DoesNotContain("(1)", document.Text);
    }

    [Theory]
    [InlineData("(1)", "(2)")]
    [InlineData("[1]", "[2]")]
    public void A_marker_that_hard_wrapping_put_at_the_start_of_the_next_line_still_marks_its_sentence(string first, string second)
    {
        var expected = ParseArticle();
        var wrapped = Article
            .Replace("exports.(1) Nothing", "exports.\n" + first + " Nothing")
            .Replace("or to act.  (2)", "or to act.\n" + second)
            .Replace("(1) Gazeta", first + " Gazeta").Replace("(2) Smith", second + " Smith");

        var document = Parse(wrapped, Entry("Things and More: Turning Challenges into Opportunities"));

        Assert.Equal(expected.Text, document.Text);
        Assert.Equal(expected.Footnotes.Select(n => (n.Number, n.Text)), document.Footnotes.Select(n => (n.Number, n.Text)));
        Assert.All(document.Footnotes, n => Assert.Single(n.Markers));
        Assert.Empty(document.Diagnostics);
    }

    [Fact]
    public void A_wrapped_enumeration_in_brackets_after_a_colon_is_no_marker()
    {
        var document = Parse(
            "Things Deal\n\nMarch 2, 2005 Topic: Security\n\nThe plan was approved in April 2005.(1) It failed for two reasons:\n(1) the money and\n(2) the islands. It was dropped.\n(2)\n\n(1) Decree, April 26, 2005.\n\n(2) Speech, May 2005.\n",
            Entry("Things Deal"));

        Assert.All(document.Footnotes, n => Assert.Single(n.Markers));
        Assert.Contains("approved in April 2005. It failed for two reasons: (1) the money and (2) the islands. It was dropped.", document.Text);
    }

    [Fact]
    public void Endnotes_in_square_brackets_read_as_parenthesized_ones()
    {
        var expected = ParseArticle();

        var document = Parse(Article.Replace("(1)", "[1]").Replace("(2)", "[2]"), Entry("Things and More: Turning Challenges into Opportunities"));

        Assert.Equal(expected.Text, document.Text);
        Assert.Equal(new[] { "[1]", "[2]" }, document.Footnotes.Select(n => n.Label));
        Assert.Equal(expected.Footnotes.Select(n => (n.Number, n.Text)), document.Footnotes.Select(n => (n.Number, n.Text)));
        Assert.Equal(expected.Footnotes.Select(n => n.Markers.Single().TextOffset), document.Footnotes.Select(n => n.Markers.Single().TextOffset));
    }

    [Fact]
    public void A_bracketed_marker_is_glued_to_a_word_or_ends_a_sentence_and_a_list_number_in_brackets_is_none()
    {
        var document = Parse(
            "Things Deal\n\nMarch 2, 2005 Topic: Security\n\nThe plan was approved in Tokyo[1] in April 2005. Its aims were two: [1] money and [2] the islands. "
            + "It failed. [2]\n\n[1] Decree, April 26, 2005.\n\n[2] Speech, May 2005.\n",
            Entry("Things Deal"));

        Assert.Equal(new[] { 1, 2 }, document.Footnotes.Select(n => n.Number));
        Assert.All(document.Footnotes, n => Assert.Single(n.Markers));
        Assert.Contains("approved in Tokyo in April 2005. Its aims were two: [1] money and [2] the islands. It failed.", document.Text);
    }

    [Fact]
    public void A_parenthesized_marker_may_stand_before_the_stop_but_an_enumeration_in_a_sentence_is_no_marker()
    {
        var document = Parse(
            "Things Deal\n\nMarch 2, 2005 Topic: Security\n\nThe plan was approved in April 2005 (1). He called it \"a symbol\"(2), yet it failed "
            + "for two reasons: (1) the money and (2) the islands.\n\n(1) Decree, April 26, 2005.\n\n(2) Speech, May 2005.\n",
            Entry("Things Deal"));

        Assert.All(document.Footnotes, n => Assert.Single(n.Markers));
        Assert.Contains("approved in April 2005. He called it \"a symbol\", yet it failed for two reasons: (1) the money and (2) the islands.", document.Text);
    }

    [Fact]
    public void A_date_line_and_a_topic_line_of_their_own_are_metadata()
    {
        var document = Parse("Things Deal\n\nThings Deal\n\nApril 2, 2001\n\nTopic: Diplomacy\n\nThe summit settled nothing.\n\nTwo Tracks\n\nTalks go on.\n", Entry("Things Deal"));

        Assert.Equal(new[] { "1||Two Tracks" }, Outline(document));
        Assert.DoesNotContain("Topic", document.Text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_sites_link_to_another_page_and_a_bios_second_paragraph_are_no_text_of_the_article()
    {
        var document = Parse("""
            Things and More

            Things and More

            June 12, 2003 Topic: Security

            Still, there are reasons to keep talking.(1)

            Related: Other Things in Asia

            Ann Author is director of the Center for Things.

            She was a visiting fellow at the Institute of Stuff in 2002.

            (1) Gazeta, August 6, 2002.
            """, Entry("Things and More"));

        Assert.Equal(new[] { "Still, there are reasons to keep talking." }, ParagraphTexts(document));
        Assert.Empty(document.Sections);
        Assert.Contains(document.Spans, s => s.Kind == SpanKind.Furniture && s.Line == 9);
        Assert.Equal(2, document.Spans.Count(s => s.Kind == SpanKind.Metadata && s.Line >= 11));
    }

    [Theory]
    [InlineData("*Ann Author is director of the Center for Things.*")]
    [InlineData("_Ann Author is director of the Center for Things._")]
    [InlineData("**About the author:** Ann Author is director of the Center for Things.")]
    [InlineData("**Ann Author** is director of the Center for Things.")]
    public void A_bio_set_in_emphasis_is_metadata_as_a_plain_one_is(string bio)
    {
        var document = Parse($"""
            Things and More

            June 12, 2003 Topic: Security

            Still, there are reasons to keep talking.(1)

            {bio}

            (1) Gazeta, August 6, 2002.
            """, Entry("Things and More"));

        Assert.Equal(new[] { "Still, there are reasons to keep talking." }, ParagraphTexts(document));
        Assert.Contains(document.Spans, s => s.Kind == SpanKind.Metadata && s.Line == 7);
    }

    [Theory]
    [InlineData("Share this article:")]
    [InlineData("Share on Facebook")]
    [InlineData("Print this page")]
    [InlineData("Advertisement")]
    [InlineData("Comments (4)")]
    public void A_control_of_the_page_alone_on_its_line_is_no_text_of_the_article(string control)
    {
        var document = Parse($"""
            Things and More

            Things and More

            June 12, 2003 Topic: Security

            Talks began in August 2003.

            {control}

            Share prices fell after the talks.

            Still, there are reasons to keep talking.(1)

            (1) Gazeta, August 6, 2002.
            """, Entry("Things and More"));

        Assert.Equal(new[] { "Talks began in August 2003.", "Share prices fell after the talks.", "Still, there are reasons to keep talking." }, ParagraphTexts(document));
        Assert.Contains(document.Spans, s => s.Kind == SpanKind.Furniture && s.Line == 9);
    }

    [Theory]
    [InlineData("Notes")]
    [InlineData("Notes:")]
    [InlineData("Footnotes")]
    public void A_notes_heading_over_the_notes_after_the_bio_is_a_heading_and_no_paragraph(string notesTitle)
    {
        var document = Parse($"""
            Things and More

            By Ann Author | 3 March 2004

            Things and More

            Still, there are reasons to keep talking.[1] Talks resumed in 2003.[2]

            Ann Author is director of the Center for Things.

            {notesTitle}

            [1] Gazeta, August 6, 2002.

            [2] Kommersant, 11 January 2003.
            """, Entry("Things and More"));

        Assert.Equal(new[] { "Still, there are reasons to keep talking. Talks resumed in 2003." }, ParagraphTexts(document));
        Assert.Equal(new[] { notesTitle.TrimEnd(':') }, document.Sections.Select(s => s.Title));
        Assert.Equal(new[] { 1, 2 }, document.Footnotes.Select(n => n.Number));
        Assert.All(document.Footnotes, n => Assert.Single(n.Markers));
    }

    [Theory]
    [InlineData("Image: The two leaders in Moscow. Reuters", "This article appeared in the Spring 2003 issue of The National Interest.")]
    [InlineData("Photo credit: AP", "*A version of this article was published in Kommersant on March 3, 2003.*")]
    public void A_pictures_caption_is_no_text_and_does_not_hide_the_standfirst_and_a_note_of_where_it_appeared_is_metadata(string caption, string publicationNote)
    {
        var document = Parse($"""
            Things and More

            March 5, 2003 Topic: Security

            Things and More

            Russia's turn to Asia depends on Japanese money.

            {caption}

            Russia's turn to Asia depends on Japanese money. Koizumi visited Moscow on January 9, 2003.

            Image-conscious leaders like summits.

            Ann Author is director of the Center for Things.

            {publicationNote}
            """, Entry("Things and More", kind: "magazine article (web)"));

        Assert.Equal(
            new[] { "Russia's turn to Asia depends on Japanese money. Koizumi visited Moscow on January 9, 2003.", "Image-conscious leaders like summits." },
            ParagraphTexts(document).Where((_, i) => document.Paragraphs[i].Kind == SpanKind.Paragraph));
        Assert.Contains(document.Paragraphs, p => p.Kind == SpanKind.Caption && p.Line == 9);
        Assert.Contains(document.Spans, s => s.Kind == SpanKind.Duplicate && s.Line == 7);
        Assert.Contains(document.Spans, s => s.Kind == SpanKind.Metadata && s.Line == 17);
        Assert.Equal(new[] { "2003-01-09" }, document.Mentions.Select(m => m.Date));
    }

    [Theory]
    [InlineData("Share this article: Facebook Twitter Email", "© 2006 Things Review. All rights reserved.")]
    [InlineData("Share: Facebook | X | LinkedIn", "Copyright 2006 Things Review")]
    public void A_byline_with_its_date_a_share_line_under_it_and_notes_before_the_bio_and_copyright_read_as_a_web_page(string shareLine, string copyright)
    {
        // A byline opens both a review and a page; here the date in its fields, and the notes that close the article
        // with only the bio and the site's notice under them, tell the page.
        var document = Parse($"""
            Home | Analysis | Asia

            Things and More

            By Ann Author | 14 March 2006 | 6 min read

            {shareLine}

            Things and More

            Koizumi visited Moscow in January 2003.[1] The plan listed six areas.

            The pipeline question

            In December 2004 the government chose a route.[2]

            Tags: Japan, Russia, energy

            Notes

            [1] Action Plan, Moscow, 10 January 2003.

            [2] Decree of 31 December 2004.

            Ann Author is a research fellow at the Institute of Things.

            {copyright}
            """, Entry("Things and More"));

        Assert.Equal("web-article", document.Layout);
        Assert.Equal(new[] { "Koizumi visited Moscow in January 2003. The plan listed six areas.", "In December 2004 the government chose a route." }, ParagraphTexts(document));
        Assert.Equal(new[] { "The pipeline question", "Notes" }, document.Sections.Select(s => s.Title));
        Assert.Contains(document.Spans, s => s.Kind == SpanKind.Furniture && s.Line == 7);
        Assert.Contains(document.Spans, s => s.Kind == SpanKind.Duplicate && s.Line == 9);
        Assert.Contains(document.Spans, s => s.Kind == SpanKind.Furniture && s.Line == 17);
        Assert.Contains(document.Spans, s => s.Kind == SpanKind.Furniture && s.Line == 27);
        Assert.Equal(new[] { 1, 2 }, document.Footnotes.Select(n => n.Number));
        Assert.All(document.Footnotes, n => Assert.Single(n.Markers));
    }
}

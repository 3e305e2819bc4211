using System.Linq;
using System.Text;
using TypedCorpus.Parsing.Text;

namespace TypedCorpus.Parsing.Tests.Text;

public class ParagraphTextTests
{
    [Theory]
    [InlineData("the bi-", "lateral talks", "the bilateral talks")]
    [InlineData("the Japan-", "Russia talks", "the Japan-Russia talks")]
    [InlineData("in mid-", "1998 it", "in mid-1998 it")]
    [InlineData("trust\u2014", "mutual interest", "trust\u2014mutual interest")]
    [InlineData("from 1997\u2013", "98 on", "from 1997\u201398 on")]
    [InlineData("Russia \u2013", "Japan relations", "Russia \u2013 Japan relations")]
    [InlineData("trust \u2014", "and interest", "trust \u2014 and interest")]
    [InlineData("a  spaced", "line   here", "a spaced line here")]
    public void Lines_join_into_one_with_hyphenation_undone(string first, string second, string joined)
    {
        var builder = new StringBuilder();
        ParagraphText.Append(builder, 0, first);
        ParagraphText.Append(builder, 0, second);

        Assert.Equal(joined, builder.ToString());
    }

    [Theory]
    [InlineData("a long-", "term loan", "a long-term loan")]
    [InlineData("a Long-", "term loan", "a Long-term loan")]
    [InlineData("the bi-", "lateral talks", "the bilateral talks")]
    public void A_compound_the_document_writes_with_a_hyphen_keeps_it_at_a_line_break(string first, string second, string joined)
    {
        var compounds = new System.Collections.Generic.HashSet<string> { "long-term" };
        var builder = new StringBuilder();
        ParagraphText.Append(builder, 0, first, compounds);
        ParagraphText.Append(builder, 0, second, compounds);

        Assert.Equal(joined, builder.ToString());
    }

    [Theory]
    [InlineData("It ended.", true)]
    [InlineData("He said \u2018no.\u2019", true)]
    [InlineData("as follows:", true)]
    [InlineData("(Sakwa 2002: 349)", true)]
    [InlineData("the rouble,", false)]
    [InlineData("remain important for", false)]
    [InlineData("HEADING", false)]
    public void A_paragraph_ends_a_sentence_only_with_a_stop(string text, bool ends)
    {
        Assert.Equal(ends, ParagraphText.EndsSentence(text));
    }

    [Theory]
    [InlineData("its cooperation with the U.S.", true)]
    [InlineData("the former U.S.S.R.", true)]
    [InlineData("treaties, pacts, etc.", true)]
    [InlineData("(see Dr.", true)]
    [InlineData("its cooperation with the US.", false)]
    [InlineData("it was signed.", false)]
    [InlineData("", false)]
    public void An_abbreviations_stop_is_told_from_a_sentences(string text, bool abbreviation)
    {
        Assert.Equal(abbreviation, ParagraphText.EndsWithAbbreviation(text));
    }

    [Fact]
    public void Markup_and_markers_are_removed_and_markers_remembered()
    {
        var line = CleanLine.From("the **19<sup>th</sup>** *Gazeta* cost \\$5.<sup>3</sup> See [site](http://x.org).", 100, MarkerStyles.SupTag, markup: true);

        Assert.Equal("the 19th Gazeta cost $5. See site.", line.Text);
        var marker = Assert.Single(line.Markers);
        Assert.Equal(3, marker.Marker.Number);
        Assert.Equal("the 19th Gazeta cost $5.".Length, marker.CleanOffset);
    }

    [Fact]
    public void A_marker_set_off_by_a_space_leaves_the_stop_after_it_against_the_word()
    {
        var line = CleanLine.From("since the 1970s <sup>1</sup>. Trade grew <sup>2</sup> and grew", 0, MarkerStyles.SupTag, markup: true);

        Assert.Equal("since the 1970s. Trade grew and grew", line.Text);
        Assert.Equal(new[] { "since the 1970s".Length, "since the 1970s. Trade grew".Length }, line.Markers.Select(m => m.CleanOffset));
    }

    [Theory]
    [InlineData("the summit.<sup>2</sup>Although it failed", MarkerStyles.SupTag, "the summit. Although it failed")]
    [InlineData("as to Taiwan and Korea.'Although the", MarkerStyles.OcrApostrophe, "as to Taiwan and Korea. Although the")]
    [InlineData("as to Taiwan and Korea.\u2019Although the", MarkerStyles.OcrApostrophe, "as to Taiwan and Korea. Although the")]
    [InlineData("the summit.\u00B2 Although it failed", MarkerStyles.Superscript, "the summit. Although it failed")]
    public void A_word_right_after_a_marker_is_a_word_of_its_own(string raw, MarkerStyles styles, string text)
    {
        var line = CleanLine.From(raw, 0, styles, markup: styles == MarkerStyles.SupTag);

        Assert.Equal(text, line.Text);
        Assert.Equal(text.IndexOf('.') + 1, Assert.Single(line.Markers).CleanOffset);
    }

    [Fact]
    public void A_markers_offset_follows_the_runs_of_spaces_its_paragraph_makes_one()
    {
        // A web article sets two spaces after its sentences; the paragraph keeps one.
        var line = CleanLine.From("Tokyo waited.  Moscow did not.  (1)", 0, MarkerStyles.Parenthesized, markup: false);
        var paragraph = new StringBuilder();
        var at = ParagraphText.Append(paragraph, 0, line.Text);

        Assert.Equal("Tokyo waited. Moscow did not.", paragraph.ToString());
        Assert.Equal(paragraph.Length, at + ParagraphText.CollapsedOffset(line.Text, Assert.Single(line.Markers).CleanOffset));
        Assert.Equal(3, ParagraphText.CollapsedOffset("a   b", 5));
    }

    [Theory]
    [InlineData("1992\t1 077\t1 780", "1992\t1 077\t1 780")]
    [InlineData("1992      1 077      1 780", "1992\t1 077\t1 780")]
    [InlineData("Preface \t i-ii", "Preface\ti-ii")]
    [InlineData("Chapter 1: Introduction", "Chapter 1: Introduction")]
    public void A_table_row_keeps_its_cells_apart_with_one_tab_and_the_spaces_inside_a_cell(string cleaned, string row)
    {
        Assert.Equal(row, ParagraphText.Row(cleaned));
    }

    [Fact]
    public void A_markers_offset_in_a_table_row_follows_the_runs_of_blanks_the_row_makes_one_tab()
    {
        var line = CleanLine.From("Exports\t\t176.3\u00B9\t99.4", 0, MarkerStyles.Superscript, markup: false, keepTabs: true);
        var row = ParagraphText.Row(line.Text);

        Assert.Equal("Exports\t176.3\t99.4", row);
        Assert.Equal("Exports\t176.3".Length, ParagraphText.CollapsedOffset(line.Text, Assert.Single(line.Markers).CleanOffset));
    }

    [Fact]
    public void A_layout_without_markup_keeps_backslashes_and_asterisks_as_they_are()
    {
        // On a scanned page they are strokes OCR read: "\\oulcl" is "would", and no escape.
        var line = CleanLine.From("prevail \\\\oulcl a*r.\tin I.'OR\\\\,\\RD", 0, MarkerStyles.None, markup: false);

        Assert.Equal("prevail \\\\oulcl a*r. in I.'OR\\\\,\\RD", line.Text);
    }

    [Fact]
    public void A_superscript_inside_a_word_is_not_a_marker()
    {
        Assert.Empty(FootnoteMarkers.Find("Russia\u00B9s close ties", MarkerStyles.Superscript));
        Assert.Equal(12, Assert.Single(FootnoteMarkers.Find("policy.\u00B9\u00B2 This", MarkerStyles.Superscript)).Number);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_superscript_one_inside_a_word_is_the_apostrophe_it_was_before_its_encoding_went_wrong(bool markup)
    {
        var line = CleanLine.From("while Russia\u00B9s ties, as policy.\u00B9 Japan\u00B9", 0, MarkerStyles.Superscript, markup);

        Assert.Equal("while Russia's ties, as policy. Japan", line.Text);
        Assert.Equal(2, line.Markers.Count);
    }

    [Theory]
    [InlineData("opened in Geneva in December 1997.z Moscow protested.", 1)]
    [InlineData("In 2000 Putin visited Pyongyang.3", 1)]
    [InlineData("the talks.12 The next", 1)]
    [InlineData("growth of 2.5 percent", 0)]
    [InlineData("see p.3 for the table", 0)]
    [InlineData("attitutles touarcl l{ussr.r", 0)]
    [InlineData("a license fee.r The agreement", 1)]
    [InlineData("ir.r clire conclitjons", 0)]
    [InlineData("have not changed since r998.3", 1)]
    public void Ocr_reads_a_superscript_as_a_digit_set_on_a_sentences_stop(string line, int markers)
    {
        Assert.Equal(markers, FootnoteMarkers.Find(line, MarkerStyles.OcrDigit).Count);
    }

    [Theory]
    [InlineData("put energy first.1 The plan", 1)]
    [InlineData("defence chief to Moscow?3", 1)]
    [InlineData("would it act alone?4 Tokyo", 1)]
    [InlineData("a victory at last!2", 1)]
    [InlineData("a 'constructive partnership'.19 In Beijing", 1)]
    [InlineData("called it a \u201Cstrategic partnership.\u201D4", 1)]
    [InlineData("the 'Big Three'. 2 of them", 0)]
    [InlineData("an Asian version of NATO.31 The growing", 1)]
    [InlineData("among many suppliers,1 and the Russian Far East", 1)]
    [InlineData("the \u2018Hashimoto\u2013Yeltsin Plan\u20191 of 1997", 1)]
    [InlineData("announced at Krasnoyarsk (1997)3 has not arrived", 1)]
    [InlineData("pages 12,13 and 14", 0)]
    [InlineData("the 1,2 and 3 options", 0)]
    [InlineData("the pipeline decision of 2004.2", 1)]
    [InlineData("growth of 2.5 percent", 0)]
    [InlineData("see p.3 for the table", 0)]
    [InlineData("a license fee.r The agreement", 0)]
    [InlineData("opened in Geneva in December 1997.z Moscow protested.", 0)]
    public void A_page_that_lost_its_superscripts_leaves_plain_numbers_on_the_stops_and_no_letters(string line, int markers)
    {
        Assert.Equal(markers, FootnoteMarkers.Find(line, MarkerStyles.DigitOnStop | MarkerStyles.EndsParagraph).Count);
    }

    [Theory]
    [InlineData("private talks in r999.ro", 10)]
    [InlineData("a new treaty of friendship.rr The old treaty", 11)]
    [InlineData("had lapsed in r996.rz", 12)]
    [InlineData("was signed.1z The talks", 12)]
    [InlineData("in the early r99os.zo Moscow", 20)]
    public void Ocr_reads_a_marker_past_nine_with_its_digits_as_letters(string line, int number) =>
        Assert.Equal(new[] { number }, FootnoteMarkers.Find(line, MarkerStyles.OcrDigit).Select(m => m.Number));

    [Fact]
    public void Ocr_reads_an_r_after_the_last_stop_of_a_paragraph_as_note_1_and_a_z_as_note_2()
    {
        Assert.Empty(FootnoteMarkers.Find("rather than a license fee.r", MarkerStyles.OcrDigit));
        Assert.Equal(new[] { 1 }, FootnoteMarkers.Find("rather than a license fee.r", MarkerStyles.OcrDigit | MarkerStyles.EndsParagraph).Select(m => m.Number));
        Assert.Equal(new[] { 2 }, FootnoteMarkers.Find("landed in Hokkaido ports.z", MarkerStyles.OcrDigit).Select(m => m.Number));
    }

    [Fact]
    public void A_soft_hyphen_is_a_hyphen_at_a_line_end_and_nothing_inside_a_line()
    {
        var paragraph = new StringBuilder();
        foreach (var raw in new[] { "investors com\u00AD", "plained that Mos\u00ADcow was slow \u00AD ", "to act" })
        {
            ParagraphText.Append(paragraph, 0, CleanLine.From(raw, 0, MarkerStyles.None, markup: false).Text);
        }

        Assert.Equal("investors complained that Moscow was slow to act", paragraph.ToString());
    }

    [Theory]
    [InlineData("in October 1993.' The announcement", 1)]
    [InlineData("ended the seizures for a time.'", 1)]
    [InlineData("have virtuall)'", 0)]
    [InlineData("have virtuall)'  ", 0)]
    [InlineData("ended the seizures for a time.'  ", 1)]
    [InlineData("the word 'peace' in it", 0)]
    [InlineData("in October 1993.\u2019 The announcement", 1)]
    [InlineData("ended the seizures for a time.\u2019", 1)]
    [InlineData("have virtuall)\u2019", 0)]
    [InlineData("the word \u2018peace\u2019 in it", 0)]
    public void An_apostrophe_after_a_sentence_is_an_ocr_marker_also_at_the_end_of_a_line(string line, int markers)
    {
        Assert.Equal(markers, FootnoteMarkers.Find(line, MarkerStyles.OcrApostrophe).Count);
    }
}

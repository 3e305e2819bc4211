using TypedCorpus.Parsing.Layouts.Common;

namespace TypedCorpus.Parsing.Tests.Layouts;

public class LineShapesTests
{
    [Theory]
    [InlineData("Il. The Sakhalin projects", 2, "II", "The Sakhalin projects")]
    [InlineData("HI. The islands after 1998", 3, "III", "The islands after 1998")]
    [InlineData("[. ntroduction", 1, "I", "ntroduction")]
    [InlineData("l. Introcluction", 1, "I", "Introcluction")]
    [InlineData("lV. Security dialogue", 4, "IV", "Security dialogue")]
    [InlineData("II.'1'he pipeline question", 2, "II", "'1'he pipeline question")]
    [InlineData("ll.N4oscow, Seorrl ancl Pyonglrtng", 2, "II", "N4oscow, Seorrl ancl Pyonglrtng")]
    public void A_roman_numeral_ocr_read_with_other_strokes_numbers_the_section_that_comes_next(string line, int expected, string number, string title)
    {
        Assert.True(LineShapes.TryOcrRomanHeading(line, expected, out var read, out var readTitle));
        Assert.Equal((number, title), (read, readTitle));
    }

    [Theory]
    [InlineData("7. Energv. islands aucl thc linits of partnership: lzrpan ard Rrrssi:r a[ter Kauana", true)]
    [InlineData("Energy, islands and the limits of partnership: Japan and Russia after Kawana", true)]
    [InlineData("Energy policy of the Soviet Union and the limits of its reach", false)]
    public void A_long_title_is_known_by_its_long_words_which_ocr_leaves_recognisable(string line, bool isTitle)
    {
        const string title = "Energy, islands and the limits of partnership: Japan and Russia after Kawana";
        Assert.Equal(isTitle, LineShapes.TitleSimilarity(line, title) >= TopMatter.TitleMatch);
    }

    [Theory]
    [InlineData("9. Tracle urcl investnr ent between Jrpar ancl Russia", true)]
    [InlineData("7. Russia, Japur arcl the Korean peninsula after the colcl uar", false)]
    [InlineData("Trade policy of the European Union towards China", false)]
    [InlineData("Investment in Siberia between the wars", false)]
    public void A_title_whose_words_ocr_misread_a_letter_or_two_each_is_still_the_title(string line, bool isTitle)
    {
        const string title = "Trade and investment between Japan and Russia";
        Assert.Equal(isTitle, LineShapes.TitleSimilarity(line, title) >= TopMatter.TitleMatch);
    }

    [Theory]
    [InlineData("Il. The Sakhalin projects", 3)]
    [InlineData("1. Introduction", 1)]
    [InlineData("ll the talks went on", 2)]
    public void Strokes_that_do_not_read_as_the_next_sections_numeral_number_nothing(string line, int expected)
    {
        Assert.False(LineShapes.TryOcrRomanHeading(line, expected, out _, out _));
    }

    [Theory]
    [InlineData("z. The pattern of trade", 2, "2", "The pattern of trade")]
    [InlineData("r. Introduction", 1, "1", "Introduction")]
    [InlineData("1z. Conclusions", 12, "12", "Conclusions")]
    public void A_section_number_ocr_read_with_letters_for_digits_numbers_the_section_that_comes_next(string line, int expected, string number, string title)
    {
        Assert.True(LineShapes.TryOcrArabicHeading(line, expected, out var read, out var readTitle));
        Assert.Equal((number, title), (read, readTitle));
    }

    [Theory]
    [InlineData("z. The pattern of trade", 3)]
    [InlineData("a. The pattern of trade", 1)]
    [InlineData("2 The pattern of trade", 2)]
    public void A_number_that_is_not_the_next_sections_numbers_nothing(string line, int expected)
    {
        Assert.False(LineShapes.TryOcrArabicHeading(line, expected, out _, out _));
    }

    [Theory]
    [InlineData("'l'he Kuril islands", "The Kuril islands")]
    [InlineData("'['lre Chinese option", "Tlre Chinese option")]
    [InlineData("'fhe decline", "The decline")]
    [InlineData("\u2019lhe decline", "The decline")]
    [InlineData("'l'", "'l'")]
    [InlineData("'It was', he said", "'It was', he said")]
    [InlineData("The decline", "The decline")]
    public void A_capital_t_ocr_read_as_a_mark_and_a_stroke_is_read_back_at_a_lines_start(string line, string read)
    {
        Assert.Equal(read, LineShapes.WithOcrCapitalT(System.Text.RegularExpressions.Regex.Unescape(line)));
    }

    [Theory]
    [InlineData("Figurc 7.r. The proposed routes of the pipeline", true)]
    [InlineData("'lable 7.1. Russian trade with the two Koreas", true)]
    [InlineData("Tablc 6.1: Japan's trade with Russia", true)]
    [InlineData("Tablc 6.1", false)]
    [InlineData("Figurc 7.1 shows the routes", false)]
    [InlineData("Tablet 7. The device", false)]
    [InlineData("Fignrc 7. Two letters off", false)]
    [InlineData("Figure r. No true digit", false)]
    public void A_caption_label_ocr_misread_by_a_letter_is_still_a_caption(string line, bool isCaption)
    {
        Assert.Equal(isCaption, LineShapes.IsOcrCaption(line));
    }

    [Theory]
    [InlineData("Jan. 1, 2000: Yeltsin names Putin acting President.", "2000-01-01")]
    [InlineData("- **Feb. 1, 2000:** The governor visits Niigata.", "2000-02-01")]
    [InlineData("  *   Feb. 7, 2000: Northern Territories Day.", "2000-02-07")]
    [InlineData("**Mar. 16, 2000:** Obuchi offers to visit.", "2000-03-16")]
    [InlineData("\u2022 Mar. 20-22, 2000 \u2013 Talks on fisheries.", "2000-03-20/2000-03-22")]
    [InlineData("2000-03-26: Putin elected President.\n", "2000-03-26")]
    [InlineData("Mar. 27, 2000 \u2014 Obuchi calls Putin.", "2000-03-27")]
    [InlineData("**Oct. 4, 2004** Machimura meets Lavrov in New York.", "2004-10-04")]
    [InlineData("* **Nov. 14, 2004.** Lavrov speaks of the 1956 declaration.", "2004-11-14")]
    [InlineData("Nov. 14, 2004. Lavrov speaks of the 1956 declaration.", "2004-11-14")]
    [InlineData("Jan.\u00A05,\u00A02001\u00A0\u2013 Talks open in Moscow.", "2001-01-05")]
    public void A_dated_entry_gives_its_date(string line, string iso) => Assert.Equal(iso, LineShapes.DatedEntryDate(line));

    [Theory]
    [InlineData("Nov. 21, 2004 Putin and Koizumi meet in Santiago.", "2004-11-21")]
    [InlineData("Nov. 21 Putin and Koizumi meet in Santiago.", "2004-11-21")]
    public void In_a_chronology_a_date_set_off_by_a_space_alone_starts_an_entry(string line, string iso)
    {
        Assert.Equal(iso, LineShapes.DatedEntryDate(line, 2004, 10, inChronology: true));
        Assert.Null(LineShapes.DatedEntryDate(line, 2004, 10));
    }

    [Theory]
    [InlineData("-Jan. 1, 2000: a bullet needs a space after it")]
    [InlineData("Jan. 1, 2000 and no colon after the date")]
    [InlineData("Jan. 1, 2000.5 is no stop after the date")]
    [InlineData("**Jan. 1, 2000** and in bold, but in lower case after")]
    [InlineData("The talks of Jan. 1, 2000: not at the start")]
    [InlineData("Jan. 1, 2000:\nthe entry runs on past a line break")]
    [InlineData("Ja")]
    [InlineData("")]
    public void Other_lines_give_none(string line) => Assert.Null(LineShapes.DatedEntryDate(line));

    [Theory]
    [InlineData("Dec. 2 \u2013 A trade mission arrives.", "2003-12-02", "A trade mission arrives.")]
    [InlineData("Mar. 27, 2000 \u2014 Obuchi calls Putin.", "2000-03-27", "Obuchi calls Putin.")]
    [InlineData("Feb. 1, 2000: The governor visits Niigata: a long visit.", "2000-02-01", "The governor visits Niigata: a long visit.")]
    [InlineData("Late May 2002: A delay.", "2002-05", "A delay.")]
    public void What_happened_starts_after_the_date_and_its_separator(string entry, string date, string happened) =>
        Assert.Equal(happened, entry.Substring(LineShapes.EntryTextStart(entry, date)));

    [Theory]
    [InlineData("42", true)]
    [InlineData("xiv", true)]
    [InlineData("TH-15768", true)]
    [InlineData("42 ENGAGING RUSSIA IN ASIA PACIFIC", true)]
    [InlineData("RUSSIA IN NORTHEAST ASIA 43", true)]
    [InlineData("JAPAN\u2019S NORTHERN TERRITORIES 117", true)]
    // A heading of one word with its number, a heading in capitals alone, and a line of prose are no furniture.
    [InlineData("1 INTRODUCTION", false)]
    [InlineData("NATIONAL SECURITY", false)]
    [InlineData("42 ships left the port.", false)]
    [InlineData("THE RUSSIAN FAR EAST AFTER 1991", false)]
    public void Page_numbers_folios_stamps_and_running_heads_are_furniture(string line, bool furniture) => Assert.Equal(furniture, LineShapes.IsFurniture(line));

    [Theory]
    [InlineData("A. The Setting", "A", "The Setting")]
    [InlineData("(a) Krasnoyarsk", "a", "Krasnoyarsk")]
    [InlineData("b) Kawana", "b", "Kawana")]
    public void A_letter_may_number_a_heading(string line, string number, string title)
    {
        Assert.True(LineShapes.TryLetterHeading(line, out var n, out var t));
        Assert.Equal((number, title), (n, t));
    }

    [Theory]
    [InlineData("A Weak Domestic Basis")]
    [InlineData("a) ")]
    [InlineData("AB. Things")]
    public void A_heading_that_starts_with_a_word_has_no_letter_number(string line)
    {
        Assert.False(LineShapes.TryLetterHeading(line, out _, out _));
    }

    [Theory]
    [InlineData("---", true)]
    [InlineData("  ***  ", true)]
    [InlineData("\u2014\u2014\u2014\u2014\u2014\u2014", true)]
    [InlineData("\u2500\u2500\u2500\u2500", true)]
    [InlineData("--", false)]
    [InlineData("\u2014", false)]
    [InlineData("\u2014 a dash before words", false)]
    public void A_rule_of_dashes_or_a_drawn_line_alone_is_a_separator(string line, bool separator) => Assert.Equal(separator, LineShapes.IsSeparator(line));

    [Theory]
    [InlineData("APPENDIX I", true)]
    [InlineData("Appendix A: The Tokyo Declaration", true)]
    [InlineData("Annexure - 2", true)]
    [InlineData("Appendix 21A. Chronology of Russian\u2013North Korean relations", true)]
    [InlineData("Appendix", false)]
    [InlineData("Appendices to the treaty were never published", false)]
    [InlineData("Appendixes", false)]
    public void An_appendix_label_numbers_or_letters_its_appendix(string line, bool appendix) => Assert.Equal(appendix, LineShapes.IsAppendixLabel(line));
}

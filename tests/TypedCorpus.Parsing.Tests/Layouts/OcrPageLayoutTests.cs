using System.Linq;
using TypedCorpus.Parsing.Model;
using TypedCorpus.Parsing.Ocr;
using static TypedCorpus.Parsing.Tests.ParseHelper;

namespace TypedCorpus.Parsing.Tests.Layouts;

public class OcrPageLayoutTests
{
    private const string Page = """
         A Stucly of |hings

        Ann Authcr

        In rqq8 thc two countries regardecl bi-
        lateral relations as the best in one hundrecl

        years. Then came the crisis.

        CHAI,I,ENGES FOR

        THE TWO COUNTRIES

        The first task rvas the peace treatv.' The second
        rvas trade.

        Tlre Neecl for a Peace Treatv

        Both sides wanted one.' Neither got one.

        . A fisheries agreement, concluded in 1999, which enabled

        Japanese fishermen to fish.

        ENDNOTES

        r. The Tokyo Declaration of 1993.

        z. See Hasegawa (1998).
        """;

    // The corpus's clean documents would give the corrector these words.
    private static readonly TypedCorpus.Parsing.Ocr.DomainWords CorpusWords = TypedCorpus.Parsing.Ocr.DomainWords.Count(new[]
    {
        "The peace treaty was the first task. A peace treaty needs trade. The treaty and the countries. The two countries regarded relations.",
    });

    private static TypedCorpus.Parsing.Model.ParsedDocument ParsePage() =>
        Parse(Page, Entry("A Study of Things", sourceQuality: "OCR of a printed page"), CorpusWords);

    [Fact]
    public void Capitals_make_top_headings_even_over_two_chunks_and_title_case_makes_subheadings_with_corrected_titles()
    {
        var document = ParsePage();

        Assert.Equal("ocr-page", document.Layout);
        Assert.Equal(new[] { "1||CHALLENGES FOR THE TWO COUNTRIES", "2||The Need for a Peace Treaty", "1||ENDNOTES" }, Outline(document));
        Assert.Equal("Tlre Neecl for a Peace Treatv", document.Sections[1].RawTitle);
        Assert.Equal("TheNeedForAPeaceTreaty", document.Sections[1].MemberName);
    }

    [Fact]
    public void A_soft_hyphen_breaks_a_word_at_a_line_end_and_goes_inside_a_line_and_the_corrections_still_point_into_the_seed()
    {
        const string page = "In rqq8 thc two countries regardecl bi\u00AD\nlateral relations as the best in one hun\u00ADdrecl years.\n";

        var document = Parse(page, Entry("A Study of Things", sourceQuality: "OCR of a printed page"), CorpusWords);

        Assert.Equal(new[] { "In 1998 the two countries regarded bilateral relations as the best in one hundred years." }, ParagraphTexts(document));
        Assert.Contains(document.Corrections, c => c.Original == "hundrecl" && document.RawText.Substring(c.RawStart, c.RawLength) == "hun\u00ADdrecl");
    }

    [Fact]
    public void A_section_numeral_read_as_small_ls_opens_its_section_under_a_note_left_open_at_the_page_foot()
    {
        var page = """
            RUSSIA AND KOREA

            l. Introduction

            The end of the cold war changed the place of the peninsula in Russian policy.¹ Trade grew slowly.

            ¹ Izvestiya, 1 Oct. 1990, and the account of the talks that

            ll. Trade and aid

            Trade between Russia and the two Koreas fell after 1991 and recovered slowly.
            """;
        var document = Parse(page, Entry("Russia and Korea", sourceQuality: "OCR of a printed page"), CorpusWords);

        Assert.Equal(new[] { "1|I|Introduction", "1|II|Trade and aid" }, Outline(document));
        Assert.DoesNotContain("Trade", document.Footnotes.Single().Text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Notes_at_a_page_foot_with_labels_read_as_letters_are_notes_and_the_sentence_they_interrupt_is_joined()
    {
        var page = """
            THE PACIFIC FLEET

            Japanese defence plirnncrs rvere lcft to ask u,hat the threat nori was ancl whether the¹
            1 [nternational Institute for Strategic Studies, The Military Balance (IISS: London, 1990), p. 38.
            z Boei Hakusho (Defence Agency: Tokyo, 1996), pp. 61-63.

            alliance still needed the same shape.² The fleet rarely left port.³ The navies held a joint exercise.⁴

            3 Asahi Shimbun, 30 July 1996.
            4. japan Maritime Self-Defense Force, press release, 17 Oct. 1998.
            """;
        var document = Parse(page, Entry("The Pacific Fleet", sourceQuality: "OCR of a printed page"), CorpusWords);

        Assert.Equal(new[] { 1, 2, 3, 4 }, document.Footnotes.Select(n => n.Number));
        Assert.Equal(new[] { "1", "z", "3", "4." }, document.Footnotes.Select(n => n.Label));
        var paragraph = Assert.Single(ParagraphTexts(document));
        Assert.EndsWith("whether the alliance still needed the same shape. The fleet rarely left port. The navies held a joint exercise.", paragraph, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_opening_with_a_number_whose_marker_is_nowhere_above_stays_in_its_paragraph()
    {
        var page = """
            THE PACIFIC FLEET

            The fleet was cut by half in five years and its ships were laid up for want of
            2 Japanese destroyers came to Vladivostok in 1996, the first visit in a century.
            """;
        var document = Parse(page, Entry("The Pacific Fleet", sourceQuality: "OCR of a printed page"), CorpusWords);

        Assert.Empty(document.Footnotes);
        Assert.Contains("want of 2 Japanese destroyers", Assert.Single(ParagraphTexts(document)), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Sections_numbered_with_digits_read_as_letters_a_sentence_case_title_a_t_read_as_marks_and_a_misread_caption_label()
    {
        var page = """
            Chapter 6

            Trade and the frontier

            1. Introduction

            Trade between the two countries grew slowly after 1991.

            z. The pattcrrt of trade

            Bilateral trade never matched the hopes of the early 1990s.

            Figurc 6.r. Japan's trade with Russia, 1995-1999

            'l'he clecline of the fleet

            By 1996 the fleet put to sea only for short exercises.

            3. Fisheries

            The fisheries agreement was signed in 1998.
            """;
        var document = Parse(page, Entry("Trade and the frontier", sourceQuality: "OCR of a printed page"), CorpusWords);

        Assert.Equal(new[] { "1|1|Introduction", "1|2|The pattern of trade", "2||The decline of the fleet", "1|3|Fisheries" }, Outline(document));
        Assert.Contains(document.Paragraphs, p => p.Kind == SpanKind.Caption && p.Line == 13);
    }

    [Fact]
    public void A_title_with_a_letter_or_two_misread_in_each_word_and_the_garbled_byline_under_it_are_top_matter()
    {
        var page = """
            9. Tracle urcl investnr ent between Jrpar ancl Russia

            Shinichiro'fabata

            I. Introduction

            Trade between Japan and Russia fell sharply after 1991 and recovered only slowly.
            """;
        var document = Parse(page, Entry("Trade and investment between Japan and Russia", new[] { "Shinichiro Tabata" }, sourceQuality: "OCR of a printed page", kind: "book chapter"), CorpusWords);

        Assert.Equal(new[] { "1|I|Introduction" }, Outline(document));
        Assert.Equal(new[] { SpanKind.Title, SpanKind.Metadata }, document.Spans.Where(s => s.Kind is SpanKind.Title or SpanKind.Metadata).Select(s => s.Kind));
    }

    [Fact]
    public void A_running_head_whose_capital_is_read_as_strokes_is_furniture_and_lettered_headings_with_years_are_headings()
    {
        var page = """
            RUSSIA AND KOREA

            I. The setting

            Yeltsin's first visit was cancelled four days before it was to begin, an episode that

            230 RlJSSlA AND AS[A

            Japanese diplomats still remember. The visit took place in October 1993.

            (a) 1992-1996

            The early years were dominated by domestic politics in both capitals.

            (b) r996-1998

            Primakov saw Japan as a counterweight to the United States in Asia.
            """;
        var document = Parse(page, Entry("Russia and Korea", sourceQuality: "OCR of a printed page"), CorpusWords);

        Assert.Equal(new[] { "1|I|The setting", "2|a|1992-1996", "2|b|1996-1998" }, Outline(document));
        Assert.Contains("an episode that Japanese diplomats still remember.", ParagraphTexts(document)[0], System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_running_head_with_capitals_read_as_strokes_and_bows_stands_between_a_note_and_its_rest_in_an_ocrd_chapter()
    {
        var page = """
            RUSSIA AND KOREA

            I. Introduction

            Moscow recognised Seoul in September 1990.¹ Pyongyang protested.²

            II. The treaty

            The 2000 treaty replaced the alliance.

            ¹ Izvestiya, 1 Oct. 1990, p. 1.

            ² See the account by the Soviet interpreter, which

            RLlSSO-lAPANFiSE RELATIC)NS    376

            adds details not found in the official record.
            """;
        var document = Parse(page, Entry("Russia and Korea", sourceQuality: "OCR of a printed page", kind: "book chapter"), CorpusWords);

        Assert.Equal("printed-chapter", document.Layout);
        Assert.EndsWith("which adds details not found in the official record.", document.Footnotes[1].Text, System.StringComparison.Ordinal);
        Assert.DoesNotContain(ParagraphTexts(document), p => p.Contains("RELATIONS", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_roman_numeral_glued_to_a_title_that_opens_with_a_t_read_as_marks_numbers_its_section()
    {
        var page = """
            RUSSIA AND KOREA

            I. Introduction

            The end of the cold war changed the place of the peninsula in Russian policy.

            II.'1'he pipeline question

            Pipelines tie producer and consumer together for decades.

            lIl. Conclusions

            Energy alone cannot settle the dispute.
            """;
        var document = Parse(page, Entry("Russia and Korea", sourceQuality: "OCR of a printed page"), CorpusWords);

        Assert.Equal(new[] { "1|I|Introduction", "1|II|The pipeline question", "1|III|Conclusions" }, Outline(document));
    }

    [Fact]
    public void Page_breaks_inside_paragraphs_and_list_items_are_joined()
    {
        var paragraphs = ParagraphTexts(ParsePage());

        Assert.Contains("In 1998 the two countries regarded bilateral relations as the best in one hundred years. Then came the crisis.", paragraphs);
        // The item's bullet (OCR'd as a full stop) marks its kind and is no part of its text.
        Assert.Contains("A fisheries agreement, concluded in 1999, which enabled Japanese fishermen to fish.", paragraphs);
    }

    [Theory]
    [InlineData("42", "43", " ")]
    [InlineData("4z", "4E", " ")]
    [InlineData("4z", "4E", "\u00A0")]
    public void A_running_head_with_its_page_number_is_no_heading_and_the_sentence_it_interrupts_is_joined(string leftPage, string rightPage, string space)
    {
        var page = $"""
            Since the end of the cold war Japan has tried to draw Russia into the region. ln
            1997 Tokyo supported Russia's membership in APEC, which was agreed at the Vancouver

            {leftPage}{space}ENGAGING RUSSIA IN ASIA PACIFIC

            meeting in Novembcr 1997. The results were modest.

            SECURITY DIALOGUE

            Defense contacts grew faster.

            RUSSIA IN NORTHEAST ASIA{space}{rightPage}

            The defense ministers met in 1999.
            """;

        var document = Parse(page, Entry("Russia in Northeast Asia", sourceQuality: "OCR of a printed page"), CorpusWords);

        Assert.Equal(new[] { "1||SECURITY DIALOGUE" }, Outline(document));
        Assert.Contains(
            "Since the end of the cold war Japan has tried to draw Russia into the region. In 1997 Tokyo supported Russia's membership in APEC, which was agreed at the Vancouver meeting in November 1997. The results were modest.",
            ParagraphTexts(document));
        Assert.Contains("The defense ministers met in 1999.", ParagraphTexts(document));
    }

    [Fact]
    public void A_marker_stands_after_its_word_as_read_and_a_word_glued_to_it_is_one_of_its_own()
    {
        // OCR lost the space after the first marker, and read a second stroke after the second.
        var page = Page.Replace("treatv.' The second", "treatv.'Thc second").Replace("wanted one.' Neither", "wanted onc.'' Neither");
        var document = Parse(page, Entry("A Study of Things", sourceQuality: "OCR of a printed page"), CorpusWords);

        Assert.Contains("The first task was the peace treaty. The second was trade.", ParagraphTexts(document));
        var before = document.Footnotes.Select(n => document.Text.Substring(0, n.Markers.Single().TextOffset)).ToArray();
        Assert.EndsWith("the peace treaty.", before[0]);
        Assert.EndsWith("wanted one.'", before[1]);
    }

    [Fact]
    public void Endnotes_with_ocr_digits_are_numbered_and_apostrophe_markers_link_in_order()
    {
        var document = ParsePage();

        Assert.Equal(new[] { 1, 2 }, document.Footnotes.Select(n => n.Number));
        Assert.Equal(new[] { "r.", "z." }, document.Footnotes.Select(n => n.Label));
        Assert.Equal(new[] { 14, 19 }, document.Footnotes.Select(n => n.Markers.Single().Line));
    }

    [Fact]
    public void Markers_past_nine_read_with_letters_link_to_their_endnotes_and_leave_the_sentence_whole()
    {
        var page = Page
            .Replace("The second\nrvas trade.", "The second\nrvas trade.ro")
            .Replace("Both sides wanted one.' Neither got one.", "Both sides wanted one.rr Neither got one.")
            .Replace("z. See Hasegawa (1998).", "z. See Hasegawa (1998).\n\nro. Asahi Shimbun, r99o.\n\nrr. Kommersant, r998.");
        var document = Parse(page, Entry("A Study of Things", sourceQuality: "OCR of a printed page"), CorpusWords);

        Assert.Equal(new[] { 1, 2, 10, 11 }, document.Footnotes.Select(n => n.Number));
        Assert.Equal(new[] { 15, 19 }, document.Footnotes.Skip(2).Select(n => n.Markers.Single().Line));
        Assert.Contains("Both sides wanted one. Neither got one.", ParagraphTexts(document));
    }

    [Fact]
    public void A_title_case_heading_after_a_paragraph_that_ends_on_an_ocr_marker_is_a_heading()
    {
        // The first note's marker moves from its apostrophe to an r, the last thing before the heading, on a paragraph too
        // long to be read as a heading itself.
        var page = Page.Replace("treatv.' The second\nrvas trade.", "treatv. The second\nrvas trade for\nneighboring countries.r");
        var document = Parse(page, Entry("A Study of Things", sourceQuality: "OCR of a printed page"), CorpusWords);

        Assert.Equal(new[] { "1||CHALLENGES FOR THE TWO COUNTRIES", "2||The Need for a Peace Treaty", "1||ENDNOTES" }, Outline(document));
        Assert.Equal(new[] { 16, 20 }, document.Footnotes.Select(n => n.Markers.Single().Line));
    }

    [Theory]
    [InlineData("r", 1)]
    [InlineData("z", 2)]
    [InlineData("rqq8", 1998)]
    [InlineData("rgg3", 1993)]
    [InlineData("5rz", 512)]
    [InlineData("ro", 10)]
    [InlineData("i", 1)]
    public void Ocr_labels_read_as_numbers(string label, int number)
    {
        Assert.True(NumberReading.TryReadLabel(label, out var read));
        Assert.Equal(number, read);
    }

    [Fact]
    public void Garbled_text_is_recognised_as_ocr_without_the_catalog_saying_so()
    {
        var garbled = string.Join("\n\n", Enumerable.Repeat("Thc thircl factor explainir.rg inproved relations rvas the personal rap- port betwcen Hashinoto Ryh- taro ancl Yeltsin. Tlre inpact of this affinih rvas proforrn<1 ar,d cannot be ovcr]ooked in r997.", 5));

        Assert.Equal("ocr-page", Parse(garbled).Layout);
    }

    [Fact]
    public void Text_garbled_in_its_letters_alone_is_recognised_as_ocr_without_the_catalog_saying_so()
    {
        var garbled = string.Join("\n\n", Enumerable.Repeat("Prirne Minister Mori rnet Presiclent Putin in Irkutsk on March z5, zoo1. Tlie two leaders hacl signed a staternent that named the declaration of r956 as tlie basis for negotiations.", 5));

        Assert.Equal("ocr-page", Parse(garbled).Layout);
    }

    [Fact]
    public void Clean_text_with_words_near_those_confusions_is_not_taken_for_ocr()
    {
        var clean = string.Join("\n\n", Enumerable.Repeat("The climate of survival was close to the zoo of 1990s politics: talks in 1956, 1993 and 2001 produced a formula, not a treaty, and the observers who reserved judgement were right.", 5));

        Assert.NotEqual("ocr-page", Parse(clean).Layout);
    }
}

using System.Linq;
using TypedCorpus.Parsing.Model;
using static TypedCorpus.Parsing.Tests.ParseHelper;

namespace TypedCorpus.Parsing.Tests.Layouts;

public class PrintedChapterLayoutTests
{
    private const string Chapter = """

        7. A study of things in the new century

        Ann Author

        I. Introduction

        Things have changed since 1996.¹ The change was large and
        it went on for years. In August, panicked by the collapse of the rouble,

        ¹ Smith, J., Things (Oxford, 1998).

        ² Jones, K., More things, 1999.

        the government resigned.² Nobody was surprised.

        Figure 7.1. Map of the things

        II. The new configuration

        There were two reasons. The first was trade, which remained important for

        ³ Brown, Trade, 2000.

        regional security. The second was Russia¹s weakness.³

        A weak domestic basis

        All powers were weak at home.
        """;

    private static ParsedDocument ParseChapter() => Parse(Chapter, Entry("A study of things in the new century"));

    [Fact]
    public void Roman_numbered_sections_hold_unnumbered_subheadings()
    {
        var document = ParseChapter();

        Assert.Equal("printed-chapter", document.Layout);
        Assert.Equal(new[] { "1|I|Introduction", "1|II|The new configuration", "2||A weak domestic basis" }, Outline(document));
    }

    [Fact]
    public void The_chapter_title_author_and_caption_are_not_sections()
    {
        var document = ParseChapter();

        Assert.Contains(document.Spans, s => s.Kind == SpanKind.Title && s.Line == 2);
        Assert.Contains(document.Spans, s => s.Kind == SpanKind.Metadata && s.Line == 4);
        Assert.Contains(document.Spans, s => s.Kind == SpanKind.Caption);
    }

    [Fact]
    public void A_sentence_interrupted_by_a_note_block_is_one_paragraph()
    {
        var paragraphs = ParagraphTexts(ParseChapter());

        Assert.Contains("Things have changed since 1996. The change was large and it went on for years. In August, panicked by the collapse of the rouble, the government resigned. Nobody was surprised.", paragraphs);
        Assert.Contains("There were two reasons. The first was trade, which remained important for regional security. The second was Russia's weakness.", paragraphs);
    }

    [Fact]
    public void A_superscript_marker_on_a_section_heading_points_to_its_note_and_stays_out_of_the_title()
    {
        var document = Parse(Chapter.Replace("II. The new configuration", "II. The new configuration\u2074")
            .Replace("regional security.", "\u2074 The section draws on interviews.\n\nregional security."), Entry("A study of things in the new century"));

        Assert.Equal(new[] { "1|I|Introduction", "1|II|The new configuration", "2||A weak domestic basis" }, Outline(document));
        Assert.Equal(4, document.Footnotes.Count);
        Assert.All(document.Footnotes, n => Assert.Single(n.Markers));
        Assert.Equal(document.Sections[1].TextStart - 2, document.Footnotes[3].Markers[0].TextOffset);
    }

    [Fact]
    public void An_ocr_read_chapter_numbers_its_sections_with_numerals_read_as_other_strokes()
    {
        var ocr = Chapter.Replace("I. Introduction", "l. Introduction").Replace("II. The new configuration", "Il. The new configuration");
        var document = Parse(ocr, Entry("A study of things in the new century", sourceQuality: "OCR of a printed page"));

        Assert.Equal(new[] { "1|I|Introduction", "1|II|The new configuration" }, Outline(document).Take(2));
    }

    [Fact]
    public void A_heading_wrapped_onto_a_second_line_is_one_heading()
    {
        var chapter = """
            I. Introduction

            Things changed.

            II. The new power configuration in
            North-East Asia

            Powers realigned after 1991.

            The Chinese option and
            its critics

            Beijing was patient.
            """;

        var document = Parse(chapter, Entry("Things"));

        Assert.Equal(new[] { "1|I|Introduction", "1|II|The new power configuration in North-East Asia", "2||The Chinese option and its critics" }, Outline(document));
        Assert.Equal(new[] { "Things changed.", "Powers realigned after 1991.", "Beijing was patient." }, ParagraphTexts(document));
    }

    [Theory]
    [InlineData("was.¹ ²")]
    [InlineData("was.¹, ²")]
    [InlineData("was.¹,²")]
    public void Markers_set_one_after_another_all_point_to_their_notes(string markers)
    {
        var chapter = $$"""
            I. Introduction

            Japan was threatened by the missiles, and Russia {{markers}}

            ¹ Smith, J., Missiles (Oxford, 1999).

            ² Jones, K., More missiles, 2000.
            """;

        var document = Parse(chapter, Entry("Missiles"));

        Assert.Equal("Japan was threatened by the missiles, and Russia was.", Assert.Single(ParagraphTexts(document)));
        Assert.All(document.Footnotes, n => Assert.Single(n.Markers));
    }

    [Fact]
    public void A_word_broken_at_a_line_end_is_joined_but_a_compound_the_chapter_writes_whole_keeps_its_hyphen()
    {
        var chapter = """
            I. Introduction

            A long-term loan was agreed. The bi-
            lateral talks then turned to another long-
            term loan.
            """;

        var text = ParagraphTexts(Parse(chapter)).Single(p => p.StartsWith("A long", System.StringComparison.Ordinal));

        Assert.Equal("A long-term loan was agreed. The bilateral talks then turned to another long-term loan.", text);
    }

    [Fact]
    public void Superscript_markers_link_to_their_notes()
    {
        var document = ParseChapter();

        Assert.Equal(new[] { 1, 2, 3 }, document.Footnotes.Select(n => n.Number));
        Assert.Equal(new[] { 8, 15, 25 }, document.Footnotes.Select(n => n.Markers.Single().Line));
        Assert.Equal("Smith, J., Things (Oxford, 1998).", document.Footnotes[0].Text);
    }

    [Theory]
    [InlineData("\u00B9")]
    [InlineData("1")]
    public void A_short_chapter_with_one_note_and_one_section_is_a_chapter_and_its_table_stays_a_table(string label)
    {
        // A raw string holds no escapes: the table's tabs are put in with Replace. The page may have lost its superscripts.
        var document = Parse($"""

            9. Trade between two countries

            Ann Author

            I. Introduction

            Trade fell after 1991 and recovered slowly.{label} Table 9.1 shows the figures.

            Table 9.1. Trade, 1992-94 (US $m.)

            Year|Exports|Imports
            1992|1 077|1 780
            1993|1 501|2 269

            Source: Ministry of Finance.

            Exports recovered in 1993.

            {label} Author, A., 'Trade', Geography, vol. 38 (1997), pp. 80-97.
            """.Replace('|', '\t'), Entry("Trade between two countries"));

        Assert.Equal("printed-chapter", document.Layout);
        Assert.DoesNotContain(document.Diagnostics, d => d.Id == "TC0007");
        Assert.Equal(
            new[] { "Trade fell after 1991 and recovered slowly. Table 9.1 shows the figures.", "Table 9.1. Trade, 1992-94 (US $m.)", "Year\tExports\tImports\n1992\t1 077\t1 780\n1993\t1 501\t2 269", "Source: Ministry of Finance.", "Exports recovered in 1993." },
            ParagraphTexts(document));
    }

    [Fact]
    public void A_note_cut_at_a_page_foot_goes_on_at_the_next_page_foot_and_is_no_paragraph()
    {
        var document = Parse("""

            7. Two neighbours and a peninsula

            Ann Author

            I. Introduction

            Moscow recognised Seoul in 1990.¹ Tokyo began talks with Pyongyang in 1991.²

            ¹ Izvestia, 1 Oct. 1990.

            ² The talks were broken off in 1992; the sources cited there, which

            II. Russian policy

            The treaty of 1961 was allowed to lapse.³

            disagree on the reasons for the break, are listed below.

            ³ Kommersant, 12 Sep. 1996.

            III. Japanese policy

            Japan was slower.⁴ Its talks stopped,

            ⁴ Asahi Shimbun, 1 Sep. 1998, where the

            in 1992, for eight years.

            report is dated.
            """, Entry("Two neighbours and a peninsula"));

        Assert.Equal(
            new[] { "Izvestia, 1 Oct. 1990.", "The talks were broken off in 1992; the sources cited there, which disagree on the reasons for the break, are listed below.", "Kommersant, 12 Sep. 1996.", "Asahi Shimbun, 1 Sep. 1998, where the report is dated." },
            document.Footnotes.Select(n => n.Text));
        Assert.Equal(
            new[] { "Moscow recognised Seoul in 1990. Tokyo began talks with Pyongyang in 1991.", "The treaty of 1961 was allowed to lapse.", "Japan was slower. Its talks stopped, in 1992, for eight years." },
            ParagraphTexts(document));

        // The note's raw text runs from its label to the end of its last piece, as a paragraph across a note block does.
        var note = document.Footnotes[1];
        Assert.StartsWith("² The talks", document.RawText.Substring(note.RawStart));
        Assert.EndsWith("are listed below.", document.RawText.Substring(note.RawStart, note.RawLength).TrimEnd());
    }

    [Fact]
    public void A_table_set_in_columns_of_spaces_stays_a_table_and_a_list_of_items_without_stops_ends_before_the_next_paragraph()
    {
        var document = Parse("""

            11. Trade between two countries

            Ann Author

            I. Introduction

            Trade fell after 1991.¹ Typists  put two spaces after a stop.  This line is prose,
            and so is this one, where a scanner  left a gap in the words  of the sentence.

            Table 11.1. Trade, 1992-93 (US$ m.)

            Year      Exports      Imports
            1992      2 400        1 100
            1993      2 800        1 500

            Source: Ministry of Finance.

            ¹ Author, A., 'Trade', Geography, vol. 38 (1997), pp. 80-97.

            II. Prospects

            • Energy projects on Sakhalin
            • Machinery and cars from Japan

            The list is short.

            • A list whose items are sentences ends them with stops.
            • A fisheries agreement was signed, which enabled

            Japanese fishermen to fish near the islands.
            """, Entry("Trade between two countries"));

        Assert.Equal(
            new[]
            {
                "Trade fell after 1991. Typists put two spaces after a stop. This line is prose, and so is this one, where a scanner left a gap in the words of the sentence.", "Table 11.1. Trade, 1992-93 (US$ m.)",
                "Year\tExports\tImports\n1992\t2 400\t1 100\n1993\t2 800\t1 500", "Source: Ministry of Finance.",
                "Energy projects on Sakhalin", "Machinery and cars from Japan", "The list is short.",
                "A list whose items are sentences ends them with stops.", "A fisheries agreement was signed, which enabled Japanese fishermen to fish near the islands.",
            },
            ParagraphTexts(document));
    }

    [Fact]
    public void A_note_whose_label_lost_the_space_after_it_is_still_a_note()
    {
        var document = Parse("""

            3. Energy and politics

            Ann Author

            I. Introduction

            Energy became the core of the relationship after 1997.¹ Japan needed oil.²

            ¹Author, A., *Energy* (Tokyo, 2003), p. 4.

            ²‘Oil for Japan’, Kommersant, 5 Sep. 2000.

            II. Conclusions

            The pipeline decided much.
            """, Entry("Energy and politics"));

        Assert.Equal(new[] { "Author, A., Energy (Tokyo, 2003), p. 4.", "‘Oil for Japan’, Kommersant, 5 Sep. 2000." }, document.Footnotes.Select(n => n.Text));
        Assert.All(document.Footnotes, n => Assert.Single(n.Markers));
        Assert.Equal(new[] { "Energy became the core of the relationship after 1997. Japan needed oil.", "The pipeline decided much." }, ParagraphTexts(document));
    }

    [Fact]
    public void A_lettered_subsection_whose_letter_is_also_a_roman_numeral_follows_its_letters()
    {
        var document = Parse("""

            5. Japan and Korea

            Ann Author

            I. Introduction

            Text of the introduction.¹

            ¹ Author, A., *Korea* (Tokyo, 2003), p. 4.

            II. Three questions

            A. The missiles

            Text about missiles.

            B. The abductions

            Text about abductions.

            C. The reactor

            Text about the reactor.

            III. Conclusions

            Text of the conclusions.
            """, Entry("Japan and Korea"));

        Assert.Equal(
            new[] { "1|I|Introduction", "1|II|Three questions", "2|A|The missiles", "2|B|The abductions", "2|C|The reactor", "1|III|Conclusions" },
            Outline(document));
    }

    [Fact]
    public void A_roman_section_number_set_off_by_a_colon_a_dash_or_a_bracket_numbers_its_heading()
    {
        var document = Parse("""

            4. Japan and the Russian Far East

            Ann Author

            I: Introduction

            The Russian Far East has long been seen in Tokyo as a natural partner.

            II – Trade

            Trade with the region grew after 1992.

            III) Prospects

            Prospects depend on energy.
            """, Entry("Japan and the Russian Far East"));

        Assert.Equal(new[] { "1|I|Introduction", "1|II|Trade", "1|III|Prospects" }, Outline(document));
        Assert.Equal(3, document.Paragraphs.Count);
    }

    [Fact]
    public void A_page_that_lost_its_superscripts_keeps_notes_labelled_and_marked_by_plain_numbers()
    {
        var document = Parse("""

            14. Russia and Japan in the Asia-Pacific

            Vladimir Ivanov

            I. Introduction

            After 1996 relations improved markedly.1 In November 1997 the leaders met at Krasnoyarsk and agreed to do their
            utmost to conclude a treaty by 2000.2 Trade, however, fell in the year after the crisis of

            1 Ministry of Foreign Affairs of Japan, Diplomatic Bluebook 1997 (MOFA: Tokyo, 1997), p. 21.

            2 Kommersant, 2 Nov. 1997, and Izvestiya,
            3 Nov. 1997.

            1998, when the rouble lost three-quarters of its value.

            20 Japanese firms left the Far East in 1999.

            II. Conclusions

            The prospects of a treaty by 2000 faded during 1999.3

            3 Asahi Shimbun, 30 Dec. 1999.
            """, Entry("Russia and Japan in the Asia-Pacific"));

        Assert.Equal(new[] { "1|I|Introduction", "1|II|Conclusions" }, Outline(document));
        Assert.Equal(new[] { 1, 2, 3 }, document.Footnotes.Select(n => n.Number));
        // A note wrapped before a date goes on there: "3 Nov. 1997." is no note 3.
        Assert.Equal("Kommersant, 2 Nov. 1997, and Izvestiya, 3 Nov. 1997.", document.Footnotes[1].Text);
        Assert.All(document.Footnotes, n => Assert.Single(n.Markers));
        Assert.Equal(
            new[]
            {
                "After 1996 relations improved markedly. In November 1997 the leaders met at Krasnoyarsk and agreed to do their utmost to conclude a treaty by 2000. Trade, however, fell in the year after the crisis of 1998, when the rouble lost three-quarters of its value.",
                "20 Japanese firms left the Far East in 1999.",
                "The prospects of a treaty by 2000 faded during 1999.",
            },
            ParagraphTexts(document));
    }

    [Fact]
    public void A_page_without_superscripts_keeps_its_decimal_numbered_headings_apart_from_its_notes()
    {
        // "2. The Sakhalin lobby" comes after marker 2 as note 2 would: a short title alone over a paragraph is the heading.
        // Marker 3 stands inside its sentence, on a comma; note 3's label lost its space.
        var document = Parse("""

            14. Russia and Japan in the Asia-Pacific

            Vladimir Ivanov

            1. Introduction

            After 1996 relations improved markedly.1 In November 1997 the leaders met at Krasnoyarsk and agreed to do their
            utmost to conclude a treaty by 2000.2 Trade, however, fell in the year after the crisis.

            1 Ministry of Foreign Affairs of Japan, Diplomatic Bluebook 1997 (MOFA: Tokyo, 1997), p. 21.

            2. Kommersant, 3 Nov. 1997.

            2. The Sakhalin lobby

            Governor Valentin Fedorov campaigned against a transfer,3 and he toured the islands in August 1992.

            3Asahi Shimbun, 30 Dec. 1992.

            3. Conclusions

            The islands remain a domestic issue in Russia.
            """, Entry("Russia and Japan in the Asia-Pacific"));

        Assert.Equal(new[] { "1|1|Introduction", "1|2|The Sakhalin lobby", "1|3|Conclusions" }, Outline(document));
        Assert.Equal(new[] { 1, 2, 3 }, document.Footnotes.Select(n => n.Number));
        Assert.All(document.Footnotes, n => Assert.Single(n.Markers));
        Assert.Empty(document.Diagnostics);
    }

    [Fact]
    public void Plain_numbered_notes_set_apart_by_blank_lines_stay_notes_when_their_markers_come_after_the_page_break_or_a_question()
    {
        var document = Parse("""

            14. Russia and Japan in the Asia-Pacific

            Vladimir Ivanov

            I. Introduction

            What does Russia sell in the region, and to whom?1 China bought Su-27 fighters in 1992.2 Japan watches the
            balance of power in the East China Sea, where Chinese naval and air forces

            2 Jane's Defence Weekly, 11 Dec. 1996, p. 3.

            3 Japan Defense Agency, Defense of Japan 1998 (Japan Times: Tokyo, 1998),
            p. 45.

            4 Asahi Shimbun, 28 May 1999.

            now operate close to Japanese territory.3 Tokyo says so in its white papers.4

            1 Sergounin, A. A., Russian Arms Transfers to East Asia (Oxford University Press: Oxford, 1999).

            II. Conclusions

            The sales go on.
            """, Entry("Russia and Japan in the Asia-Pacific"));

        Assert.Equal(new[] { "1|I|Introduction", "1|II|Conclusions" }, Outline(document));
        Assert.Equal(new[] { 2, 3, 4, 1 }, document.Footnotes.Select(n => n.Number));
        Assert.All(document.Footnotes, n => Assert.Single(n.Markers));
        Assert.Equal(
            new[]
            {
                "What does Russia sell in the region, and to whom? China bought Su-27 fighters in 1992. Japan watches the balance of power in the East China Sea, where Chinese naval and air forces now operate close to Japanese territory. Tokyo says so in its white papers.",
                "The sales go on.",
            },
            ParagraphTexts(document));
    }

    [Fact]
    public void Notes_labelled_with_plain_numbers_under_superscript_markers_are_notes_and_a_numbered_list_beside_superscript_notes_stays_a_list()
    {
        var document = Parse("""

            9. Fisheries and the Kuril frontier

            Mikhail Sokolov

            I. Introduction

            Boats have been seized near the islands almost every year since 1946.¹ The seizures fell after the agreement
            of February 1998, which let Japanese boats fish there for a fee.²

            1. Japan Coast Guard, Kaijo Hoan Hakusho 1997 (JCG: Tokyo, 1997), p. 54.
            2. Agreement on Some Matters of Cooperation in the Field of Fishing Operations, 21 Feb. 1998.

            II. Conclusions

            The agreement shows that the two sides can share the islands' resources.³

            3 Hokkaido Shimbun, 20 Dec. 1999.
            """, Entry("Fisheries and the Kuril frontier"));

        Assert.Equal(new[] { "1|I|Introduction", "1|II|Conclusions" }, Outline(document));
        Assert.Equal(new[] { 1, 2, 3 }, document.Footnotes.Select(n => n.Number));
        Assert.Equal("Japan Coast Guard, Kaijo Hoan Hakusho 1997 (JCG: Tokyo, 1997), p. 54.", document.Footnotes[0].Text);
        Assert.All(document.Footnotes, n => Assert.Single(n.Markers));
        Assert.Equal(2, document.Paragraphs.Count);

        var listed = Parse("""

            9. Fisheries and the Kuril frontier

            Mikhail Sokolov

            I. Introduction

            The agreement had two parts.¹ They were these:

            1. Japanese boats fish in the islands' waters.
            2. They pay a fee for each ton.

            ¹ Hokkaido Shimbun, 20 Dec. 1999.
            """, Entry("Fisheries and the Kuril frontier"));

        Assert.Single(listed.Footnotes);
        Assert.Equal(2, listed.Paragraphs.Count(p => p.Kind == SpanKind.ListItem));
    }

    [Fact]
    public void A_page_whose_notes_stand_right_under_its_last_line_keeps_them_as_notes_and_joins_the_sentence_they_cut()
    {
        foreach (var (one, two, three) in new[] { ("¹", "²", "³"), ("1", "2", "3") })
        {
            var document = Parse($"""

                Russia's Pacific fleet and Japanese security

                Andrei Volkov

                Introduction

                The Pacific Fleet was the largest of the Soviet navies in 1990.¹ Within five years it had lost half its
                ships. Japanese planners were left to ask whether the
                {one} International Institute for Strategic Studies, The Military Balance 1990–1991 (IISS: London, 1990).
                {two} Boei Hakusho 1996 (Defence Agency: Tokyo, 1996), pp. 61–63.

                alliance with the United States still needed the same shape.²

                The decline of the fleet

                In July 1996 a Russian destroyer visited Tokyo for the first time in over a century.³

                {three} Asahi Shimbun, 30 July 1996.
                """, Entry("Russia's Pacific fleet and Japanese security", kind: "book chapter"));

            Assert.Equal("printed-chapter", document.Layout);
            Assert.Equal(new[] { 1, 2, 3 }, document.Footnotes.Select(n => n.Number));
            Assert.Equal("Boei Hakusho 1996 (Defence Agency: Tokyo, 1996), pp. 61–63.", document.Footnotes[1].Text);
            Assert.All(document.Footnotes, n => Assert.Single(n.Markers));
            Assert.Equal(
                new[]
                {
                    "The Pacific Fleet was the largest of the Soviet navies in 1990. Within five years it had lost half its ships. Japanese planners were left to ask whether the alliance with the United States still needed the same shape.",
                    "In July 1996 a Russian destroyer visited Tokyo for the first time in over a century.",
                },
                ParagraphTexts(document));
            Assert.Empty(document.Diagnostics);
        }
    }
    [Fact]
    public void The_rest_of_a_note_carried_to_the_next_page_and_that_pages_note_right_under_it_are_two_notes()
    {
        var document = Parse("""
            Japan, Russia and Korea

            Ann Author

            I. Introduction

            The Soviet Union recognized South Korea in September 1990.¹ Trade grew quickly.

            ¹ Izvestiya, 1 Oct. 1990, p. 1. The decision had been taken in San Francisco in June 1990; see the account in

            RUSSIA AND ASIA    376

            the interpreter's memoirs, which adds details not found in the official record.
            ² Text in Diplomaticheskii Vestnik, no. 3 (2000), pp. 12–15.

            In February 2000 the two sides signed a new treaty.²
            """, Entry("Japan, Russia and Korea", kind: "book chapter"));

        AssertCarriedNoteRestAndTheNoteUnderIt(document);
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("\n")]
    public void An_epigraph_under_the_byline_is_a_paragraph_and_an_appendix_after_the_last_section_stands_beside_the_sections(string beforeItsYears)
    {
        // Its title may be wrapped before the years it covers.
        var document = Parse(
            """

            21. Russia, Japan and the Korean peninsula

            Alexander Zhebin

            ‘The road to Tokyo runs through Pyongyang.’
            —Russian diplomat, 1998

            I. Introduction

            In 1990 the Soviet Union established diplomatic relations with South Korea.¹

            ¹ Asahi Shimbun, 1 Oct. 1990.

            II. Conclusions

            Neither Moscow nor Tokyo can solve the Korean question alone.

            Appendix 21A. Chronology of Russian–North Korean relations, 1990–2000

            30 September 1990   The Soviet Union and South Korea establish diplomatic relations.
            9 February 2000     Russia and North Korea sign a Treaty of Friendship.
            """.Replace("relations, 1990", "relations," + beforeItsYears + "1990"),
            Entry("Russia, Japan and the Korean peninsula", new[] { "Alexander Zhebin" }, kind: "book chapter"));

        Assert.Equal(
            new[] { "1|I|Introduction", "1|II|Conclusions", "1||Appendix 21A. Chronology of Russian–North Korean relations, 1990–2000" },
            Outline(document));
        Assert.Equal("‘The road to Tokyo runs through Pyongyang.’ —Russian diplomat, 1998", ParagraphTexts(document)[0]);
        Assert.Equal(-1, document.Paragraphs[0].Section);
        Assert.Equal(2, document.Paragraphs.Count(p => p.Kind == SpanKind.ChronologyEntry && p.Section == 2));
    }

    [Fact]
    public void Lines_that_open_with_dashes_one_after_another_are_a_list_and_a_lone_dash_line_is_a_sentences_dash()
    {
        var document = Parse("""

            17. Russia, Japan and the energy of the Far East

            Vladimir Ivanov

            I. Introduction

            This chapter examines three questions:

            – why Japanese firms entered the Sakhalin projects;
            – what has held them back since 1998;

            – what the two governments can do about it.

            The projects went ahead all the same.

            — and few in Tokyo expected them to.

            II. Conclusions

            Japan has a stake in Sakhalin.
            """, Entry("Russia, Japan and the energy of the Far East"));

        Assert.Equal(
            new[] { SpanKind.Paragraph, SpanKind.ListItem, SpanKind.ListItem, SpanKind.ListItem, SpanKind.Paragraph, SpanKind.Paragraph, SpanKind.Paragraph },
            document.Paragraphs.Select(p => p.Kind));
        Assert.Equal("what has held them back since 1998;", ParagraphTexts(document)[2]);
        Assert.Equal("— and few in Tokyo expected them to.", ParagraphTexts(document)[5]);
        // The raw text keeps the dash.
        Assert.StartsWith("– what has", document.RawText.Substring(document.Paragraphs[2].RawStart, document.Paragraphs[2].RawLength), System.StringComparison.Ordinal);
    }
}

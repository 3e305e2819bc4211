using System;
using System.Linq;
using TypedCorpus.Parsing.Model;
using static TypedCorpus.Parsing.Tests.ParseHelper;

namespace TypedCorpus.Parsing.Tests.Layouts;

public class MarkdownLayoutTests
{
    private const string Thesis = """
        # **A STUDY OF THINGS**

        **MASTER OF ARTS**

        # STATE UNIVERSITY

        Department of Things

        ## DECLARATION

        I declare this is mine.

        # CONTENTS

        	<b>Page no.</b>
        <b>Preface</b>	<b>i</b>
        <b>Chapter I: Beginnings</b>	<b>1-9</b>
        <b>Chapter II: Endings</b>	<b>10-20</b>
        <b>Bibliography</b>	<b>21</b>

        ## PREFACE

        This study is about things.

        # CHAPTER I

        ## BEGINNINGS

        Things began.<sup>1</sup> They went on and
        on.

        ### First things

        The first thing came<sup>2</sup> before

        ---

        <sup>1</sup> Smith, Things, 1990.

        <sup>2</sup> Jones, More Things, 1991.
        with a second line.

        the second thing.

        #### Later things

        Later things came.

        ## CHAPTER - II

        ### ENDINGS

        Things ended.<sup>1</sup>

        ---

        <sup>1</sup> Brown, Endings, 2001.

        ## Bibliography

        ### Books

        Smith, J. (1990), Things.

        ## ARTICLES

        Jones, K. (1991), "More Things".
        """;

    private static ParsedDocument ParseThesis() =>
        Parse(Thesis, Entry("A Study of Things", container: "Department of Things, State University"));

    [Fact]
    public void Heading_levels_come_from_chapter_labels_contents_and_part_names_not_from_hashes()
    {
        var document = ParseThesis();

        Assert.Equal("markdown", document.Layout);
        Assert.Equal(
            new[]
            {
                "1||DECLARATION", "1||CONTENTS", "1||PREFACE", "1|I|BEGINNINGS", "2||First things", "3||Later things",
                "1|II|ENDINGS", "1||Bibliography", "2||Books", "2||ARTICLES",
            },
            Outline(document));
    }

    [Fact]
    public void A_hard_wrapped_sentence_goes_on_in_a_line_that_starts_with_a_date()
    {
        var document = Parse("""
            # CHAPTER I

            ## The Fisheries

            After lengthy negotiations, an agreement to allow Japanese
            fisherman to fish around the disputed islands was finally signed in
            February 1998. After the Kawana meeting, Japan provided the islands
            with diesel generators.
            """, Entry("A Study of Things", kind: "M.Phil. dissertation"));

        Assert.Equal("markdown", document.Layout);
        Assert.Equal(
            "After lengthy negotiations, an agreement to allow Japanese fisherman to fish around the disputed islands was finally signed in February 1998. After the Kawana meeting, Japan provided the islands with diesel generators.",
            Assert.Single(ParagraphTexts(document)));
        Assert.Equal(new[] { "1998-02" }, document.Mentions.Select(m => m.Date));
    }

    [Fact]
    public void A_headings_curly_apostrophes_quotes_and_question_mark_stay_in_its_title()
    {
        var document = Parse("""
            # CHAPTER I

            ## Russia’s “New Thinking”: Why Now?

            Gorbachev's visit of April 1991 opened the talks.

            ### Did Tokyo Listen!

            It did, slowly.
            """, Entry("A Study of Things"));

        Assert.Equal(new[] { "Russia’s “New Thinking”: Why Now?", "Did Tokyo Listen!" }, document.Sections.Select(s => s.Title));
    }

    [Fact]
    public void Underlined_headings_are_headings_and_a_spaced_rule_opens_the_pages_notes()
    {
        var document = Parse("""
            # CHAPTER I

            ## INTRODUCTION

            Japan's policy changed three times after 1991.<sup>1</sup>

            * * *

            <sup>1</sup> Hasegawa, T. (1998), The Northern Territories Dispute, p. 12.

            Chapter II
            ==========

            Yeltsin and Hashimoto
            ---------------------

            Hashimoto's speech of July 1997 opened the way to Krasnoyarsk.<sup>1</sup>

            The talks went on into 1998.
            ---

            <sup>1</sup> Keizai Doyukai, 24 July 1997.
            """, Entry("A Study of Things"));

        Assert.Equal(new[] { "1|I|INTRODUCTION", "1|II|Yeltsin and Hashimoto" }, Outline(document));
        Assert.Equal(new[] { (1, 0), (1, 1) }, document.Footnotes.Select(n => (n.Number, n.Scope)));
        Assert.All(document.Footnotes, n => Assert.Single(n.Markers));
        Assert.Equal(
            new[] { "Japan's policy changed three times after 1991.", "Hashimoto's speech of July 1997 opened the way to Krasnoyarsk.", "The talks went on into 1998." },
            ParagraphTexts(document));
    }

    [Fact]
    public void Notes_labelled_with_plain_numbers_under_a_rule_are_notes_where_a_marker_shows_their_number()
    {
        var document = Parse("""
            # CHAPTER I

            ## INTRODUCTION

            Gorbachev spoke at Vladivostok in July 1986.<sup>1</sup> Shevardnadze visited Tokyo in January 1986.<sup>2</sup>

            ---

            1 Pravda, 29 July 1986.

            2 Izvestiya, 16 January 1986, p. 4.

            3 Japanese firms opened offices in Moscow that year.

            1 Japanese delegation came back in the autumn.

            ## CHAPTER II

            ### THE 1991 SUMMIT

            Gorbachev arrived in Tokyo on 16 April 1991.<sup>1</sup>

            ---

            1 Asahi Shimbun, 17 April 1991.
            """, Entry("A Study of Things"));

        Assert.Equal(new[] { (1, 0), (2, 0), (1, 1) }, document.Footnotes.Select(n => (n.Number, n.Scope)));
        Assert.All(document.Footnotes, n => Assert.Single(n.Markers));
        Assert.Equal("Pravda, 29 July 1986.", document.Footnotes[0].Text);
        Assert.Equal(
            new[] { "Gorbachev spoke at Vladivostok in July 1986. Shevardnadze visited Tokyo in January 1986.", "3 Japanese firms opened offices in Moscow that year.", "1 Japanese delegation came back in the autumn.", "Gorbachev arrived in Tokyo on 16 April 1991." },
            ParagraphTexts(document));
        Assert.Empty(document.Diagnostics);
    }

    [Fact]
    public void A_note_under_a_rule_wrapped_before_a_date_goes_on_there_and_the_date_is_no_note()
    {
        var document = Parse("""
            # CHAPTER I

            ## INTRODUCTION

            The press followed the talks.<sup>10</sup> Both premiers agreed on energy.<sup>11</sup>

            ---

            10 Hokkaido Shimbun, 23, 24 June 1998, and Sankei Shimbun,
            11 July 1998.

            11 Asahi Shimbun, 12 July 1998.

            ## CHAPTER II

            ### THE 2000 SUMMIT

            Putin arrived in Tokyo in September 2000.
            """, Entry("A Study of Things"));

        Assert.Equal(new[] { 10, 11 }, document.Footnotes.Select(n => n.Number));
        Assert.Equal("Hokkaido Shimbun, 23, 24 June 1998, and Sankei Shimbun, 11 July 1998.", document.Footnotes[0].Text);
        Assert.Empty(document.Diagnostics);
    }

    [Fact]
    public void The_rest_of_a_note_under_the_next_pages_rule_and_that_pages_note_right_under_it_are_two_notes()
    {
        var document = Parse("""
            # CHAPTER I

            ## INTRODUCTION

            The Soviet Union recognized South Korea in September 1990.<sup>1</sup> Trade grew quickly.

            ---

            <sup>1</sup> Izvestiya, 1 Oct. 1990, p. 1. The decision was taken in June 1990; see the account in

            Relations improved after the visit.<sup>2</sup>

            ---

            the interpreter's memoirs, which adds details not found in the official record.
            <sup>2</sup> Text in Diplomaticheskii Vestnik, no. 3 (2000), pp. 12–15.

            ## CONCLUSION

            Relations stayed cool.
            """, Entry("A Study of Things"));

        AssertCarriedNoteRestAndTheNoteUnderIt(document);
    }

    [Fact]
    public void Lists_of_tables_are_front_matter_parts_read_as_contents_and_a_converters_picture_is_its_description_or_nothing()
    {
        var document = Parse("""
            # **A STUDY OF THINGS**

            ## LIST OF ABBREVIATIONS

            RFE	Russian Far East

            ## LIST OF TABLES

            Table 3.1 Japan-RFE trade, 1992-2005	45
            Table 3.2 Japanese investment in Sakhalin	52

            # CHAPTER 1

            ## INTRODUCTION

            The Russian Far East lies closer to Tokyo than to Moscow.

            ![](_page_7_Picture_1.jpeg)

            ![Map of the Russian Far East](_page_8_Picture_0.jpeg)

            Wow![sic] the region turned to Japan.
            """, Entry("A Study of Things"));

        Assert.Equal(new[] { "1||LIST OF ABBREVIATIONS", "1||LIST OF TABLES", "1|1|INTRODUCTION" }, Outline(document));
        Assert.Contains(document.Spans, s => s.Kind == SpanKind.Contents && s.Line == 9);
        Assert.Contains(document.Spans, s => s.Kind == SpanKind.Furniture && s.Line == 18);
        Assert.Equal(
            new[] { "RFE\tRussian Far East", "Table 3.1 Japan-RFE trade, 1992-2005\t45\nTable 3.2 Japanese investment in Sakhalin\t52", "The Russian Far East lies closer to Tokyo than to Moscow.", "Map of the Russian Far East", "Wow![sic] the region turned to Japan." },
            ParagraphTexts(document));
        Assert.Equal(new[] { SpanKind.Table, SpanKind.Contents, SpanKind.Paragraph, SpanKind.Caption, SpanKind.Paragraph }, document.Paragraphs.Select(p => p.Kind));
    }

    [Theory]
    [InlineData("APPENDIX I")]
    [InlineData("Appendix A: The Tokyo Declaration")]
    [InlineData("ANNEXURE - 2")]
    public void A_numbered_appendix_is_a_part_of_its_own_not_a_part_of_the_bibliography(string appendix)
    {
        var document = Parse($"""
            # CHAPTER I

            ## BEGINNINGS

            Things began in 1991.

            ## BIBLIOGRAPHY

            ### Books

            Smith, J. (1990), Things.

            ## {appendix}

            ### Tokyo Declaration (extract)

            The Prime Minister of Japan and the President of the Russian Federation signed the declaration in October 1993.
            """, Entry("A Study of Things"));

        Assert.Equal(new[] { "1|I|BEGINNINGS", "1||BIBLIOGRAPHY", "2||Books", $"1||{appendix}", "2||Tokyo Declaration (extract)" }, Outline(document));
        Assert.Single(document.Mentions, m => m.Date == "1993-10");
    }

    [Fact]
    public void A_numbered_subheading_set_in_bold_sits_at_the_depth_its_number_gives_like_one_marked_with_hashes()
    {
        var document = Parse("""
            # A Study

            # Chapter I: Introduction

            #### 1.1. The Regional Setting

            The forum was founded in 1989.

            **1.2 Japan's Position**

            Tokyo supported the bid.

            **1.2.1 The Manila speech**

            Ikeda spoke in Manila.
            """, Entry("A Study"));

        Assert.Equal(
            new[] { "1|I|Introduction", "2|1.1|The Regional Setting", "2|1.2|Japan's Position", "3|1.2.1|The Manila speech" },
            Outline(document));
        Assert.Equal("JapansPosition", document.Sections[2].MemberName);
    }

    [Fact]
    public void A_chapter_label_takes_its_title_from_a_bold_line_under_it_and_numbered_subheadings_sit_under_the_chapter()
    {
        var document = Parse("""
            # A Study

            # CHAPTER 1

            **ORIGINS**

            The dispute dates from 1945.

            # CHAPTER 2

            **THE YELTSIN YEARS**

            ## 2.1 Tokyo, 1993

            Yeltsin came to Tokyo in 1993.

            **A bold line under a chapter with its title is a subheading**

            Talks went on.
            """, Entry("A Study"));

        Assert.Equal(
            new[] { "1|1|ORIGINS", "1|2|THE YELTSIN YEARS", "2|2.1|Tokyo, 1993", "3||A bold line under a chapter with its title is a subheading" },
            Outline(document));
        Assert.Contains(document.Spans, s => s.Kind == TypedCorpus.Parsing.Model.SpanKind.Heading && s.Line == 3 && document.RawText.Substring(s.Start, s.Length).Contains("**ORIGINS**"));
    }

    [Fact]
    public void A_hyphen_spaced_on_one_side_joins_the_words_of_a_title_and_the_raw_title_keeps_it()
    {
        var document = Parse("# A Study\n\n## Soviet -Japan Relations\n\nText.\n\n## Trade 1991 - 2004\n\nMore text.\n", Entry("A Study"));

        Assert.Equal(new[] { "Soviet-Japan Relations", "Trade 1991 - 2004" }, Titles(document));
        Assert.Equal("## Soviet -Japan Relations", document.Sections[0].RawTitle);
    }

    [Fact]
    public void Numbered_headings_take_their_depth_and_deeper_hashes_nest_under_a_consistent_subheading()
    {
        const string thesis = """
            # Chapter One: Origins

            ### 1.1 Early years

            Text.

            #### 1.1.1 The first year

            Text.

            ## Chapter Two

            ## Sources

            ### Archives

            Text.

            #### Moscow archives

            Text.

            ### Interviews

            Text.
            """;

        Assert.Equal(
            new[] { "1|One|Origins", "2|1.1|Early years", "3|1.1.1|The first year", "1|Two|Sources", "2||Archives", "3||Moscow archives", "2||Interviews" },
            Outline(Parse(thesis)));
    }

    [Fact]
    public void The_title_page_and_the_letterhead_are_metadata_not_sections()
    {
        var document = ParseThesis();

        Assert.DoesNotContain(document.Sections, s => s.Title.Contains("STUDY") || s.Title.Contains("UNIVERSITY"));
        Assert.Equal(SpanKind.Title, document.Spans.First(s => s.Kind != SpanKind.Blank).Kind);
        Assert.Contains(document.Spans, s => s.Kind == SpanKind.Metadata && document.RawText.Substring(s.Start, s.Length).Contains("STATE UNIVERSITY"));
    }

    [Fact]
    public void A_letterhead_that_repeats_the_title_page_is_metadata_when_the_catalog_does_not_name_it()
    {
        var letterhead = Thesis.Replace("# STATE UNIVERSITY", "# THINGS FOUNDATION");
        var repeated = letterhead.Replace("**MASTER OF ARTS**", "*Dissertation submitted to the Things Foundation*");

        Assert.DoesNotContain(Parse(repeated, Entry("A Study of Things")).Sections, s => s.Title.Contains("FOUNDATION"));
        Assert.Contains(Parse(letterhead, Entry("A Study of Things")).Sections, s => s.Title.Contains("FOUNDATION"));
    }

    [Theory]
    [InlineData("# STATE UNIVERSITY")]
    [InlineData("# CENTRE FOR EAST ASIAN STUDIES")]
    [InlineData("## School of International Studies")]
    public void A_heading_naming_the_institution_before_the_first_section_is_metadata(string institution)
    {
        var document = Parse(Thesis.Replace("# STATE UNIVERSITY", institution), Entry("A Study of Things"));

        Assert.Equal("Declaration", document.Sections[0].MemberName);
        Assert.Contains(document.Spans, s => s.Kind == SpanKind.Metadata && document.RawText.Substring(s.Start, s.Length).Contains(institution.TrimStart('#', ' '), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("## MASTER OF ARTS")]
    [InlineData("## Doctor of Philosophy")]
    public void The_degree_a_thesis_is_submitted_for_is_title_page_matter_even_as_a_heading(string degree)
    {
        var document = Parse(Thesis.Replace("**MASTER OF ARTS**", "Dissertation submitted for the degree of\n\n" + degree), Entry("A Study of Things"));

        Assert.DoesNotContain(document.Sections, s => s.Title.Contains("MASTER", StringComparison.OrdinalIgnoreCase) || s.Title.Contains("Doctor", StringComparison.Ordinal));
        Assert.Contains(document.Spans, s => s.Kind == SpanKind.Metadata && document.RawText.Substring(s.Start, s.Length).Contains(degree.TrimStart('#', ' '), StringComparison.Ordinal));
    }

    [Fact]
    public void Note_numbers_restart_per_chapter_and_markers_link_within_their_chapter()
    {
        var document = ParseThesis();

        Assert.Equal(new[] { 1, 2, 1 }, document.Footnotes.Select(n => n.Number));
        var chapterOne = document.Sections.ToList().FindIndex(s => s.Number == "I");
        var chapterTwo = document.Sections.ToList().FindIndex(s => s.Number == "II");
        Assert.Equal(new[] { chapterOne, chapterOne, chapterTwo }, document.Footnotes.Select(n => n.Scope));
        Assert.All(document.Footnotes, n => Assert.Single(n.Markers));
        Assert.Equal("Jones, More Things, 1991. with a second line.", document.Footnotes[1].Text);
    }

    [Fact]
    public void Markdown_footnotes_are_notes_of_their_chapter_like_superscript_tags()
    {
        var markdownNotes = System.Text.RegularExpressions.Regex.Replace(Thesis, @"^<sup>(\d)</sup>", "[^$1]:", System.Text.RegularExpressions.RegexOptions.Multiline)
            .Replace("<sup>1</sup>", "[^1]").Replace("<sup>2</sup>", "[^2]");
        Assert.DoesNotContain("<sup>", markdownNotes);
        var expected = ParseThesis();

        var document = Parse(markdownNotes, Entry("A Study of Things", container: "Department of Things, State University"));

        Assert.Equal(expected.Footnotes.Select(n => (n.Label, n.Number, n.Scope, n.Text)), document.Footnotes.Select(n => (n.Label, n.Number, n.Scope, n.Text)));
        Assert.Equal(3, document.Footnotes.Count);
        Assert.Equal(expected.Text, document.Text);
        Assert.All(document.Footnotes, n => Assert.Single(n.Markers));
        Assert.Equal(expected.Footnotes.Select(n => n.Markers[0].TextOffset), document.Footnotes.Select(n => n.Markers[0].TextOffset));
        Seeds.LosslessTests.AssertMarkersInPlace(document);
    }

    private const string NamedNotes = """
        # A Study

        ## CHAPTER I

        The declaration named the islands.[^tokyo] It framed the decade.[^1] Hopes rose in 1997.[^summit]

        The next paragraph is new.

        [^tokyo]: Ministry of Foreign Affairs, Bluebook 1994, p. 21.

            Its Russian text differs in one clause.

        [^1]: Hasegawa, 1998.

        [^summit]: Kommersant, 3 November 1997.

        Hopes fell in 1998.[^tokyo][^missing]
        """;

    [Fact]
    public void A_named_markdown_note_is_numbered_where_it_is_first_referred_to_and_found_by_its_name()
    {
        var result = CorpusParser.Parse("test.txt", NamedNotes, Entry("A Study"));
        var document = result.Document!;

        // A numbered note keeps its number; a named one takes the next free one.
        Assert.Equal(new[] { ("tokyo", 2), ("1", 1), ("summit", 3) }, document.Footnotes.Select(n => (n.Label, n.Number)));
        Assert.Equal(new[] { 2, 1, 1 }, document.Footnotes.Select(n => n.Markers.Count));
        Assert.Equal(
            new[] { "The declaration named the islands. It framed the decade. Hopes rose in 1997.", "The next paragraph is new.", "Hopes fell in 1998." },
            ParagraphTexts(document));
        Seeds.LosslessTests.AssertMarkersInPlace(document);
        var missing = Assert.Single(result.Diagnostics, d => d.Id == "TC0102");
        Assert.Contains("missing", missing.Message);
        Assert.Equal(17, missing.Line);
    }

    [Fact]
    public void A_named_note_takes_no_number_a_numbered_note_of_its_chapter_has()
    {
        var document = Parse("# A Study\n\n## CHAPTER I\n\nFirst.[^1] Then.[^x] Last.[^2]\n\n[^1]: One.\n\n[^x]: Named.\n\n[^2]: Two.\n", Entry("A Study"));

        Assert.Equal(new[] { ("1", 1), ("x", 3), ("2", 2) }, document.Footnotes.Select(n => (n.Label, n.Number)));
        Assert.All(document.Footnotes, n => Assert.Single(n.Markers));
    }

    [Fact]
    public void A_notes_paragraph_indented_under_it_is_the_notes_and_the_body_after_notes_is_not()
    {
        var document = Parse(NamedNotes, Entry("A Study"));

        Assert.Equal("Ministry of Foreign Affairs, Bluebook 1994, p. 21. Its Russian text differs in one clause.", document.Footnotes[0].Text);
        Assert.DoesNotContain(ParagraphTexts(document), p => p.Contains("Russian text"));

        // Notes set in by a margin, and the body after them by the same: only a paragraph set in further is a note's.
        var indented = Parse(string.Join("\n", NamedNotes.Split('\n').Select(line => line.StartsWith("[^") || line.StartsWith("    ") || line.StartsWith("Hopes fell") ? "    " + line : line)), Entry("A Study"));
        Assert.Equal(document.Footnotes.Select(n => n.Text), indented.Footnotes.Select(n => n.Text));
        Assert.Equal(ParagraphTexts(document), ParagraphTexts(indented));
    }

    [Fact]
    public void A_note_cut_at_a_page_foot_goes_on_under_the_next_pages_rule_before_that_pages_notes()
    {
        var document = Parse("""
            # A Study

            # CHAPTER - I

            ## INTRODUCTION

            Primakov became foreign minister in 1996.<sup>1</sup> The dispute blocked a treaty.<sup>2</sup>

            ---

            <sup>1</sup> Primakov, Memoirs (Moscow, 1999), p. 212.

            <sup>2</sup> On the dispute, see the review of the literature in

            ### Krasnoyarsk

            The summit of 1997 raised hopes.<sup>3</sup> They faded in 1998.<sup>4</sup>

            ---

            Kimura, Hiroshi, Distant Neighbors (Armonk, 2000), pp. 3-25.

            <sup>3</sup> Rossiiskaya Gazeta, 4 November 1997, in

            <sup>4</sup> Kommersant, 1998.

            Hopes fell further.

            ---

            the evening edition.

            Nothing is open now.

            ---

            A thematic break, then a paragraph of the body.
            """, Entry("A Study"));

        Assert.Equal(
            new[] { "Primakov, Memoirs (Moscow, 1999), p. 212.", "On the dispute, see the review of the literature in Kimura, Hiroshi, Distant Neighbors (Armonk, 2000), pp. 3-25.", "Rossiiskaya Gazeta, 4 November 1997, in", "Kommersant, 1998." },
            document.Footnotes.Select(n => n.Text));
        Assert.Equal(
            new[] { "Primakov became foreign minister in 1996. The dispute blocked a treaty.", "The summit of 1997 raised hopes. They faded in 1998.", "Hopes fell further.", "the evening edition.", "Nothing is open now.", "A thematic break, then a paragraph of the body." },
            ParagraphTexts(document));
    }

    [Fact]
    public void A_chapters_own_notes_under_a_notes_heading_are_numbered_lines_of_the_chapter()
    {
        var document = Parse("""
            # A Study

            # CHAPTER - I

            ## INTRODUCTION

            Policy changed after 1991.<sup>1</sup> The declaration named four islands.<sup>2</sup>

            ### Notes

            1. Hasegawa, Tsuyoshi, *The Northern Territories Dispute* (Berkeley, 1998), p. 412.

            2. Tokyo Declaration, 13 October 1993.

            # CHAPTER - II

            ## THE HASHIMOTO INITIATIVE

            Hashimoto set out three principles.<sup>1</sup>

            ### Notes

            1. Address to the Keizai Doyukai, 24 July 1997.

            # NOTES

            1. A list under the thesis's own Notes part, which no marker points to.
            """, Entry("A Study"));

        Assert.Equal(new[] { "1|I|INTRODUCTION", "2||Notes", "1|II|THE HASHIMOTO INITIATIVE", "2||Notes", "1||NOTES" }, Outline(document));
        Assert.Equal(
            new[] { ("Hasegawa, Tsuyoshi, The Northern Territories Dispute (Berkeley, 1998), p. 412.", 7), ("Tokyo Declaration, 13 October 1993.", 7), ("Address to the Keizai Doyukai, 24 July 1997.", 19) },
            document.Footnotes.Take(3).Select(n => (n.Text, n.Markers.Single().Line)));
        Assert.Equal(new[] { "Policy changed after 1991. The declaration named four islands.", "Hashimoto set out three principles." }, ParagraphTexts(document));
    }

    [Fact]
    public void A_sentence_cut_by_a_note_block_is_joined_and_markup_is_removed()
    {
        var document = ParseThesis();
        var paragraphs = ParagraphTexts(document);

        Assert.Contains("The first thing came before the second thing.", paragraphs);
        Assert.Contains("Things began. They went on and on.", paragraphs);
        Assert.DoesNotContain(paragraphs, p => p.Contains("<sup>") || p.Contains("**"));
    }

    [Fact]
    public void A_paragraph_broken_after_an_abbreviations_stop_goes_on_in_lower_case()
    {
        var document = Parse("# A Study\n\n## Chapter\n\nRussia strengthened its cooperation with the U.S.\n\nholding frequent consultations with NATO.\n\nIt also spoke to the U.S.\n\nThe next paragraph is new.\n", Entry("A Study"));

        Assert.Equal(
            new[] { "Russia strengthened its cooperation with the U.S. holding frequent consultations with NATO.", "It also spoke to the U.S.", "The next paragraph is new." },
            ParagraphTexts(document));
    }

    [Fact]
    public void In_a_bibliography_each_block_is_an_entry_even_without_a_stop_and_a_link_goes_with_the_entry_before()
    {
        var document = Parse("# A Study\n\n## Chapter\n\nText.\n\n## BIBLIOGRAPHY\n\n### Books\n\nDuncan et al (2002), World Politics, New York: McGeehon Publications\n\nEdmonds, R.L (1983), Siberian Resources, Chicago: University Press.\n\nHiraishi, N. (2003), \"Images\", Social Science Japan 6(2): 241-254\n\n<http://www.example.org/a>\n\nInada Juichi (1988), \"Aid\", Japan Review.\n", Entry("A Study"));

        Assert.Equal(
            new[]
            {
                "Text.",
                "Duncan et al (2002), World Politics, New York: McGeehon Publications",
                "Edmonds, R.L (1983), Siberian Resources, Chicago: University Press.",
                "Hiraishi, N. (2003), \"Images\", Social Science Japan 6(2): 241-254 <http://www.example.org/a>",
                "Inada Juichi (1988), \"Aid\", Japan Review.",
            },
            ParagraphTexts(document));
    }

    [Fact]
    public void A_letter_numbers_a_heading_and_an_unnumbered_heading_with_more_marks_than_a_numbered_one_sits_under_it()
    {
        var document = Parse("# A Study\n\n## CHAPTER 1: INTRODUCTION\n\nText.\n\n### A. The Setting\n\nText.\n\n## Chapter 2\n\n## POLITICS\n\n### 2.1 The Summits\n\nText.\n\n#### (a) Krasnoyarsk\n\nText.\n\n#### (b) Kawana\n\nText.\n", Entry("A Study"));

        Assert.Equal(new[] { "1|1|INTRODUCTION", "2|A|The Setting", "1|2|POLITICS", "2|2.1|The Summits", "3|a|Krasnoyarsk", "3|b|Kawana" }, Outline(document));
    }

    [Fact]
    public void A_numbered_list_in_the_body_is_its_items_and_a_block_quote_reads_without_its_marks()
    {
        var document = Parse("""
            # A Study

            ## INTRODUCTION

            The research questions are the following:

            1. Why did investment stay small?
            2. What role did the regions play?

            > The Far East is Russia's window to Asia,
            > but the window has long been shut.

            This quotation sums it up.
            """, Entry("A Study"));

        Assert.Equal(
            new[]
            {
                "The research questions are the following:",
                "Why did investment stay small?",
                "What role did the regions play?",
                "The Far East is Russia's window to Asia, but the window has long been shut.",
                "This quotation sums it up.",
            },
            ParagraphTexts(document));
        Assert.Equal(
            new[] { SpanKind.Paragraph, SpanKind.ListItem, SpanKind.ListItem, SpanKind.Paragraph, SpanKind.Paragraph },
            document.Paragraphs.Select(p => p.Kind));
        // The raw text keeps the numbers and the marks.
        Assert.StartsWith("2. What role", document.RawText.Substring(document.Paragraphs[2].RawStart, document.Paragraphs[2].RawLength), StringComparison.Ordinal);
        Assert.StartsWith("> The Far East", document.RawText.Substring(document.Paragraphs[3].RawStart, document.Paragraphs[3].RawLength), StringComparison.Ordinal);
    }

    [Fact]
    public void A_notes_piece_set_between_it_and_the_next_note_is_the_notes_rest()
    {
        var document = Parse("""
            # A Study

            ## INTRODUCTION

            The first oil came in 1999.<sup>1</sup> Gas followed in 2009.<sup>2</sup>

            ---

            <sup>1</sup> Bradshaw, M. (2001), "Sakhalin-2", pp.

            140-145.

            <sup>2</sup> Interfax, July 5, 1999.

            The body goes on after the notes.
            """, Entry("A Study"));

        Assert.Equal(new[] { "Bradshaw, M. (2001), \"Sakhalin-2\", pp. 140-145.", "Interfax, July 5, 1999." }, document.Footnotes.Select(n => n.Text));
        Assert.Equal(
            new[] { "The first oil came in 1999. Gas followed in 2009.", "The body goes on after the notes." },
            ParagraphTexts(document));
    }

    [Fact]
    public void Lines_that_open_with_dashes_one_after_another_are_list_items()
    {
        var document = Parse("""
            # A Study

            ## CHAPTER I

            The treaty left three questions open:
            — the islands;
            — the fisheries;
            — the compensation of the islanders.

            Each is taken up below.
            """, Entry("A Study"));

        Assert.Equal(
            new[] { SpanKind.Paragraph, SpanKind.ListItem, SpanKind.ListItem, SpanKind.ListItem, SpanKind.Paragraph },
            document.Paragraphs.Select(p => p.Kind));
        Assert.Equal("the fisheries;", ParagraphTexts(document)[2]);
    }

    [Fact]
    public void A_note_marker_on_a_heading_points_to_the_headings_end_and_stays_out_of_its_title()
    {
        var document = Parse("""
            # A Study

            ## CHAPTER I

            ### The legacy of the war<sup>1</sup>

            The war left a dispute.<sup>2</sup>

            ---

            <sup>1</sup> Historians in Japan call it the Pacific War.

            <sup>2</sup> Stephan (1974: 12).
            """, Entry("A Study"));

        var heading = document.Sections.Single(s => s.Title == "The legacy of the war");
        Assert.Equal("TheLegacyOfTheWar", heading.MemberName);
        Assert.All(document.Footnotes, n => Assert.Single(n.Markers));
        var marker = document.Footnotes[0].Markers[0];
        Assert.Equal(heading.TextStart - 2, marker.TextOffset);
        Assert.StartsWith("<sup>1</sup>", document.RawText.Substring(marker.RawOffset), StringComparison.Ordinal);
        Assert.DoesNotContain(document.Diagnostics, d => d.Id == "TC0103");
    }

    [Fact]
    public void A_line_break_tag_inside_a_paragraph_stands_between_its_words()
    {
        var document = Parse("""
            # A Study

            ## CHAPTER I

            Relations were shaped by geography.<br>The two countries are neighbours.<br/>
            Each saw the other as a rival.
            """, Entry("A Study"));

        Assert.Equal("Relations were shaped by geography. The two countries are neighbours. Each saw the other as a rival.", ParagraphTexts(document).Single());
    }
}

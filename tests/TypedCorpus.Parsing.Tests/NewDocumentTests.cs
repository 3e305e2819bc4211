using System;
using System.IO;
using System.Linq;
using TypedCorpus.Parsing.Model;
using static TypedCorpus.Parsing.Tests.ParseHelper;

namespace TypedCorpus.Parsing.Tests;

/// <summary>
/// Documents the parser was not tuned on (<c>NewDocuments/</c>), one per layout, against what a reader expects of
/// them: their sections, notes, paragraphs and dated events.
/// </summary>
public sealed class NewDocumentTests
{
    private static readonly Lazy<CorpusFolder> Folder = new(() => CorpusFolder.Load(Path.Combine(AppContext.BaseDirectory, "NewDocuments")));

    private static ParsedDocument Document(string id) => Folder.Value.Documents.Single(d => d.Entry.Id == id);

    private static string[] Dates(ParsedDocument document) => document.Mentions.Select(m => m.Date).ToArray();

    [Fact]
    public void Every_new_documents_note_markers_point_into_the_text_right_after_what_they_follow()
    {
        Assert.All(Folder.Value.Documents, Seeds.LosslessTests.AssertMarkersInPlace);
    }

    [Fact]
    public void Every_new_document_parses_with_no_error_in_its_own_layout()
    {
        Assert.DoesNotContain(Folder.Value.Diagnostics, d => d.Severity == Diagnostics.CorpusSeverity.Error);
        Assert.Equal(
            new[]
            {
                ("Iwashita2006", "printed-chapter"), ("Petrova2001", "quarterly-review"), ("Brown2016", "web-article"), ("Tanaka2003", "markdown"), ("Iwashita2006Ocr", "ocr-page"),
                ("Hara2005", "printed-chapter"), ("Kimura2000", "quarterly-review"), ("Trenin2019", "web-article"), ("Verma2006", "markdown"), ("Sato1999", "ocr-page"),
                ("Ivanova2004", "quarterly-review"), ("Sokolova2005", "web-article"), ("Tabata1999", "printed-chapter"), ("Rao2006", "markdown"),
                ("Zagorsky2001", "printed-chapter"), ("Markov2002", "quarterly-review"), ("Volkov2005", "web-article"),
                ("Kimura2003", "printed-chapter"), ("Sharma2002", "markdown"), ("Ono2000", "ocr-page"), ("Rozman2000", "printed-chapter"), ("Orlova2006", "web-article"),
                ("Petrov2005", "web-article"), ("Volkova2003", "quarterly-review"), ("Nair2006", "markdown"),
                ("Markova2003", "printed-chapter"), ("Ferguson2002", "quarterly-review"), ("Lukin2004", "web-article"), ("Verma2003", "markdown"), ("Nakamura1999", "ocr-page"),
                ("Ikeda2001", "ocr-page"), ("Ferguson2002b", "quarterly-review"), ("Zhebin2004", "printed-chapter"), ("Iwashima2001", "ocr-page"),
                ("Chufrin2001", "printed-chapter"), ("Kireeva2004", "quarterly-review"), ("Iyer2005", "markdown"), ("Lukin2003", "web-article"),
                ("Mehta2008", "markdown"), ("Ivanov2000", "printed-chapter"), ("Sidorov2004", "web-article"),
                ("Volkov1999", "printed-chapter"), ("Sokolova2004", "quarterly-review"), ("Sharma2003", "markdown"), ("Tanaka2004", "web-article"),
                ("Zhebin2002", "printed-chapter"), ("Hartley2003", "web-article"), ("Menon2006", "markdown"), ("Kim1999", "ocr-page"),
                ("Chufrin2002", "printed-chapter"), ("Sokolova2006", "web-article"), ("Ferguson2003", "quarterly-review"), ("Desai2001", "markdown"),
                ("Volkova2004", "web-article"), ("Zagorsky2001Ocr", "printed-chapter"),
                ("Volkov1999Ocr", "ocr-page"), ("Rozman2000Ocr", "ocr-page"), ("Markova2003Ocr", "ocr-page"),
            },
            Folder.Value.Documents.Select(d => (d.Entry.Id, d.Layout)).ToArray());
    }

    [Theory]
    [InlineData("  ", "")]
    [InlineData("", "  ")]
    [InlineData("", "\t")]
    public void Every_new_document_reads_the_same_with_its_lines_indented_or_white_space_left_at_their_ends(string indent, string trailing)
    {
        Assert.All(Folder.Value.Documents, document =>
        {
            var lines = document.RawText.Split('\n').Select(line => line.Length == 0 ? line : indent + line + trailing);
            var (before, after) = (Structure(document, document.RawText), Structure(document, string.Join("\n", lines)));

            Assert.Equal(before.Document!.Layout, after.Document!.Layout);
            Assert.Equal(before.Diagnostics.Select(d => d.Id), after.Diagnostics.Select(d => d.Id));
            Assert.Equal(before.Document.Sections.Select(s => (s.Title, s.Level, s.Line)), after.Document.Sections.Select(s => (s.Title, s.Level, s.Line)));
            Assert.Equal(before.Document.Paragraphs.Select(p => (p.Kind, p.Line)), after.Document.Paragraphs.Select(p => (p.Kind, p.Line)));
            Assert.Equal(before.Document.Footnotes.Select(n => (n.Label, n.Line)), after.Document.Footnotes.Select(n => (n.Label, n.Line)));
        });

        static ParseResult Structure(ParsedDocument document, string text) => CorpusParser.ParseStructure(document.FilePath, text, document.Entry, CorpusParser.Layouts);
    }

    [Fact]
    public void Each_heading_stands_in_the_text_as_its_section_title()
    {
        Assert.All(Folder.Value.Documents, ParseHelper.AssertHeadingsAreTitles);
    }

    [Fact]
    public void A_printed_chapter_keeps_its_roman_sections_its_notes_and_a_sentence_across_a_note_block()
    {
        var document = Document("Iwashita2006");

        Assert.Equal(new[] { "1|I|Background", "1|II|The pipeline question", "2||The Chinese option", "2||The Japanese option", "1|III|Conclusions" }, Outline(document));
        Assert.Equal(new[] { 1, 2, 3, 4 }, document.Footnotes.Select(n => n.Number).ToArray());
        Assert.All(document.Footnotes, n => Assert.Single(n.Markers));
        Assert.Contains(ParagraphTexts(document), p => p.Contains("investors complained that the regional administration changed the rules", StringComparison.Ordinal));
        Assert.Contains(document.Paragraphs, p => p.Kind == SpanKind.Caption && document.Text.Substring(p.TextStart, p.TextLength).StartsWith("Figure 7.1.", StringComparison.Ordinal));
        Assert.Equal(new[] { "1994-06", "1999-07", "2003", "2003-01" }, Dates(document));
    }

    [Fact]
    public void A_quarterly_review_dates_its_chronology_and_its_months_by_the_paragraph_year()
    {
        var document = Document("Petrova2001");

        Assert.Equal(new[] { "After Irkutsk", "Business Ties", "Chronology of Japan-Russia Relations April-June 2001" }, Titles(document));
        Assert.Equal(
            new[] { "2001-04-02", "2001-04-26", "2001-05-08", "2001-05-15", "2001-06-03/2001-06-05", "2001-06-30" },
            document.Mentions.Where(m => m.Kind == MentionKind.ChronologyEntry).Select(m => m.Date).ToArray());
        Assert.Equal(new[] { "2001-03", "2001-04", "2001-05" }, document.Mentions.Where(m => m.Kind == MentionKind.Sentence).Select(m => m.Date).ToArray());
        Assert.Equal("Junichiro Koizumi becomes prime minister of Japan.", document.TextOf(document.Mentions.Single(m => m.Date == "2001-04-26")));
    }

    [Fact]
    public void A_web_article_drops_its_repeats_and_links_its_numbered_notes()
    {
        var document = Document("Brown2016");

        Assert.Equal(new[] { "A Personal Diplomacy", "Limits of the Approach" }, Titles(document));
        var paragraphs = ParagraphTexts(document);
        Assert.Single(paragraphs, p => p.StartsWith("Shinzo Abe has staked more", StringComparison.Ordinal));
        Assert.DoesNotContain(paragraphs, p => p.StartsWith("Tokyo's Russia Gamble", StringComparison.Ordinal) || p.Contains("associate professor", StringComparison.Ordinal));
        Assert.Equal(new[] { "Kommersant, December 17, 2016." }, document.Footnotes.Where(n => n.Number == 2).Select(n => n.Text).ToArray());
        Assert.All(document.Footnotes, n => Assert.Single(n.Markers));
        Assert.Equal(new[] { "2012-12", "2016-05", "2016-12", "2014-03" }, Dates(document));
    }

    [Fact]
    public void A_markdown_dissertation_numbers_its_chapters_and_restarts_its_notes_per_chapter()
    {
        var document = Document("Tanaka2003");
        var chapters = document.Sections.Where(s => s.Number != null && s.Level == 1).Select(s => $"{s.Number}|{s.Title}").ToArray();

        Assert.Equal(new[] { "I|INTRODUCTION", "II|THE ISLANDS QUESTION" }, chapters);
        Assert.Equal(new[] { "The Legacy of 1956", "Yeltsin's Letter", "The Krasnoyarsk Process" }, document.Sections.Where(s => s.Level == 2 && s.Parent >= 0 && document.Sections[s.Parent].Number != null).Select(s => s.Title).ToArray());
        Assert.Equal(new[] { "1|I", "2|I", "1|II", "2|II" }, document.Footnotes.Select(n => $"{n.Number}|{document.Sections[n.Scope].Number}").ToArray());
        Assert.All(document.Footnotes, n => Assert.Single(n.Markers));
        Assert.Equal(new[] { "1956-10", "1993-10", "1997-11" }, Dates(document));
    }

    [Fact]
    public void An_ocr_chapter_reads_its_broken_headings_and_endnote_numbers_and_corrects_its_words()
    {
        var document = Document("Iwashita2006Ocr");

        Assert.Equal(new[] { "THE PIPELINE QUESTION", "CONCLUSIONS", "ENDNOTES" }, Titles(document));
        Assert.Equal(new[] { ("r.", 1), ("z.", 2) }, document.Footnotes.Select(n => (n.Label, n.Number)).ToArray());
        Assert.EndsWith("Tokyo, 12 May 1998.", document.Footnotes[0].Text, StringComparison.Ordinal);
        foreach (var corrected in new[] { "first proposed in the", "The Soviet collapse had left the Far Eastern economy", "In June 1994", "slow for the rest of the decade, and investors complained that", "This chapter asks what energy cooperation", "consumer", "financing for a line", "In January 2003", "it has given both" })
        {
            Assert.Contains(corrected, document.Text, StringComparison.Ordinal);
        }

        // The OCR'd words stay in the raw text, each correction pointing back to them.
        Assert.Contains(document.Corrections, c => c.Original == "proposecl" && document.RawText.Substring(c.RawStart, c.RawLength) == "proposecl");
        Assert.Equal(new[] { "1994-06", "1999-07", "2003", "2003-01" }, Dates(document));
    }

    [Fact]
    public void A_printed_chapter_numbers_notes_past_nine_and_joins_a_word_hyphenated_across_a_note_block()
    {
        var document = Document("Hara2005");

        Assert.Equal(
            new[] { "1|I|The origins of the dispute", "1|II|D\u00e9tente and its limits", "2||Trade", "2||Fisheries", "1|III|Gorbachev and the new thinking", "1|IV|Yeltsin and after", "1|V|Conclusions" },
            Outline(document));
        Assert.Equal(Enumerable.Range(1, 10), document.Footnotes.Select(n => n.Number));
        Assert.All(document.Footnotes, n => Assert.Single(n.Markers));
        var paragraphs = ParagraphTexts(document);
        Assert.Contains(paragraphs, p => p.StartsWith("Fishing rights were negotiated every year, and the talks", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.Contains("would be unacceptable to Washington.", StringComparison.Ordinal));
        Assert.Contains(document.Paragraphs, p => p.Kind == SpanKind.Caption && document.Text.Substring(p.TextStart, p.TextLength).StartsWith("Table 14.1.", StringComparison.Ordinal));
        Assert.Equal("On the reasons, see section III above.", document.Footnotes[9].Text);
    }

    [Fact]
    public void A_quarterly_review_reads_a_chronology_entry_whose_days_cross_a_months_end()
    {
        var document = Document("Kimura2000");

        Assert.Equal(
            new[] { "2000-07-01", "2000-07-21/2000-07-23", "2000-08-05", "2000-08-31/2000-09-01", "2000-09-03/2000-09-05", "2000-09-30" },
            document.Mentions.Where(m => m.Kind == MentionKind.ChronologyEntry).Select(m => m.Date).ToArray());
        Assert.Equal("Japanese fishing boats are detained by Russian border guards near the Kurils.", document.TextOf(document.Mentions.Single(m => m.Date == "2000-08-05")));
        Assert.Equal("2000-09-03", document.Mentions.Single(m => m.Kind == MentionKind.Sentence && m.Date.StartsWith("2000-09-0", StringComparison.Ordinal)).Date);
    }

    [Fact]
    public void A_web_article_with_three_notes_keeps_its_body_and_drops_its_bio()
    {
        var document = Document("Trenin2019");

        Assert.Equal(new[] { 1, 2, 3 }, document.Footnotes.Select(n => n.Number).ToArray());
        Assert.All(document.Footnotes, n => Assert.Single(n.Markers));
        var paragraphs = ParagraphTexts(document);
        Assert.Equal(4, paragraphs.Length);
        Assert.Single(paragraphs, p => p.StartsWith("Moscow wants Japanese investment", StringComparison.Ordinal));
        Assert.DoesNotContain(paragraphs, p => p.Contains("Carnegie Moscow Center", StringComparison.Ordinal));
        Assert.Equal(new[] { "2016-12", "2018-11", "2019-01" }, Dates(document).Take(3));
    }

    [Fact]
    public void A_markdown_dissertation_takes_its_chapter_titles_at_any_heading_level()
    {
        var document = Document("Verma2006");
        var chapters = document.Sections.Where(s => s.Number != null && s.Level == 1).Select(s => $"{s.Number}|{s.Title}").ToArray();

        Assert.Equal(new[] { "1|INTRODUCTION", "2|TRADE AND INVESTMENT", "3|CONCLUSION" }, chapters);
        Assert.Equal(new[] { "1|1", "2|1", "1|2", "2|2" }, document.Footnotes.Select(n => $"{n.Number}|{document.Sections[n.Scope].Number}").ToArray());
        Assert.Equal("Nihon Keizai Shimbun, 1 July 1996", document.Footnotes[3].Text);
    }

    [Fact]
    public void An_ocr_chapter_reads_an_h_broken_by_a_hyphen_and_numbers_spelled_in_letters()
    {
        var document = Document("Sato1999");

        Assert.Equal(new[] { "THE SAKHALIN PROJECTS", "LOOKING AHEAD", "ENDNOTES" }, Titles(document));
        Assert.EndsWith("Tokyo, 20 March 1998.", document.Footnotes[1].Text, StringComparison.Ordinal);
        Assert.EndsWith("15 July 1996.", document.Footnotes[0].Text, StringComparison.Ordinal);
        foreach (var corrected in new[] { "This chapter examines the economic relationship between Japan and the Russian Far East", "the first oil flowed in July 1999.", "Relations will depend on how both governments manage" })
        {
            Assert.Contains(corrected, document.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_quarterly_review_dates_entries_that_leave_out_the_year_name_a_season_or_cross_the_years_end()
    {
        var document = Document("Ivanova2004");

        var entries = document.Mentions.Where(m => m.Kind == MentionKind.ChronologyEntry).ToList();
        Assert.Equal(new[] { "2003", "2003-10-08", "2003-11", "2003-12-02", "2003-12-29/2004-01-02", "2004-01-15" }, entries.Select(e => e.Date).ToArray());
        Assert.Equal("A Japanese trade mission arrives in Vladivostok for a three-day visit.", document.TextOf(entries[3]));
    }

    [Fact]
    public void A_web_article_keeps_a_standfirst_printed_twice_once_and_drops_a_bio_that_opens_with_a_title()
    {
        var document = Document("Sokolova2005");

        var paragraphs = ParagraphTexts(document);
        Assert.Single(paragraphs, p => p.StartsWith("Putin offered two islands.", StringComparison.Ordinal));
        Assert.DoesNotContain(paragraphs, p => p.Contains("senior fellow", StringComparison.Ordinal));
        Assert.Equal(new[] { "A Missed Chance", "What Comes Next" }, Titles(document));
    }

    [Fact]
    public void A_short_printed_chapter_keeps_its_table_row_by_row_with_its_cells_apart_from_the_paragraphs_around_it()
    {
        var document = Document("Tabata1999");

        var table = Assert.Single(document.Paragraphs, p => p.Kind == SpanKind.Table);
        Assert.Equal("Year\tExports\tImports\n1992\t1 077\t1 780\n1993\t1 501\t2 269\n1994\t1 170\t2 666", document.Text.Substring(table.TextStart, table.TextLength));
        Assert.Contains("Source: Ministry of Finance, Tokyo.", ParagraphTexts(document));
        Assert.Single(Assert.Single(document.Footnotes).Markers);
    }

    [Fact]
    public void A_markdown_dissertation_joins_a_sentence_broken_after_an_abbreviation_and_keeps_each_reference_apart()
    {
        var document = Document("Rao2006");

        var paragraphs = ParagraphTexts(document);
        Assert.Contains(paragraphs, p => p.EndsWith("closer to the U.S. helping Washington in Central Asia while it courted Tokyo for investment in Siberia.", StringComparison.Ordinal));
        int SectionIndex(string title) => document.Sections.ToList().FindIndex(s => s.Title == title);
        Assert.Equal(2, document.Paragraphs.Count(p => p.Section == SectionIndex("Books")));
        Assert.Equal(2, document.Paragraphs.Count(p => p.Section == SectionIndex("Articles")));
        Assert.Contains(paragraphs, p => p.EndsWith("44 (4): 1-20 <http://www.example.org/hill2002>", StringComparison.Ordinal));
    }

    [Fact]
    public void A_printed_chapter_takes_a_subheading_set_directly_above_its_paragraph_and_the_last_pages_notes()
    {
        var document = Document("Zagorsky2001");

        Assert.Equal(
            new[] { "1|I|Introduction", "1|II|The Sakhalin projects", "1|III|The islands after 1998", "2||Joint economic activity", "2||Visa-free exchanges", "1|IV|Security dialogue", "1|V|Conclusions" },
            Outline(document));
        Assert.Contains(ParagraphTexts(document), p => p.StartsWith("Tokyo had resisted joint activity", StringComparison.Ordinal));
        Assert.Equal(Enumerable.Range(1, 11), document.Footnotes.Select(n => n.Number));
        Assert.All(document.Footnotes, n => Assert.Single(n.Markers));
        Assert.Contains(ParagraphTexts(document), p => p.Contains("proof that Russian partners would honour a long contract. Doubts remained.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_quarterly_review_reads_full_month_names_day_spans_and_an_entry_wrapped_onto_a_second_line()
    {
        var document = Document("Markov2002");

        Assert.Equal(
            new[] { "2001-07-02", "2001-07-20/2001-07-22", "2001-08-31", "2001-09-03", "2001-09-11/2001-09-12", "2001-10-21", "2001-11-30/2001-12-02", "2001-12-27" },
            document.Mentions.Where(m => m.Kind == MentionKind.ChronologyEntry).Select(m => m.Date).ToArray());
        Assert.Equal(
            "Foreign Minister Makiko Tanaka meets Russian Ambassador Alexander Panov and asks about the saury fishing licenses.",
            document.TextOf(document.Mentions.First(m => m.Kind == MentionKind.ChronologyEntry)));

        // Its catalog entry gives no period: the chronology's heading ("July-December 2001") dates the months its text names alone.
        Assert.Equal(new[] { "2001-03", "2001-03-25", "2001-04", "2001-09-11", "2001-08" }, document.Mentions.Where(m => m.Kind == MentionKind.Sentence).Select(m => m.Date).ToArray());
    }

    [Fact]
    public void A_web_article_keeps_a_title_case_question_as_a_heading_and_its_notes_after_the_bio()
    {
        var document = Document("Volkov2005");

        Assert.Equal(new[] { "Is Moscow Listening?", "What Tokyo Can Do" }, Titles(document));
        Assert.Equal(new[] { 1, 2, 3 }, document.Footnotes.Select(n => n.Number).ToArray());
        Assert.All(document.Footnotes, n => Assert.Single(n.Markers));
        Assert.DoesNotContain(ParagraphTexts(document), p => p.Contains("senior research fellow", StringComparison.Ordinal));
        Assert.Single(ParagraphTexts(document), p => p.StartsWith("Japan needs gas", StringComparison.Ordinal));
    }

    [Fact]
    public void A_printed_chapter_links_two_markers_set_one_after_another_and_a_sentence_across_two_notes()
    {
        var document = Document("Kimura2003");

        Assert.Equal(new[] { "1|I|Introduction", "1|II|Two outsiders", "1|III|A convergence of interests?", "2||The railway project", "2||The energy project", "1|IV|Conclusions" }, Outline(document));
        Assert.Equal(Enumerable.Range(1, 7), document.Footnotes.Select(n => n.Number));
        Assert.All(document.Footnotes, n => Assert.Single(n.Markers));
        Assert.Contains(ParagraphTexts(document), p => p.EndsWith("warned that missile defence would start a new arms race in North-East Asia. The difference was one of position, not of principle: Russia was not threatened by the missiles, and Japan was.", StringComparison.Ordinal));
        Assert.Contains("2001", Dates(document));
    }

    [Fact]
    public void A_markdown_dissertation_leaves_its_centres_letterhead_out_and_reads_a_span_between_two_days()
    {
        var document = Document("Sharma2002");

        Assert.Equal(
            new[] { "Declaration", "Acknowledgements", "Contents", "Preface", "TheDisputeAndItsOrigins", "The1956Declaration", "TheYeltsinYears", "FromTokyoToKrasnoyarsk", "KawanaAndAfter", "PutinAndMori", "Bibliography", "PrimarySources", "Books", "Newspapers" },
            document.Sections.Select(s => s.MemberName));
        Assert.Equal(new[] { "1", "2", "3" }, document.Sections.Where(s => s.Number != null).Select(s => s.Number));
        Assert.Equal(new[] { 1, 2, 1, 2, 1 }, document.Footnotes.Select(n => n.Number));
        Assert.Contains(ParagraphTexts(document), p => p.EndsWith("both sides came back to it whenever talks seemed to move forward.", StringComparison.Ordinal));
        Assert.Equal(new[] { "1945-08-28/1945-09-05", "1951", "1956-10", "1960", "1993-10", "1997-11", "1998-04", "2000-09", "2001-03-25" }, Dates(document));
    }

    [Fact]
    public void An_ocr_chapter_reads_a_year_spelled_in_letters_after_by_and_its_dot_bullets()
    {
        var document = Document("Ono2000");

        Assert.Equal(new[] { "THE ECONOMIC TIES", "PEOPLE AND IDEAS", "ENDNOTES" }, Titles(document));
        Assert.Contains("by 2000 more than ten thousand people had taken part", document.Text, StringComparison.Ordinal);
        Assert.Equal(3, document.Paragraphs.Count(p => p.Kind == SpanKind.ListItem));
        Assert.Equal(new[] { "See the Russian Far East Update, March 1999.", "Hokkaido Shimbun, 30 September 2000." }, document.Footnotes.Select(n => n.Text));
    }

    [Fact]
    public void A_printed_chapter_takes_lettered_subheadings_whose_titles_are_years_and_joins_a_sentence_across_a_running_head()
    {
        var document = Document("Rozman2000");

        Assert.Equal(new[] { "1|I|The setting", "1|II|Three phases", "2|a|1992–1996", "2|b|1996–1998", "2|c|After 1998", "1|III|Conclusion" }, Outline(document));
        Assert.Contains(ParagraphTexts(document), p => p.Contains("an episode that Japanese diplomats still remember as ‘the humiliation of September’. The visit finally took place in October 1993.", StringComparison.Ordinal));
        Assert.DoesNotContain("RUSSIA AND ASIA", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_web_article_takes_a_date_line_that_opens_with_published_as_metadata()
    {
        var document = Document("Orlova2006");

        Assert.Empty(document.Sections);
        Assert.DoesNotContain("Published", document.Text, StringComparison.Ordinal);
        Assert.StartsWith("Russia has discovered Asia again.", ParagraphTexts(document)[0], StringComparison.Ordinal);
        Assert.Equal(new[] { "2003-01", "2004-12-31" }, Dates(document));
    }

    [Fact]
    public void A_web_article_drops_a_bio_that_opens_with_about_the_author()
    {
        var document = Document("Petrov2005");

        Assert.DoesNotContain("About the author", document.Text, StringComparison.Ordinal);
        Assert.Equal(3, ParagraphTexts(document).Length);
        Assert.All(document.Footnotes, n => Assert.Single(n.Markers));
    }

    [Fact]
    public void A_quarterly_review_takes_an_affiliation_set_apart_under_its_byline_as_metadata_and_bold_dates_without_bullets_as_entries()
    {
        var document = Document("Volkova2003");

        Assert.Equal(new[] { "The Pipeline Contest", "Chronology of Japan-Russia Relations July-September 2003" }, Titles(document));
        Assert.StartsWith("The third quarter of 2003", ParagraphTexts(document)[0], StringComparison.Ordinal);
        Assert.Equal(new[] { "2003-07-02", "2003-08-20/2003-08-21", "2003-09-05" }, document.Mentions.Where(m => m.Kind == MentionKind.ChronologyEntry).Select(m => m.Date));
    }

    [Fact]
    public void A_markdown_dissertation_nests_subheadings_by_its_chapter_labels_whatever_their_marks_and_closes_a_space_before_a_marker()
    {
        var document = Document("Nair2006");

        Assert.Equal(
            new[] { "1||ABSTRACT", "1||CONTENTS", "1|1|Introduction", "1|2|Sakhalin", "2||The Sakhalin-1 project", "2||The Sakhalin-2 project", "1|3|Siberian Oil", "1|4|Conclusion", "1||REFERENCES" },
            Outline(document));
        Assert.Contains("economic relations since the 1970s.", document.Text, StringComparison.Ordinal);
        Assert.Equal(new[] { 1, 1, 2, 1 }, document.Footnotes.Select(n => n.Number));
        Assert.All(document.Footnotes, n => Assert.Single(n.Markers));
    }

    [Fact]
    public void A_printed_chapter_takes_a_chapter_label_over_its_title_as_top_matter_and_joins_a_word_hyphenated_across_a_note_block()
    {
        var document = Document("Markova2003");

        Assert.Equal(
            new[] { "1|1|Introduction", "1|2|The pattern of trade", "1|3|Fisheries", "2||Negotiating the quotas", "1|4|Energy", "1|5|Conclusions" },
            Outline(document));
        Assert.DoesNotContain("Chapter 6", document.Text, StringComparison.Ordinal);
        Assert.Contains("the decision to build a liquefied natural gas plant at Prigorodnoye was taken in May 2003.", document.Text, StringComparison.Ordinal);
        Assert.Equal(new[] { 1, 2, 3, 4, 5 }, document.Footnotes.Select(n => n.Number));
        Assert.All(document.Footnotes, n => Assert.Single(n.Markers));
        Assert.Contains(document.Paragraphs, p => p.Kind == SpanKind.Table);
    }

    [Fact]
    public void A_quarterly_review_dates_a_month_before_its_quarter_by_the_quarters_year_and_reads_day_spans_in_its_chronology()
    {
        var document = Document("Ferguson2002");

        Assert.Contains(document.Mentions, m => m.Date == "2001-03" && document.TextOf(m).Contains("proposed by Deputy Foreign Minister Minoru Tamba in March", StringComparison.Ordinal));
        Assert.Equal(
            new[] { "2001-10-02", "2001-10-08/2001-10-09", "2001-10-19", "2001-10-29", "2001-11-01", "2001-11-24/2001-11-26", "2001-12", "2001-12-20/2001-12-21", "2001-12-28" },
            document.Mentions.Where(m => m.Kind == MentionKind.ChronologyEntry).Select(m => m.Date));
        // A month after the quarter ("will visit Moscow in January") is no date of the quarter's year.
        Assert.DoesNotContain(document.Mentions, m => m.Date == "2001-01");
    }

    [Fact]
    public void A_web_article_with_a_byline_and_labels_on_its_date_line_keeps_its_headings_and_notes()
    {
        var document = Document("Lukin2004");

        Assert.Equal(new[] { "The Yukos Affair", "What Japan Wants" }, Titles(document));
        Assert.DoesNotContain("Topic:", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("is director of the Center", document.Text, StringComparison.Ordinal);
        Assert.StartsWith("Japan has bet heavily on a pipeline", ParagraphTexts(document)[0], StringComparison.Ordinal);
        Assert.All(document.Footnotes, n => Assert.Single(n.Markers));
        Assert.Contains("2003-10-25", Dates(document));
    }

    [Fact]
    public void A_markdown_dissertation_takes_chapter_labels_over_their_titles_and_bold_lines_as_subheadings()
    {
        var document = Document("Verma2003");

        Assert.Equal(
            new[]
            {
                "1||ACKNOWLEDGEMENTS", "1||LIST OF ABBREVIATIONS", "1||CONTENTS", "1|ONE|INTRODUCTION", "1|TWO|THE SOVIET LEGACY",
                "2|2.1|The Joint Declaration of 1956", "2|2.2|Gorbachev's visit", "1|THREE|YELTSIN AND THE ISLANDS", "2||The Krasnoyarsk Summit",
                "1|FOUR|CONCLUSION", "1||BIBLIOGRAPHY", "2||Primary Sources", "2||Books",
            },
            Outline(document));
        Assert.Equal(new[] { 1, 1, 2, 1, 2 }, document.Footnotes.Select(n => n.Number));
        Assert.All(document.Footnotes, n => Assert.Single(n.Markers));
        Assert.Contains("1991-04-16/1991-04-19", Dates(document));
        Assert.Contains("1997-11-01/1997-11-02", Dates(document));
    }

    [Fact]
    public void An_ocr_chapter_restores_a_lost_drop_capital_and_reads_r_after_a_paragraphs_last_stop_as_a_note_marker()
    {
        var document = Document("Nakamura1999");

        Assert.StartsWith("After the collapse of the Soviet Union, fishermen from Hokkaido hoped", document.Text, StringComparison.Ordinal);
        Assert.Contains("rather than a license fee.\n", document.Text, StringComparison.Ordinal);
        Assert.Contains("landed in Hokkaido ports. The Russian", document.Text, StringComparison.Ordinal);
        Assert.Equal(new[] { 1, 2 }, document.Footnotes.Select(n => n.Number));
        Assert.All(document.Footnotes, n => Assert.Single(n.Markers));
        Assert.DoesNotContain(document.Diagnostics, d => d.Id == "TC0103");
        Assert.DoesNotContain("NAKAMURA", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ocr_chapter_keeps_a_heading_that_ends_in_a_year_and_reads_a_broken_h_and_a_decade()
    {
        var document = Document("Ikeda2001");

        Assert.Equal(new[] { "THE RUSSIAN FAR EAST AFTER 1991", "TRADE AND INVESTMENT", "POSTSCRIPT", "ENDNOTES" }, Titles(document));
        Assert.Contains("remained small throughout the 1990s.", document.Text, StringComparison.Ordinal);
        Assert.Contains("\n\nThe Sakhalin projects alone", document.Text, StringComparison.Ordinal);
        Assert.Contains("the Sakhalin-1 and Sakhalin-2 oil and gas projects;", ParagraphTexts(document));
        Assert.DoesNotContain("RUSSIA IN ASIA", document.Text, StringComparison.Ordinal);
        Assert.All(document.Footnotes, n => Assert.Single(n.Markers));
    }

    [Fact]
    public void A_quarterly_review_dates_the_days_its_summary_names_by_its_quarters_year_and_reads_sept_abbreviated()
    {
        var document = Document("Ferguson2002b");

        Assert.Equal(new[] { "2002-06-27", "2002-06-19" }, document.Mentions.Where(m => m.Kind == MentionKind.Sentence).Select(m => m.Date));
        Assert.Equal(
            new[] { "2002-07-01/2002-07-03", "2002-07-29", "2002-08-30/2002-09-02", "2002-09-17", "2002-09-30" },
            document.Mentions.Where(m => m.Kind == MentionKind.ChronologyEntry).Select(m => m.Date));
    }

    [Fact]
    public void A_printed_chapter_takes_lettered_subsections_a_note_numbered_past_a_gap_and_a_sentence_across_a_note_block()
    {
        var document = Document("Zhebin2004");

        Assert.Equal(new[] { "1|I|Introduction", "1|II|The 1990s", "2|A|Moscow and Seoul", "2|B|The nuclear crisis", "1|III|Conclusions" }, Outline(document));
        Assert.Equal(new[] { 1, 2, 3, 10 }, document.Footnotes.Select(n => n.Number));
        Assert.All(document.Footnotes, n => Assert.Single(n.Markers));
        Assert.Contains("which had hoped to build them, was left out of the arrangement altogether.", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ocr_chapter_reads_a_name_shaped_like_an_ocr_year_as_a_name()
    {
        var document = Document("Iwashima2001");

        Assert.Contains("Igor", document.Text, StringComparison.Ordinal);
        Assert.Equal(new[] { "1996", "1996-07", "1997-07", "1998-07", "1999", "2000" }, Dates(document));
        Assert.Contains("became routine in the 1990s.", document.Text, StringComparison.Ordinal);
        Assert.Equal(new[] { "Asagumo Shimbun, 10 July 1997.", "Krasnaya Zvezda, 29 July 1998." }, document.Footnotes.Select(n => n.Text));
    }

    [Fact]
    public void A_printed_chapter_carries_a_note_over_a_page_keeps_a_table_set_in_spaces_and_ends_a_list_without_stops()
    {
        var document = Document("Chufrin2001");

        Assert.Equal(new[] { "1|I|Introduction", "1|II|Trade and aid" }, Outline(document));
        Assert.EndsWith("the sources cited there disagree on the reasons for the break.", document.Footnotes[1].Text);
        Assert.Equal(new[] { 1, 2, 3 }, document.Footnotes.Select(n => n.Markers.Single().Line > 0 ? n.Number : 0));
        var paragraphs = ParagraphTexts(document);
        Assert.Contains("Year\tSouth Korea\tNorth Korea\n1992\t860\t290\n1993\t1 580\t230\n1995\t3 280\t80", paragraphs);
        Assert.Contains("Source: State Customs Committee of Russia.", paragraphs);
        Assert.Contains("Timber from the Russian Far East", paragraphs);
        Assert.Contains("None of them went beyond feasibility studies before 1998.", paragraphs);
        Assert.DoesNotContain(paragraphs, p => p.StartsWith("disagree", StringComparison.Ordinal));
    }

    [Fact]
    public void A_quarterly_review_reads_entry_dates_set_off_by_bold_a_stop_or_a_space_and_an_entry_across_a_page_break()
    {
        var document = Document("Kireeva2004");

        Assert.Equal(new[] { "The Fisheries Quarrel", "A Pipeline for Asia", "Chronology of Japan-Russia Relations January-March 2004" }, Titles(document));
        var entries = document.Mentions.Where(m => m.Kind == MentionKind.ChronologyEntry).ToList();
        Assert.Equal(new[] { "2004-01-12", "2004-02-14", "2004-03-03", "2004-03-24/2004-03-25" }, entries.Select(m => m.Date));
        Assert.EndsWith("a summit for the year, which both sides hope will bring progress on the peace treaty.", document.TextOf(entries[0]));
        Assert.Equal("Japan offers credits for a pipeline from Angarsk to the Pacific coast.", document.TextOf(entries[2]));
        Assert.Equal(new[] { "2004-02" }, document.Mentions.Where(m => m.Kind == MentionKind.Sentence).Select(m => m.Date));
    }

    [Fact]
    public void A_markdown_dissertation_takes_bold_chapter_titles_and_each_chapters_own_numbered_notes()
    {
        var document = Document("Iyer2005");

        Assert.Equal(
            new[] { "1|1|ORIGINS OF THE DISPUTE", "2||Notes", "1|2|THE YELTSIN YEARS", "2|2.1|Tokyo, 1993", "2|2.2|Krasnoyarsk, 1997", "2||Notes" },
            Outline(document));
        Assert.Equal(new[] { (0, 1), (0, 2), (2, 1), (2, 2) }, document.Footnotes.Select(n => (n.Scope, n.Number)));
        Assert.All(document.Footnotes, n => Assert.Single(n.Markers));
        Assert.Equal("Kommersant, 3 November 1997.", document.Footnotes[3].Text);
        Assert.Equal(new[] { "1945-08", "1956-10", "1993-10", "1997-11", "1997-11-09" }, Dates(document));
    }

    [Fact]
    public void A_web_article_drops_a_sites_link_and_a_bios_second_paragraph_and_links_numbers_left_on_the_stops()
    {
        var document = Document("Lukin2003");

        Assert.Equal(2, document.Paragraphs.Count);
        Assert.DoesNotContain(ParagraphTexts(document), p => p.Contains("Related", StringComparison.Ordinal) || p.Contains("visiting fellow", StringComparison.Ordinal));
        Assert.EndsWith("when Yeltsin signed it in October 1993.", ParagraphTexts(document)[0]);
        Assert.Equal(new[] { 1, 2 }, document.Footnotes.Select(n => n.Markers.Count == 1 ? n.Number : 0));
        Assert.Equal(new[] { "1993-10", "2001-03" }, Dates(document));
    }

    [Fact]
    public void A_markdown_dissertation_reads_a_numbered_list_a_block_quote_a_pipe_table_and_a_notes_rest_between_two_notes()
    {
        var document = Document("Mehta2008");

        Assert.Equal(
            new[] { "1||ACKNOWLEDGEMENT", "1|I|INTRODUCTION", "2||Trade and investment", "1|II|THE SAKHALIN PROJECTS", "1||CONCLUSION", "1||BIBLIOGRAPHY" },
            Outline(document));
        Assert.Equal(
            new[] { "Why did Japanese investment in the region stay small?", "What role did the regional governments play?", "How did the territorial dispute shape economic ties?" },
            document.Paragraphs.Where(p => p.Kind == SpanKind.ListItem).Take(3).Select(p => document.Text.Substring(p.TextStart, p.TextLength)));
        Assert.Contains(ParagraphTexts(document), p => p.StartsWith("The Far East is Russia's window to Asia", StringComparison.Ordinal));
        Assert.Single(document.Paragraphs, p => p.Kind == SpanKind.Table);
        Assert.EndsWith("Oxford: OUP, pp. 140-145.", document.Footnotes[2].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(ParagraphTexts(document), p => p == "140-145.");
        Assert.Equal(new[] { (1, 1), (1, 2), (3, 1), (3, 2) }, document.Footnotes.Select(n => (n.Scope, n.Number)));
        Assert.All(document.Footnotes, n => Assert.Single(n.Markers));
    }

    [Fact]
    public void A_printed_chapter_that_lost_its_superscripts_keeps_its_notes_and_markers_as_plain_numbers()
    {
        var document = Document("Ivanov2000");

        Assert.Equal(new[] { "1|I|Introduction", "1|II|Conclusions" }, Outline(document));
        Assert.Equal(new[] { 1, 2, 3, 4 }, document.Footnotes.Select(n => n.Number));
        Assert.All(document.Footnotes, n => Assert.Single(n.Markers));
        Assert.Equal("Kommersant, 3 Nov. 1997.", document.Footnotes[1].Text);
        Assert.Equal("The prospects of a treaty by 2000 faded during 1999.", ParagraphTexts(document)[2]);
    }

    [Fact]
    public void A_web_article_drops_a_share_control_and_keeps_a_notes_heading_over_its_notes()
    {
        var document = Document("Sidorov2004");

        Assert.Equal(new[] { "1||Notes" }, Outline(document));
        Assert.Equal(3, document.Paragraphs.Count);
        Assert.DoesNotContain(ParagraphTexts(document), p => p.Contains("Share", StringComparison.Ordinal) || p.StartsWith("Notes", StringComparison.Ordinal));
        Assert.Equal(new[] { 1, 2 }, document.Footnotes.Select(n => n.Markers.Count == 1 ? n.Number : 0));
    }

    [Fact]
    public void A_printed_chapter_keeps_notes_labelled_with_plain_numbers_and_a_note_block_set_under_the_pages_last_line()
    {
        var document = Document("Volkov1999");

        Assert.Equal(new[] { 1, 2, 3, 4 }, document.Footnotes.Select(n => n.Number));
        Assert.All(document.Footnotes, n => Assert.Single(n.Markers));
        Assert.Equal("Boei Hakusho 1996 (Defence Agency: Tokyo, 1996), pp. 61–63.", document.Footnotes[1].Text);
        Assert.EndsWith("whether the alliance with the United States still needed the same shape. The Defence Agency gave three answers:", ParagraphTexts(document)[0]);
        Assert.Equal(3, document.Paragraphs.Count(p => p.Kind == SpanKind.ListItem));
        Assert.Equal(new[] { "1996-07", "1998-10" }, Dates(document));
        Assert.Empty(document.Diagnostics);
    }

    [Fact]
    public void A_quarterly_review_reads_entries_under_their_dates_alone_and_months_as_subheadings()
    {
        var document = Document("Sokolova2004");

        Assert.Equal(
            new[] { "2004-01-12", "2004-01-27", "2004-02-03", "2004-03-18/2004-03-19" },
            document.Mentions.Where(m => m.Kind == MentionKind.ChronologyEntry).Select(m => m.Date));
        Assert.Equal("A Japanese trade mission arrives in Khabarovsk.", document.TextOf(document.Mentions.Single(m => m.Date == "2004-01-27")));
        Assert.DoesNotContain(Titles(document), t => t.StartsWith("Jan.", StringComparison.Ordinal) || t.StartsWith("Feb.", StringComparison.Ordinal));
        Assert.Equal(
            new[] { "1||A Summit Postponed", "1||Chronology of Japan-Russia Relations January-March 2004", "2||January 2004", "2||February-March 2004" },
            Outline(document));
    }

    [Fact]
    public void A_markdown_dissertation_reads_underlined_headings_spaced_and_glued_rules_and_an_appendix_after_the_bibliography()
    {
        var document = Document("Sharma2003");

        Assert.Equal(new[] { "1|I|Introduction", "1|II|Yeltsin and Hashimoto", "1||BIBLIOGRAPHY", "1||APPENDIX I", "2||The Krasnoyarsk Agreement" }, Outline(document));
        Assert.Equal(new[] { (1, 0), (1, 1) }, document.Footnotes.Select(n => (n.Number, n.Scope)));
        Assert.All(document.Footnotes, n => Assert.Single(n.Markers));
        Assert.Equal(new[] { "1997-07", "1997-11", "1997-11" }, Dates(document));
    }

    [Fact]
    public void A_web_article_keeps_bold_subheadings_and_drops_a_bio_set_in_italics()
    {
        var document = Document("Tanaka2004");

        Assert.Equal(new[] { "An old idea", "The Koizumi offer", "What Tokyo gets" }, Titles(document));
        Assert.Equal(4, document.Paragraphs.Count);
        Assert.DoesNotContain(ParagraphTexts(document), p => p.Contains("research fellow", StringComparison.Ordinal));
        Assert.Equal(new[] { "2003-01", "2004-12-31" }, Dates(document));
    }

    [Fact]
    public void A_printed_chapter_keeps_its_epigraph_as_text_and_its_appendix_beside_its_sections_with_a_chronology()
    {
        var document = Document("Zhebin2002");

        Assert.Equal(
            new[] { "1|I|Introduction", "1|II|Three levels of interest", "1|III|Conclusions", "1||Appendix 21A. Chronology of Russian–North Korean relations, 1990–2002" },
            Outline(document));
        Assert.Equal("‘The road to Tokyo runs through Pyongyang.’ —Russian diplomat, 1998", ParagraphTexts(document)[0]);
        Assert.Equal(3, document.Paragraphs.Count(p => p.Kind == SpanKind.ListItem));
        Assert.All(document.Footnotes, n => Assert.Single(n.Markers));
        Assert.Equal(
            new[] { "1990-09-30", "2000-02-09", "2000-07-19/2000-07-20", "2001-08-04" },
            document.Mentions.Where(m => m.Kind == MentionKind.ChronologyEntry).Select(m => m.Date));
    }

    [Fact]
    public void A_web_article_keeps_its_standfirst_once_across_a_pictures_caption_and_drops_where_it_appeared()
    {
        var document = Document("Hartley2003");

        Assert.Equal(new[] { "A Pipeline for Peace?" }, Titles(document));
        Assert.Equal(new[] { SpanKind.Caption, SpanKind.Paragraph, SpanKind.Paragraph, SpanKind.Paragraph }, document.Paragraphs.Select(p => p.Kind));
        Assert.StartsWith("Russia's turn to Asia depends on Japanese money as much as Chinese goodwill. When", ParagraphTexts(document)[1], StringComparison.Ordinal);
        Assert.DoesNotContain(ParagraphTexts(document), p => p.Contains("National Interest", StringComparison.Ordinal));
        Assert.Equal(new[] { "2003-01-09", "2001-03", "2003" }, Dates(document));
    }

    [Fact]
    public void A_markdown_dissertation_reads_its_lists_of_tables_as_contents_its_pictures_and_its_plain_numbered_notes()
    {
        var document = Document("Menon2006");

        Assert.Equal(
            new[] { "1||LIST OF ABBREVIATIONS", "1||LIST OF TABLES", "1|1|INTRODUCTION", "2|1.1|Background", "1|2|TRADE AND INVESTMENT", "2|2.1|The Sakhalin projects", "1||BIBLIOGRAPHY" },
            Outline(document));
        Assert.Contains(document.Paragraphs, p => p.Kind == SpanKind.Contents);
        Assert.DoesNotContain(ParagraphTexts(document), p => p.StartsWith("!", StringComparison.Ordinal));
        Assert.Equal(new[] { (1, 2), (2, 2), (1, 4) }, document.Footnotes.Select(n => (n.Number, n.Scope)));
        Assert.All(document.Footnotes, n => Assert.Single(n.Markers));
        Assert.Equal("Sakhalin Energy Investment Company, Annual Report 1997.", document.Footnotes[2].Text);
    }

    [Fact]
    public void An_ocr_chapter_links_its_endnotes_past_nine_to_markers_read_with_letters()
    {
        var document = Document("Kim1999");

        Assert.Equal(new[] { "MOSCOW'S TURN TO SEOUL", "JAPAN'S CONCERNS", "A NEW TREATY", "ENDNOTES" }, Titles(document));
        Assert.Equal(Enumerable.Range(1, 12), document.Footnotes.Select(n => n.Number));
        Assert.All(document.Footnotes, n => Assert.Single(n.Markers));
        Assert.Contains(ParagraphTexts(document), p => p.Contains("signed a new treaty of friendship. The old treaty of 1961", StringComparison.Ordinal));
        Assert.Contains("1998-08-31", Dates(document));
        Assert.Empty(document.Diagnostics);
    }

    [Fact]
    public void A_printed_chapter_keeps_a_note_carried_over_a_page_apart_from_the_next_pages_note_under_it()
    {
        var document = Document("Chufrin2002");

        Assert.Equal(new[] { "1|I|Introduction", "1|II|Moscow, Seoul and Pyongyang", "2||Recognition of Seoul", "2||The 2000 treaty", "1|III|Conclusions" }, Outline(document));
        Assert.Equal(new[] { 1, 2, 3 }, document.Footnotes.Select(n => n.Number));
        Assert.All(document.Footnotes, n => Assert.Single(n.Markers));
        Assert.EndsWith("which adds details not found in the official record.", document.Footnotes[1].Text);
        Assert.Contains(ParagraphTexts(document), p => p.EndsWith("the pull of the United States on Japanese security policy.", StringComparison.Ordinal));
        Assert.Empty(document.Diagnostics);
    }

    [Fact]
    public void A_web_page_with_a_dated_byline_and_notes_above_its_bio_reads_as_a_web_article()
    {
        var document = Document("Sokolova2006");

        Assert.Equal(new[] { "The pipeline question", "Notes" }, Titles(document));
        Assert.Equal(new[] { 1, 2, 3 }, document.Footnotes.Select(n => n.Number));
        Assert.All(document.Footnotes, n => Assert.Single(n.Markers));
        Assert.DoesNotContain(ParagraphTexts(document), p => p.StartsWith("©", StringComparison.Ordinal) || p.StartsWith("Share", StringComparison.Ordinal) || p.StartsWith("Tags", StringComparison.Ordinal));
        Assert.Equal(new[] { "2003-01", "2004-12" }, Dates(document));
    }

    [Fact]
    public void A_web_article_keeps_a_pull_quote_once_in_the_paragraph_it_repeats_and_leaves_out_the_pages_controls()
    {
        var document = Document("Volkova2004");
        var paragraphs = ParagraphTexts(document);

        Assert.Equal(5, document.Paragraphs.Count(p => p.Kind == SpanKind.Paragraph));
        Assert.Single(paragraphs, p => p.Contains("Two islands are not half of four", StringComparison.Ordinal));
        Assert.DoesNotContain(paragraphs, p => p.StartsWith("Advertisement", StringComparison.Ordinal) || p.StartsWith("Read more", StringComparison.Ordinal));
        Assert.Contains(document.Spans, s => s.Kind == SpanKind.Duplicate && document.RawText.Substring(s.Start, s.Length).Trim() == "Two islands are not half of four.");
        Assert.Equal(new[] { 1, 2 }, document.Footnotes.Select(n => n.Number));
        Assert.Equal("2004-11-14", Dates(document)[0]);
    }

    [Fact]
    public void An_ocr_read_printed_chapter_keeps_its_roman_numbered_sections_its_title_and_its_notes()
    {
        var document = Document("Zagorsky2001Ocr");

        Assert.True(document.IsOcr);
        Assert.Equal(new[] { "I", "II", "III", "IV", "V" }, document.Sections.Where(s => s.Level == 1).Select(s => s.Number));
        Assert.Contains(document.Spans, s => s.Kind == SpanKind.Title && s.Line == 2);
        Assert.Equal(Enumerable.Range(1, 11), document.Footnotes.Select(n => n.Number));
        Assert.All(document.Footnotes, n => Assert.Single(n.Markers));
    }

    [Fact]
    public void An_ocr_read_chapter_keeps_its_notes_at_the_page_feet_though_their_labels_are_read_as_letters()
    {
        var document = Document("Volkov1999Ocr");

        Assert.Equal(new[] { "Introduction", "The decline of the fleet" }, Titles(document));
        Assert.Equal(new[] { 1, 2, 3, 4 }, document.Footnotes.Select(n => n.Number));
        Assert.All(document.Footnotes, n => Assert.Single(n.Markers));
        Assert.Contains("what the threat now was", ParagraphTexts(document)[0], StringComparison.Ordinal);
        Assert.Contains("the alliance with the United", ParagraphTexts(document)[0], StringComparison.Ordinal);
    }

    [Fact]
    public void An_ocr_read_chapter_keeps_its_lettered_subsections_and_drops_its_garbled_running_head()
    {
        var document = Document("Rozman2000Ocr");

        Assert.Equal(new[] { ("a", "1992–1996"), ("b", "1996–1998"), ("c", "Aftel 1998") }, document.Sections.Where(s => s.Number is "a" or "b" or "c").Select(s => (s.Number!, s.Title)));
        Assert.DoesNotContain(ParagraphTexts(document), p => p.Contains("230", StringComparison.Ordinal));
        Assert.Equal(new[] { 1, 2, 3 }, document.Footnotes.Select(n => n.Number));
    }

    [Fact]
    public void An_ocr_read_chapter_keeps_its_sections_numbered_with_digits_read_as_letters()
    {
        var document = Document("Markova2003Ocr");

        Assert.Equal(new[] { "1", "2", "3", "4", "5" }, document.Sections.Where(s => s.Level == 1).Select(s => s.Number));
        Assert.Equal(new[] { "Introduction", "The pattern of trade", "Fisheries", "Negotiating the quotas", "Energy", "Conclusions" }, Titles(document));
        Assert.Equal(Enumerable.Range(1, 5), document.Footnotes.Select(n => n.Number));
    }

    [Fact]
    public void A_quarterly_review_under_a_two_line_journal_name_keeps_its_first_heading()
    {
        var document = Document("Ferguson2003");

        Assert.Equal(new[] { "Overview", "Energy at the center", "Looking ahead", "Chronology of Japan-Russia Relations January-March 2003" }, Titles(document));
        Assert.StartsWith("The quarter began with hopes for a peace treaty", ParagraphTexts(document)[0], StringComparison.Ordinal);
        Assert.Contains("2003-03-30/2003-04-02", Dates(document));
    }

    [Fact]
    public void A_dissertation_keeps_a_note_carried_under_the_next_rule_apart_from_that_pages_note()
    {
        var document = Document("Desai2001");

        Assert.Equal(new[] { (1, 0), (2, 0), (1, 1) }, document.Footnotes.Select(n => (n.Number, n.Scope)));
        Assert.All(document.Footnotes, n => Assert.Single(n.Markers));
        Assert.EndsWith("see the account in the memoirs of his interpreter, which add details not found in the official record.", document.Footnotes[0].Text);
        Assert.Equal("Asahi Shimbun, 19 April 1991.", document.Footnotes[1].Text);
        Assert.Empty(document.Diagnostics);
    }
}

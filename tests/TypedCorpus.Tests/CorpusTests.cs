using System;
using System.IO;
using System.Linq;
using System.Text;
using TypedCorpus.RussiaJapan;
using TypedCorpus.Testing;

namespace TypedCorpus.Tests;

/// <summary>The generated Russia-Japan corpus, used the way a consumer of the package uses it.</summary>
public class CorpusTests
{
    [Fact]
    public void Sections_are_typed_members_with_their_text()
    {
        Assert.StartsWith("Since the spring of 1996 Russo-Japanese relations have shown remarkable improvement.", Documents.Hasegawa2000.Sections.Introduction.Text);
        Assert.Equal("I", Documents.Hasegawa2000.Sections.Introduction.Number);
        Assert.Equal(6, Documents.Hasegawa2000.Sections.Introduction.Line);
        Assert.Equal(2, Documents.Hasegawa2000.Sections.RussoJapaneseRelationsAndAsianSecurityFutureScenarios.LackOfVision.Level);
        Assert.Equal("V", Documents.Singh2008.Sections.Conclusion.Number);
        Assert.Equal(41, Documents.Hasegawa2000.Footnotes.Count);
    }

    [Fact]
    public void All_lists_the_five_documents_in_seed_order()
    {
        Assert.Equal(new[] { "Watanabe1999", "Hasegawa2000", "Singh2008", "Azizian2002", "Ferguson2000" }, Documents.All.Select(d => d.Id));
        Assert.All(Documents.All, d => Assert.StartsWith(d.Id.Substring(0, 3), d.Authors[0].Split(' ').Last().Substring(0, 3), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Raw_text_is_the_seed_byte_for_byte_and_the_spans_tile_it()
    {
        foreach (var document in Documents.All)
        {
            Assert.Equal(File.ReadAllBytes(Repository.Seed(document.SeedFile)), Encoding.UTF8.GetBytes(document.RawText));
            var next = 0;
            foreach (var span in document.Spans)
            {
                Assert.Equal(next, span.Start);
                next += span.Length;
            }

            Assert.Equal(document.RawText.Length, next);
        }
    }

    [Fact]
    public void Headings_point_back_into_the_raw_text()
    {
        foreach (var section in Documents.All.SelectMany(d => d.AllSections))
        {
            var raw = section.Document.RawText.Substring(section.RawStart, section.RawLength);
            Assert.StartsWith(section.RawTitle.Split(' ')[0], raw.TrimStart());
        }
    }

    [Fact]
    public void A_section_full_text_holds_its_subsections_and_its_own_text_does_not()
    {
        var chapter = Documents.Hasegawa2000.Sections.RussoJapaneseRelationsAndAsianSecurityFutureScenarios.Section;

        Assert.StartsWith(chapter.Text, chapter.FullText);
        Assert.Contains("A weak domestic basis", chapter.FullText);
        Assert.DoesNotContain("A weak domestic basis", chapter.Text);
        Assert.Equal(4, chapter.Sections.Count);
        Assert.Same(chapter, chapter.Sections[0].Parent);
        Assert.Equal(chapter.Paragraphs.Select(p => p.Text), chapter.Text.Split("\n\n"));
    }

    [Fact]
    public void Notes_are_keyed_by_chapter_where_numbering_restarts()
    {
        var notes = Documents.Singh2008.Footnotes;

        Assert.Equal(54, notes.Count);
        Assert.Equal(notes.Count, notes.Select(n => n.Key).Distinct().Count());
        Assert.Contains(notes, n => n.Key == "II:3" && n.Text.StartsWith("The Ministry of Foreign Affairs of Japan"));
        Assert.Equal("1", Documents.Hasegawa2000.Footnotes[0].Key);
        Assert.All(Documents.Hasegawa2000.Footnotes, n => Assert.Single(n.Markers));
    }

    [Fact]
    public void Sections_are_found_by_name_number_title_or_path()
    {
        var document = Documents.Hasegawa2000.Document;

        Assert.Equal("Introduction", document.FindSection("I")!.Title);
        Assert.Equal("Introduction", document.FindSection("introduction")!.Name);
        Assert.Equal("Lack of vision", document.FindSection("VI/LackOfVision")!.Title);
        Assert.Equal("Lack of vision", document.FindSection("Lack of vision")!.Title);
        Assert.Null(document.FindSection("No such section"));
    }

    [Fact]
    public void Text_is_decoded_once_and_then_cached()
    {
        var first = Documents.Singh2008.Sections.Preface.Text;

        Assert.Same(first, Documents.Singh2008.Sections.Preface.Text);
        Assert.Same(Documents.Singh2008.Text, Documents.Singh2008.Document.Text);
    }

    [Fact]
    public void Notes_dated_mentions_and_spans_are_built_once_and_every_thread_reads_the_same_lists()
    {
        var document = Documents.Watanabe1999.Document;
        var reads = new object[16][];
        System.Threading.Tasks.Parallel.For(0, reads.Length, i => reads[i] = new object[] { document.Footnotes, document.DatedMentions, document.Spans, document.OcrCorrections });

        for (var list = 0; list < 4; list++)
        {
            Assert.All(reads, read => Assert.Same(reads[0][list], read[list]));
        }

        Assert.NotEmpty(document.Footnotes);
        Assert.NotEmpty(document.DatedMentions);
        Assert.NotEmpty(document.OcrCorrections);
        Assert.Equal(document.RawText.Length, document.Spans.Sum(s => s.Length));
    }

    [Fact]
    public void The_chronology_is_in_date_order_and_filters_by_period_and_document()
    {
        var events = Chronology.Events;

        Assert.Equal(events.OrderBy(e => e.Date), events);
        var entries = events.SelectMany(e => e.Sources).Where(s => s.Mention.Kind == MentionKind.ChronologyEntry).ToList();
        Assert.Equal(24, entries.Count);
        Assert.All(entries, s => Assert.Equal("Ferguson2000", s.Document.Id));
        var kasyanov = events.Single(e => e.Sources.Any(s => s.Line == 44 && s.Document.Id == "Ferguson2000"));
        Assert.Equal("2000-01-21", kasyanov.Date.ToString());
        var february = Chronology.Between(PartialDate.Parse("2000-02"), PartialDate.Parse("2000-02")).ToList();
        Assert.All(february, e => Assert.True(e.Date.Earliest <= new DateOnly(2000, 2, 29) && e.Date.Latest >= new DateOnly(2000, 2, 1)));
        Assert.Equal(10, february.SelectMany(e => e.Sources).Count(s => s.Mention.Kind == MentionKind.ChronologyEntry));
        Assert.All(Chronology.ForDocument("Azizian2002"), e => Assert.Contains(e.Sources, s => s.Document.Id == "Azizian2002"));
    }

    [Fact]
    public void The_Krasnoyarsk_summit_is_one_event_told_by_three_documents()
    {
        var krasnoyarsk = Chronology.Events.Single(e => e.Date.ToString() == "1997-11" && e.Sources.Any(s => s.Quote.Contains("Krasnoyarsk summit")));

        Assert.Equal(new[] { "Hasegawa2000", "Singh2008", "Azizian2002" }, krasnoyarsk.Sources.Select(s => s.Document.Id).Distinct());
        Assert.All(krasnoyarsk.Sources, s => Assert.Contains(s.Quote, s.Document.Text));
    }

    [Fact]
    public void An_event_reads_as_its_chronology_entry_or_its_clean_print_first()
    {
        // Ferguson2000 tells the call of January 28 in its body (line 12) and in its chronology (line 46).
        var call = Chronology.Events.Single(e => e.Date.ToString() == "2000-01-28");
        Assert.Equal(new[] { 46, 12 }, call.Sources.Select(s => s.Line));
        Assert.Equal(call.Sources[0].Quote, call.Text);

        // Every event that an OCR'd document tells with clean ones takes its words from a clean one.
        var shared = Chronology.Events.Where(e => e.Sources.Any(s => s.Document.Id == "Watanabe1999") && e.Sources.Any(s => s.Document.Id != "Watanabe1999")).ToList();
        Assert.NotEmpty(shared);
        Assert.All(shared, e => Assert.NotEqual("Watanabe1999", e.Sources[0].Document.Id));
    }

    [Fact]
    public void Body_sentences_are_dated_events_with_their_sentence_as_quote()
    {
        var clinton = Chronology.Events.Single(e => e.Date.ToString() == "1998-09-01");

        Assert.Contains(clinton.Sources, s => s.Document.Id == "Hasegawa2000" && s.Line == 148 && s.Quote.StartsWith("On 1 September 1998, President Clinton visited Moscow"));
        Assert.DoesNotContain(Chronology.Events, e => e.Sources.Any(s => s.Quote.Contains("(Sakwa 2002: 349)") && e.Date.ToString() == "2002"));
    }

    [Fact]
    public void The_ocr_chapter_reads_as_printed_and_keeps_its_raw_text()
    {
        var document = Documents.Watanabe1999.Document;

        Assert.Equal("POSTSCRIPT", Documents.Watanabe1999.Sections.Postscript.Title);
        Assert.Equal("POS'ISCRIP'f", Documents.Watanabe1999.Sections.Postscript.RawTitle);
        // A heading in broken capitals, read as a whole line; its member name follows the reading.
        Assert.Equal("THE JAPANESE OUTLOOK ON NATIONAL SECURITY", Documents.Watanabe1999.Sections.TheJapaneseOutlookOnNationalSecurity.Title);
        Assert.StartsWith("TIIE f ;", Documents.Watanabe1999.Sections.TheJapaneseOutlookOnNationalSecurity.RawTitle);
        Assert.Contains("in the summer of 1998, Japan and Russia", document.Text);
        Assert.Contains("in the sunrnrer o[ rqq8, ]apan ancl Russia", document.RawText);
        Assert.True(document.OcrCorrections.Count > 1000);
        foreach (var correction in document.OcrCorrections.Where(c => c.RawStart >= 0 && !document.RawText.Substring(c.RawStart, c.RawLength).Contains('\n')))
        {
            Assert.Equal(correction.Original, document.RawText.Substring(correction.RawStart, correction.RawLength));
        }

        var summer = document.OcrCorrections.First(c => c.Original == "sunrnrer");
        Assert.Equal("summer", document.Text.Substring(summer.TextStart, summer.TextLength));
        Assert.Empty(Documents.Hasegawa2000.Document.OcrCorrections);
    }
}

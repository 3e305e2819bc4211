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
    public void The_chronology_is_in_date_order_and_filters_by_period_and_document()
    {
        var events = Chronology.Events;

        Assert.Equal(24, events.Count);
        Assert.Equal(events.OrderBy(e => e.Date), events);
        Assert.Equal("2000-01-21", events[1].Date.ToString());
        Assert.Equal("Ferguson2000", events[1].Sources.Single().Document.Id);
        Assert.Equal(44, events[1].Sources.Single().Line);
        Assert.Equal(10, Chronology.Between(PartialDate.Parse("2000-02"), PartialDate.Parse("2000-02")).Count());
        Assert.Equal(24, Chronology.ForDocument("Ferguson2000").Count());
        Assert.All(Chronology.Events, e => Assert.Equal(2000, e.Date.Year));
    }
}

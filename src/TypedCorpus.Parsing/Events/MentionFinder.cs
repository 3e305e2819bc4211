using System;
using System.Linq;
using TypedCorpus.Parsing.Dates;
using TypedCorpus.Parsing.Model;

namespace TypedCorpus.Parsing.Events;

/// <summary>Adds a document's dated sentences to its chronology entries, each placed at the seed lines it spans.</summary>
public static class MentionFinder
{
    public static ParsedDocument WithSentenceMentions(ParsedDocument document)
    {
        var context = new DateContext { Covers = CoveredPeriod.Read(document.Entry.Covers) ?? ChronologyPeriod(document) ?? EntriesPeriod(document), Ocr = document.IsOcr, Written = WrittenDate(document) };
        var source = new Text.SourceText(document.RawText);
        var mentions = document.Mentions.Where(m => m.Kind == MentionKind.ChronologyEntry).ToList();
        foreach (var mention in EventExtractor.Extract(document.Text, document.Paragraphs, document.Sections, context))
        {
            var first = document.LineAt(mention.TextStart);
            var last = document.LineAt(mention.TextStart + mention.TextLength - 1);
            var rawStart = source[first - 1].Start;
            var rawEnd = source[last - 1].Start + source[last - 1].Length;
            var sentence = document.Text.Substring(mention.TextStart, mention.TextLength);
            mentions.Add(new DatedMention(mention.Date, mention.TextStart, mention.TextLength, first, mention.Section, rawStart, rawEnd - rawStart, MentionKind.Sentence, EventMerger.Terms(sentence).ToEquatableArray()));
        }

        return document with { Mentions = mentions.OrderBy(m => m.Line).ThenBy(m => m.Kind).ToEquatableArray() };
    }

    // The catalog's date, else when it says the text was written, else a date line of the top matter: each only if it reads
    // (an unreadable one is warning TC0106 and ignored, so the next is taken).
    private static (int Year, int Month)? WrittenDate(ParsedDocument document) =>
        DateContext.ReadWritten(document.Entry.Date) ?? DateContext.ReadWritten(document.Entry.Written) ?? DateContext.ReadWritten(Dateline(document));

    // The date a line of the top matter gives ("November 20, 2002 Topic: ...", "By Ann Author | March 3, 2005 | Topic: ..."),
    // for a document the catalog does not date; null when none gives a month.
    private static string? Dateline(ParsedDocument document) =>
        document.Spans.Where(s => s.Kind == SpanKind.Metadata)
            .SelectMany(s => document.RawText.Substring(s.Start, s.Length).Split('|'))
            .Select(part => PartialDateText.ReadLeading(part.Trim(), out _))
            .FirstOrDefault(iso => iso is { Length: >= 7 });

    // The period named by the heading of a section that holds chronology entries, for a review the catalog gives none.
    private static CoveredPeriod? ChronologyPeriod(ParsedDocument document) =>
        document.Paragraphs.Where(p => p.Kind == SpanKind.ChronologyEntry && p.Section >= 0).Select(p => p.Section).Distinct()
            .Select(s => CoveredPeriod.FromTitle(document.Sections[s].Title)).FirstOrDefault(p => p != null);

    // Else the months the chronology's own entries run over, for one whose heading names none ("CHRONOLOGY"); null
    // when they run over more than a year.
    private static CoveredPeriod? EntriesPeriod(ParsedDocument document)
    {
        var months = document.Mentions.Where(m => m.Kind == MentionKind.ChronologyEntry)
            .SelectMany(m => m.Date.Split('/')).Where(iso => iso.Length >= 7).Select(iso => iso.Substring(0, 7))
            .OrderBy(month => month, StringComparer.Ordinal).ToList();
        return months.Count == 0 ? null : CoveredPeriod.Read(months[0] + "/" + months[months.Count - 1]);
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using TypedCorpus.Parsing.Text;
using TypedCorpus.Parsing.Dates;
using TypedCorpus.Parsing.Model;

namespace TypedCorpus.Parsing.Events;

/// <summary>
/// Finds the sentences of a document's body that say something happened at a date: a date expression, and a
/// word of happening (a visit, a summit, a signing, an election, a statement...). Citations, bibliography and
/// notes are not read. A bare year counts only after a preposition of time ("in 1956"), not "since" or "by".
/// </summary>
public static class EventExtractor
{
    private static readonly Regex YearPreposition = TextPatterns.Create(@"(?:\b(?:in|of|from|during|early|late|mid|after|before|until|till|year|spring|summer|autumn|fall|winter|on)\s*-?\s*|,\s*)$", RegexOptions.IgnoreCase);

    // "by the year 2000", "since 1973": a deadline or a starting point, not the date of an event.
    private static readonly Regex NotAnEventYear = TextPatterns.Create(@"\b(?:by|since)\s+(?:the\s+(?:year\s+|end\s+of\s+)?)?$", RegexOptions.IgnoreCase);

    private static readonly Regex Season = TextPatterns.Create(@"\G(?:spring|summer|autumn|fall|winter)\b", RegexOptions.IgnoreCase);

    private static readonly HashSet<string> NonBodyParts = new(StringComparer.OrdinalIgnoreCase)
    {
        "bibliography", "selected bibliography", "references", "notes", "endnotes", "contents", "table of contents", "primary sources",
        "books", "articles", "newspapers", "declaration", "certificate", "acknowledgement", "acknowledgements",
    };

    /// <summary>One dated sentence: the date, where the sentence is in the document's text, and its section.</summary>
    public readonly record struct Mention(string Date, int TextStart, int TextLength, int Section);

    public static List<Mention> Extract(string text, IReadOnlyList<ParagraphNode> paragraphs, IReadOnlyList<SectionNode> sections, DateContext documentContext)
    {
        var mentions = new List<Mention>();
        foreach (var paragraph in paragraphs)
        {
            if (paragraph.Kind is not (SpanKind.Paragraph or SpanKind.ListItem) || InNonBodyPart(paragraph.Section, sections))
            {
                continue;
            }

            var context = new DateContext { Covers = documentContext.Covers, Ocr = documentContext.Ocr };
            var body = text.Substring(paragraph.TextStart, paragraph.TextLength);
            foreach (var (start, length) in SentenceSplitter.Split(body))
            {
                var sentence = body.Substring(start, length);
                var dates = TemporalTagger.Find(sentence, context).Where(d => !d.YearOnly || IsTimeYear(sentence, d.Start)).ToList();
                context.Year = TemporalTagger.LastExplicitYear(dates) ?? context.Year;
                if (dates.Count == 0 || !HappeningWords.AnyIn(sentence))
                {
                    continue;
                }

                foreach (var date in dates.Select(d => d.Iso).Distinct())
                {
                    mentions.Add(new Mention(date, paragraph.TextStart + start, length, paragraph.Section));
                }
            }
        }

        return mentions;
    }

    // A bare year is a time only after a preposition of time ("in 1956"), and not as a deadline or starting point.
    // Both patterns look at the words just before the year: a few dozen characters hold them.
    private static bool IsTimeYear(string sentence, int start)
    {
        var from = Math.Max(0, start - WordsBeforeYear);
        var before = sentence.Substring(from, start - from);
        return (YearPreposition.IsMatch(before) || Season.IsMatch(sentence, start)) && !NotAnEventYear.IsMatch(before);
    }

    private const int WordsBeforeYear = 40;

    private static bool InNonBodyPart(int section, IReadOnlyList<SectionNode> sections)
    {
        for (var s = section; s >= 0; s = sections[s].Parent)
        {
            if (NonBodyParts.Contains(sections[s].Title.Trim()))
            {
                return true;
            }
        }

        return false;
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
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
    // Besides lists of references (ReferenceLists): the apparatus, and the parts a bibliography is split into.
    private static readonly HashSet<string> NonBodyParts = new(StringComparer.OrdinalIgnoreCase)
    {
        "notes", "endnotes", "contents", "table of contents", "books", "articles", "newspapers", "declaration", "certificate",
        "acknowledgement", "acknowledgements",
    };

    /// <summary>One dated sentence: the date, where the sentence is in the document's text, and its section.</summary>
    public readonly record struct Mention(string Date, int TextStart, int TextLength, int Section);

    public static List<Mention> Extract(string text, IReadOnlyList<ParagraphNode> paragraphs, IReadOnlyList<SectionNode> sections, DateContext documentContext)
    {
        var mentions = new List<Mention>();
        // The last year stated in a section runs on into the opening sentence of its next paragraph ("A week later, on
        // April 26, ..."), and on through that paragraph when the sentence dates something by it.
        var (year, yearSection) = ((int?)null, -2);
        foreach (var paragraph in paragraphs)
        {
            if (paragraph.Kind is not (SpanKind.Paragraph or SpanKind.ListItem) || InNonBodyPart(paragraph.Section, sections))
            {
                continue;
            }

            if (paragraph.Section != yearSection)
            {
                (year, yearSection) = (null, paragraph.Section);
            }

            var context = documentContext.ForParagraph();
            context.Year = year;
            var body = text.Substring(paragraph.TextStart, paragraph.TextLength);
            var opening = true;
            foreach (var (start, length) in SentenceSplitter.Split(body))
            {
                var sentence = body.Substring(start, length);
                var dates = TemporalTagger.Find(sentence, context);
                if (opening && !dates.Exists(d => d.Relative))
                {
                    // "To conclude, ...": the paragraph does not go on from the year before.
                    context.Year = null;
                }

                opening = false;
                var stated = TemporalTagger.LastExplicitYear(dates);
                context.Year = stated ?? context.Year;
                year = stated ?? year;
                if (dates.Count == 0 || !(HappeningWords.AnyIn(sentence) || SawSomething(sentence, dates)))
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

    // "October and November 1997 saw the busiest traffic": a month or a day that saw something is a happening's, where
    // "saw" alone is as often a verb of seeing ("Tokyo saw the visit as a snub") and a year's ("the third quarter of
    // 2002 saw a flurry of activity") sums a period up.
    private static bool SawSomething(string sentence, List<DateMatch> dates)
    {
        foreach (var date in dates)
        {
            if (date.Iso.Length < 7)
            {
                continue;
            }

            var after = date.Start + date.Length;
            while (after < sentence.Length && sentence[after] == ' ')
            {
                after++;
            }

            if (after > date.Start + date.Length && Text.TextPatterns.WordAt(sentence, after, "saw "))
            {
                return true;
            }
        }

        return false;
    }

    private static bool InNonBodyPart(int section, IReadOnlyList<SectionNode> sections)
    {
        for (var s = section; s >= 0; s = sections[s].Parent)
        {
            if (NonBodyParts.Contains(sections[s].Title.Trim()) || ReferenceLists.IsTitle(sections[s].Title))
            {
                return true;
            }
        }

        return false;
    }
}

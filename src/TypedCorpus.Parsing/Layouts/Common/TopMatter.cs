using System;
using System.Linq;
using System.Text.RegularExpressions;
using TypedCorpus.Parsing.Dates;
using TypedCorpus.Parsing.Model;
using TypedCorpus.Parsing.Text;

namespace TypedCorpus.Parsing.Layouts.Common;

/// <summary>
/// The lines above the text of an article or chapter: the title (and a chapter number before it), the byline,
/// a date line, and a title printed twice. They are metadata, not sections.
/// </summary>
public static class TopMatter
{
    public const double TitleMatch = 0.6;
    private const int MaxBylineLines = 4;

    /// <summary>
    /// Classifies the chunks at the top; returns the index of the first chunk of the text. A line of the page's own
    /// among them (<paramref name="isFurniture"/>: "Share this article") is furniture and the top matter goes on under it.
    /// </summary>
    public static int Classify(LayoutInput input, System.Collections.Generic.List<Block> blocks, Func<string, bool> isFurniture)
    {
        var chunks = input.Chunks;
        var index = 0;

        // Lines above the title (a journal's issue line, a site's name) are top matter too.
        var titleAt = TitleChunk(input);
        for (; index < titleAt; index++)
        {
            blocks.Add(new Block(SpanKind.Metadata, chunks[index].First, chunks[index].Last));
        }

        var sawTitle = false;
        // The chunk before was a byline or its affiliation: an affiliation stands under one.
        var afterByline = false;
        var sawStandfirst = false;
        while (index < chunks.Count && index < 8)
        {
            var chunk = chunks[index];
            var text = input.Joined(chunk);
            SpanKind? kind = null;
            var byline = false;
            if (IsTitle(text, input.Entry.Title))
            {
                kind = sawTitle ? SpanKind.Duplicate : SpanKind.Title;
                sawTitle = true;
            }
            else if (IsDateLine(text) || IsLabelLine(text) || IsChapterLabel(text))
            {
                kind = SpanKind.Metadata;
            }
            else if (IsByline(input, chunk, text, directlyAfterTitle: sawTitle && blocks.Count > 0 && blocks[blocks.Count - 1].Kind == SpanKind.Title)
                || (afterByline && IsAffiliation(chunk, text)))
            {
                kind = SpanKind.Metadata;
                byline = true;
            }

            afterByline = byline;

            if (kind is null && sawTitle && chunk.LineCount == 1 && isFurniture(text))
            {
                kind = SpanKind.Furniture;
            }

            // A standfirst may stand above the byline ("by Gilbert Rozman"): the article's first paragraph, and the
            // top matter goes on under it.
            if (kind is null && sawTitle && !sawStandfirst && StandsAboveByline(input, index))
            {
                kind = SpanKind.Paragraph;
                sawStandfirst = true;
            }

            if (kind is null)
            {
                break;
            }

            blocks.Add(new Block(kind.Value, chunk.First, chunk.Last));
            index++;
        }

        return index;
    }

    // Whether the chunk after this one is a byline that says so ("by ..."), short and no sentence.
    private static bool StandsAboveByline(LayoutInput input, int index)
    {
        if (index + 1 >= input.Chunks.Count)
        {
            return false;
        }

        var next = input.Chunks[index + 1];
        var text = input.Joined(next);
        return text.StartsWith("by ", StringComparison.OrdinalIgnoreCase) && !ParagraphText.EndsSentence(text)
            && IsByline(input, next, text, directlyAfterTitle: false);
    }

    // How far down a title may stand under the lines above it.
    private const int MaxChunksAboveTitle = 3;

    // The first chunk that is the title, under no more than a few short lines of their own; 0 when there is none.
    private static int TitleChunk(LayoutInput input)
    {
        for (var c = 0; c < input.Chunks.Count && c <= MaxChunksAboveTitle; c++)
        {
            var text = input.Joined(input.Chunks[c]);
            if (IsTitle(text, input.Entry.Title) && !LineShapes.IsFurniture(text))
            {
                return c;
            }

            if (!IsLineAboveTitle(input, input.Chunks[c]))
            {
                return 0;
            }
        }

        return 0;
    }

    // A journal's name and what it calls itself ("Comparative Connections" over "A Quarterly E-Journal on ..."): a few
    // short lines, none a sentence.
    private static bool IsLineAboveTitle(LayoutInput input, Chunk chunk)
    {
        if (chunk.LineCount > MaxLinesAboveTitle)
        {
            return false;
        }

        for (var i = chunk.First; i <= chunk.Last; i++)
        {
            var line = input.Line(i).Trim();
            if (line.Length > MaxLineAboveTitle || ParagraphText.EndsSentence(line))
            {
                return false;
            }
        }

        return true;
    }

    private const int MaxLineAboveTitle = 80;
    private const int MaxLinesAboveTitle = 2;

    public static bool IsTitle(string text, string title) =>
        text.Length <= title.Length * 2 + 10 && LineShapes.TitleSimilarity(text, title) >= TitleMatch;

    // "Published: June 3, 2006", "Posted on 3 June 2006": the word a site puts before its date line's date.
    private static readonly Regex DateLabel = TextPatterns.Create(@"^\s*(?:published|posted|updated|dated?)(?:\s+on)?\s*:?\s*", RegexOptions.IgnoreCase);

    /// <summary>"November 20, 2002 Topic: History", "Published: June 3, 2006": a line that starts with a date and is not a sentence.</summary>
    public static bool IsDateLine(string text) =>
        text.Length <= 80 && PartialDateText.ReadLeading(DateLabel.Replace(text, string.Empty, 1), out _) != null && !ParagraphText.EndsSentence(text);

    private static readonly char[] FieldSeparators = { '|', '\u00B7', '\u2022' };

    /// <summary>A date line, or a line of fields one of which is a date: "By Elena Sokolova | 14 March 2006 | 6 min read".</summary>
    public static bool HasDate(string text) =>
        IsDateLine(text) || (text.Length <= 120 && text.IndexOfAny(FieldSeparators) >= 0 && text.Split(FieldSeparators).Any(field => IsDateLine(field.Trim())));

    private static readonly Regex Label = TextPatterns.Create(@"^\s*(?:topics?|regions?|tags?|categor(?:y|ies)|keywords)\s*:\s*\S", RegexOptions.IgnoreCase);

    /// <summary>"Topic: Diplomacy", "Tags: Japan, Russia": a site's label for the article, on a line of its own.</summary>
    public static bool IsLabelLine(string text) => text.Length <= 80 && Label.IsMatch(text);

    // "Chapter 6" on a line of its own above the chapter's title: the book's numbering, not a section of the chapter.
    private static bool IsChapterLabel(string text) => LineShapes.TryChapterLabel(text, out _, out var title) && title.Length == 0;

    // The names of bodies an author works for: "Pacific Forum CSIS", "Institute of Far Eastern Studies".
    private static readonly Regex Organisation = TextPatterns.Create(@"\b(?:Institute|University|College|Cent(?:er|re)|Forum|Foundation|Council|Academy|School|Ministry|Bureau|Agency|Association|Society|Department|Laboratory)\b");

    /// <summary>The author's affiliation set apart under the byline: short, no sentence, naming a body.</summary>
    private static bool IsAffiliation(Chunk chunk, string text) =>
        chunk.LineCount <= MaxBylineLines && text.Length <= 120 && !ParagraphText.EndsSentence(text) && Organisation.IsMatch(text);

    private static bool IsByline(LayoutInput input, Chunk chunk, string text, bool directlyAfterTitle)
    {
        if (chunk.LineCount > MaxBylineLines || ParagraphText.EndsSentence(text) && text.Length > 80)
        {
            return false;
        }

        if (text.StartsWith("by ", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var surnames = input.Entry.Authors.Select(a => a.Split(' ').Last()).Where(s => s.Length > 1);
        if (text.Length <= 80 && surnames.Any(s => text.IndexOf(s, StringComparison.OrdinalIgnoreCase) >= 0))
        {
            return true;
        }

        // An OCR'd name ("WereNenn K6Jr") is unreadable, but it stands alone, short, right under the title; the first
        // section's heading may stand there too ("I. Introduction", OCR'd "l. Introduction", "1. Introduction").
        return directlyAfterTitle && chunk.LineCount <= 2 && text.Length <= 40 && !ParagraphText.EndsSentence(text)
            && !LineShapes.TryRomanHeading(text, out _, out _) && !LineShapes.TryOcrRomanHeading(text, 1, out _, out _)
            && !LineShapes.TryOcrArabicHeading(text, 1, out _, out _);
    }
}

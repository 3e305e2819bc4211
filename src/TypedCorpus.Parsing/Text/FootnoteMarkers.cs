using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using TypedCorpus.Parsing.Dates;
using TypedCorpus.Parsing.Ocr;

namespace TypedCorpus.Parsing.Text;

/// <summary>The ways a layout writes a footnote marker in running text.</summary>
[Flags]
public enum MarkerStyles
{
    None = 0,

    /// <summary>Unicode superscript digits after a word or punctuation: <c>policy.¹</c>.</summary>
    Superscript = 1,

    /// <summary>HTML superscript tags holding a number: <c>&lt;sup&gt;3&lt;/sup&gt;</c>.</summary>
    SupTag = 2,

    /// <summary>A number in parentheses after the end of a sentence or before its stop: <c>forces.(1)</c>, <c>in 2005 (1).</c></summary>
    Parenthesized = 4,

    /// <summary>A number in square brackets, as web pages mark notes: glued to a word (<c>Tokyo[2],</c>) or after a sentence's stop (<c>forces. [1]</c>).</summary>
    Bracketed = 8,

    /// <summary>A markdown footnote reference: <c>policy.[^4]</c> or <c>policy.[^treaty]</c> (its note is a line <c>[^4]: ...</c>).</summary>
    MarkdownReference = 16,

    /// <summary>OCR read a superscript as an apostrophe after a sentence: <c>1993.' The</c>.</summary>
    OcrApostrophe = 32,

    /// <summary>OCR read a superscript as a digit, 2 as z or 1 as r, set on a sentence's stop: <c>1997.z Moscow</c>, <c>Pyongyang.3</c>, <c>fee.r The</c>.</summary>
    OcrDigit = 64,

    /// <summary>
    /// Not a style but where the line stands: it ends its paragraph, so an OCR'd r after its last stop is a marker
    /// (<c>fee.r</c>). At the end of any other line it is as often a letter broken over the line ("l{ussr.r" for Russia).
    /// </summary>
    EndsParagraph = 128,

    /// <summary>A plain number glued to a sentence's stop, where a page lost its superscripts: <c>first.1 The</c>, <c>plan.2</c> at a line's end.</summary>
    DigitOnStop = 256,

    /// <summary>
    /// Not a style but where the line stands: it goes on a paragraph whose last line ended a sentence, so a number in
    /// brackets opening it ("(2) Japan, for its part") is that sentence's marker, pushed onto the next line by the wrap.
    /// </summary>
    FollowsSentence = 512,
}

/// <summary>
/// A footnote marker found in a line: where it stands in the line and the number it shows (0 when unreadable), or the
/// name of its note (markdown's <c>[^treaty]</c>).
/// </summary>
public readonly record struct FoundMarker(int Start, int Length, int Number, string? Name = null);

public static class FootnoteMarkers
{
    /// <summary>The markers a heading may carry: those no heading's own words look like (not "Phase (1)", "Since 1991").</summary>
    public const MarkerStyles HeadingStyles = MarkerStyles.Superscript | MarkerStyles.SupTag | MarkerStyles.MarkdownReference;

    // Each labelled style's pattern names its number n (a markdown label may instead be a name).
    private static readonly Regex SupTag = TextPatterns.Create(@"<sup>\s*(?<n>\d{1,4})\s*</sup>", RegexOptions.IgnoreCase);
    // Not followed by a colon: "[^4]:" starts the note itself. Markdown names a note as it likes ("[^treaty]").
    private static readonly Regex MarkdownReference = TextPatterns.Create(@"\[\^" + MarkdownNoteLabel + @"\](?!:)");

    /// <summary>
    /// A note's label as a plain number at a line's start, in a pattern, up to the note's text: the number n, then a stop,
    /// a bracket or a space, or nothing before a word ("1Ministry", a superscript that lost its space and its raise);
    /// only a space with <paramref name="spaceOnly"/>. Then a text that opens with a capital, a quotation mark, a bracket
    /// or emphasis ("1 Ministry of ...", "2. 'Treaty ...'"). Not a date: a note wrapped before one ("... Sankei Shimbun,"
    /// over "11 July 1998.") goes on there.
    /// </summary>
    public static string PlainNoteLabel(bool spaceOnly) =>
        @"(?<n>[1-9][0-9]{0,2})" + (spaceOnly ? @"\s+" : @"(?:[.)]\s*|\s+|(?=[A-Z][a-z]))") + @"(?=[A-Z""'\u2018\u201C(*])"
        + @"(?!" + PartialDateText.MonthName + @"(?:\s+[12][0-9]{3}\b|,))";

    /// <summary>A markdown note's label, in a pattern: its number n, or its name (no space, bracket or caret).</summary>
    public const string MarkdownNoteLabel = @"(?:(?<n>\d{1,4})|(?<name>[^\s\[\]^]{1,40}))";

    // A marker in brackets of either kind may follow a sentence's stop ("forces. (1)") and come before a new sentence
    // or the line's end; an enumeration ("two reasons: (1) the economy") goes on in lower case.
    private const string AfterSentenceStop = @"(?<=[\.,;:!?""\u201D\u2019)]\s{0,3})";
    private const string NewSentenceOrLineEnd = @"(?=\s*$|\s+[^\sa-z])";
    // Also after a word and before its stop ("in April 2005 (1).", "partnership"(2), yet").
    private static readonly Regex Parenthesized = TextPatterns.Create(
        AfterSentenceStop + @"\((?<n>\d{1,3})\)" + NewSentenceOrLineEnd + @"|(?<=[\w""\u201D\u2019]\s?)\((?<n>\d{1,3})\)(?=[.,;:!?])");
    // Opening a line that goes on after a sentence (MarkerStyles.FollowsSentence), before a new one.
    private static readonly Regex OpeningMarker = TextPatterns.Create(@"^\s*(?<marker>\((?<n>\d{1,3})\)|\[(?<n>\d{1,3})\])" + NewSentenceOrLineEnd);
    // Also glued to a word ("Tokyo[2] and"): "[1]" after a space inside a sentence is as often a list's number or a
    // quotation's editing.
    private static readonly Regex Bracketed = TextPatterns.Create(
        AfterSentenceStop + @"\[(?<n>\d{1,3})\]" + NewSentenceOrLineEnd + @"|(?<=[\w""\u201D\u2019)])\[(?<n>\d{1,3})\]");

    // After a word's stop or a year's (or a question mark or an exclamation mark: "to whom?1"), glued to it, and before
    // a new sentence or the line's end: "2.5 percent" and "p.3" in a reference go on in lower case or with a number.
    // An r at a line's end is a marker only where the paragraph ends (MarkerStyles.EndsParagraph).
    private const string BeforeStop = @"[a-z\)]|\b\d{4}";
    private const string AfterStop = @"(?<=(?:" + BeforeStop + @")[.?!])";
    private const string BeforeSentence = @"(?=\s+[A-Z""\u201C])";
    private const string AtLineEnd = @"(?=\s*$)";
    // OCR's years are read the same way: "since r998.3" has its marker after the stop.
    private const string AfterOcrStop = @"(?<=(?:" + BeforeStop + @"|\b[rlI][0-9oq]{3})\.)";
    // Markers 10 to 29 as OCR reads them: "1999.ro", "friendship.rr", "1996.rz", "treaty.1z".
    private const string OcrTwoDigits = @"[rz][0-9rzo]|[12][rzo]";
    private static readonly Regex OcrDigit = TextPatterns.Create(AfterOcrStop + @"(?:(?<n>[0-9]{1,2}|" + OcrTwoDigits + @"|[zr])" + BeforeSentence + @"|(?<n>[0-9]{1,2}|" + OcrTwoDigits + @"|z)" + AtLineEnd + ")");
    private static readonly Regex OcrDigitEndingParagraph = TextPatterns.Create(AfterOcrStop + @"(?<n>[0-9]{1,2}|" + OcrTwoDigits + @"|[zr])(?:" + BeforeSentence + "|" + AtLineEnd + ")");
    // Where no OCR garbles the page, also after an acronym's stop ("an Asian version of NATO.31") and a quotation's
    // closing mark, before the stop or after it ("a 'constructive partnership'.19", "a ‘treaty.’4").
    private const string AfterPrintedStop = @"(?<=[A-Z]{2}[.?!]|['""\u2019\u201D][.?!]|[a-z\)][.?!]['""\u2019\u201D])";
    // Inside a sentence, glued to a word's comma, closing quotation mark or bracket: "many suppliers,1 and", "the
    // 'Plan'1 of 1997", "at Krasnoyarsk (1997)3 has".
    private const string InsideSentence = @"(?<=[a-z\)],|[a-z][.?!]?['""\u2019\u201D]|\w\))(?<n>[0-9]{1,2})(?=\s+\S)";
    private static readonly Regex DigitOnStop = TextPatterns.Create(
        "(?:" + AfterStop + "|" + AfterPrintedStop + @")(?<n>[0-9]{1,2})(?:" + BeforeSentence + "|" + AtLineEnd + ")|" + InsideSentence);
    // At a line's end (spaces left after it too) only after a full stop: there ")'" is as often a misread letter
    // ("virtuall)'" for virtually). An OCR engine that sets typographic quotes reads the apostrophe as ’.
    private static readonly Regex OcrApostrophe = TextPatterns.Create(@"(?<=[a-z0-9\)]\.|\)\.?)['\u2019](?=\s+\S|['\u2019]|[A-HJ-Z][a-z])|(?<=[a-z0-9\)]\.)['\u2019](?=\s*$)");
    private static readonly char[] Apostrophes = { '\'', '\u2019' };

    public static bool IsSuperscriptDigit(char c) => SuperscriptValue(c) >= 0;

    /// <summary>The digit a superscript character stands for, or -1.</summary>
    public static int SuperscriptValue(char c) => c switch
    {
        '\u2070' => 0,
        '\u00B9' => 1,
        '\u00B2' => 2,
        '\u00B3' => 3,
        >= '\u2074' and <= '\u2079' => c - '\u2070',
        _ => -1,
    };

    /// <summary>Reads a run of superscript digits starting at <paramref name="start"/>; returns its length.</summary>
    public static int ReadSuperscriptNumber(string text, int start, out int number)
    {
        number = 0;
        var i = start;
        while (i < text.Length && SuperscriptValue(text[i]) is var digit and >= 0)
        {
            number = number * 10 + digit;
            i++;
        }

        return i - start;
    }

    // A marker set after another with a space or a comma between ("was.⁴ ⁵", "⁴, ⁵") is one of a run.
    private static bool FollowsMarker(string line, int lastMarkerEnd, int at)
    {
        if (lastMarkerEnd < 0)
        {
            return false;
        }

        for (var k = lastMarkerEnd; k < at; k++)
        {
            if (line[k] != ' ' && line[k] != ',')
            {
                return false;
            }
        }

        return true;
    }

    public static List<FoundMarker> Find(string line, MarkerStyles styles)
    {
        var found = new List<FoundMarker>();
        if ((styles & MarkerStyles.Superscript) != 0)
        {
            var lastMarkerEnd = -1;
            for (var i = 0; i < line.Length; i++)
            {
                if (!IsSuperscriptDigit(line[i]))
                {
                    continue;
                }

                var length = ReadSuperscriptNumber(line, i, out var number);

                // A superscript inside a word ("Russia¹s") is a mis-encoded character, not a marker.
                var followedByLetter = i + length < line.Length && char.IsLetter(line[i + length]);
                var afterText = i > 0 && !char.IsWhiteSpace(line[i - 1]);
                // A marker of a run takes the space or comma before it, which goes with it from the clean text.
                var start = FollowsMarker(line, lastMarkerEnd, i) ? lastMarkerEnd : afterText ? i : -1;
                if (start >= 0 && !followedByLetter)
                {
                    found.Add(new FoundMarker(start, i + length - start, number));
                    lastMarkerEnd = i + length;
                }

                i += length - 1;
            }
        }

        // Each pattern runs only on a line with the character it needs: most lines have none.
        if ((styles & MarkerStyles.SupTag) != 0 && line.IndexOf('<') >= 0)
        {
            AddLabelled(found, SupTag, line);
        }

        if ((styles & MarkerStyles.MarkdownReference) != 0 && line.IndexOf('^') >= 0)
        {
            AddLabelled(found, MarkdownReference, line);
        }

        if ((styles & MarkerStyles.FollowsSentence) != 0 && OpeningMarker.Match(line) is { Success: true } opening
            && opening.Groups["marker"] is var marker
            && (styles & (line[marker.Index] == '(' ? MarkerStyles.Parenthesized : MarkerStyles.Bracketed)) != 0)
        {
            found.Add(new FoundMarker(marker.Index, marker.Length, TextPatterns.Number(opening.Groups["n"].Value)));
        }

        if ((styles & MarkerStyles.Bracketed) != 0 && line.IndexOf('[') >= 0)
        {
            AddLabelled(found, Bracketed, line);
        }

        if ((styles & MarkerStyles.Parenthesized) != 0 && line.IndexOf('(') >= 0)
        {
            AddLabelled(found, Parenthesized, line);
        }

        if ((styles & MarkerStyles.OcrApostrophe) != 0 && line.IndexOfAny(Apostrophes) >= 0)
        {
            foreach (Match match in OcrApostrophe.Matches(line))
            {
                found.Add(new FoundMarker(match.Index, match.Length, 0));
            }
        }

        var ocr = (styles & MarkerStyles.OcrDigit) != 0;
        var digitOnStop = ocr ? ((styles & MarkerStyles.EndsParagraph) != 0 ? OcrDigitEndingParagraph : OcrDigit)
            : (styles & MarkerStyles.DigitOnStop) != 0 ? DigitOnStop
            : null;
        // OCR's markers stand on a full stop (and may be letters); a plain one is a digit, after a stop, quote, comma or bracket.
        if (digitOnStop != null && (ocr ? line.IndexOf('.') : line.IndexOfAny(TextPatterns.Digits)) >= 0)
        {
            foreach (Match match in digitOnStop.Matches(line))
            {
                var label = match.Groups["n"].Value;
                found.Add(new FoundMarker(match.Index, match.Length, TextPatterns.Number(NumberReading.Digits(label))));
            }
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    // A pattern's markers with the numbers (or names) they show; one that starts the line is its note's label, not a marker.
    private static void AddLabelled(List<FoundMarker> found, Regex pattern, string line)
    {
        foreach (Match match in pattern.Matches(line))
        {
            if (match.Index > 0)
            {
                var name = match.Groups["name"];
                found.Add(name.Success
                    ? new FoundMarker(match.Index, match.Length, 0, name.Value)
                    : new FoundMarker(match.Index, match.Length, TextPatterns.Number(match.Groups["n"].Value)));
            }
        }
    }
}

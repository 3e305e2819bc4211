using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using TypedCorpus.Parsing.Layouts.Common;
using TypedCorpus.Parsing.Text;

namespace TypedCorpus.Parsing.Layouts.PrintedChapter;

/// <summary>
/// A chapter of a printed book, as text: Roman-numbered sections with unnumbered subheadings under them,
/// figure captions, and note blocks (lines that start with a superscript number, or a plain one where the page lost
/// its superscripts) left where the page broke, often in the middle of a sentence.
/// </summary>
public sealed class PrintedChapterLayout : PlainTextLayout
{
    // "1 Ministry of Foreign Affairs, ...", "1. Japan Coast Guard, ...": a note whose label is a plain number, where
    // the page lost its superscripts or labels its notes so.
    private static readonly Regex PlainNoteLabel = TextPatterns.Create(@"^\s*" + FootnoteMarkers.PlainNoteLabel(spaceOnly: false));

    public override string Name => "printed-chapter";

    // A page that lost its superscripts keeps its markers as plain numbers on the stops ("markedly.1 In").
    public override MarkerStyles Markers => base.Markers | MarkerStyles.DigitOnStop;

    /// <summary>
    /// Also a plain number and a capital, where the text before has a marker with that number: glued to a stop, or a
    /// superscript when no line of the seed opens with one (its notes are labelled with plain numbers, and a numbered
    /// list beside superscript-labelled notes stays a list). A note of a block may come before its marker, which the
    /// sentence the page broke goes on to carry: the line right under note n - 1 (blank lines between or not) is note n
    /// when n is marked anywhere.
    /// </summary>
    protected override bool IsNoteStart(LayoutInput input, int line, bool inNotes, out int number, out int labelLength)
    {
        if (base.IsNoteStart(input, line, inNotes, out number, out labelLength))
        {
            return true;
        }

        var label = PlainNoteLabel.Match(input.Line(line));
        if (!label.Success || StandsAsNumberedHeading(input, line))
        {
            return false;
        }

        var shown = TextPatterns.Number(label.Groups["n"].Value);
        var styles = input.LabelsNotesWithSuperscripts ? MarkerStyles.DigitOnStop : MarkerStyles.DigitOnStop | MarkerStyles.Superscript;
        if (IsMarkedNote(input, line, inNotes, shown, styles))
        {
            number = shown;
            labelLength = label.Length;
            return true;
        }

        return false;
    }

    /// <summary>
    /// "2. The Sakhalin lobby": a numbered title alone between blank lines, over a paragraph or its first subsection
    /// ("2.1 Governor Fedorov"), is a section's heading though marker 2 stands above it, as a note's would. A title:
    /// short, no comma or stop at its end (a note cites a source).
    /// </summary>
    private static bool StandsAsNumberedHeading(LayoutInput input, int line)
    {
        var below = input.NearestText(line, 1);
        if ((line > 0 && !input.Source.IsBlank(line - 1)) || below <= line + 1
            || !LineShapes.TryArabicHeading(input.Line(line), out var number, out var title)
            || !LooksLikePlainHeading(title) || title.IndexOf(',') >= 0)
        {
            return false;
        }

        var next = input.Line(below).TrimStart();
        return char.IsUpper(next.FirstOrDefault()) || next.StartsWith(number + ".", StringComparison.Ordinal);
    }

    // An OCR'd chapter is a chapter too; the OCR layout knows it by its garbling or the catalog's source quality.
    protected override IReadOnlyList<string> KindWords { get; } = new[] { "chapter" };

    public override double Score(LayoutInput input)
    {
        var noteLines = 0;
        var markedLines = 0;
        var romanHeadings = 0;
        foreach (var chunk in input.Chunks)
        {
            var line = input.Line(chunk.First).TrimStart();
            if (line.Length > 1 && FootnoteMarkers.IsSuperscriptDigit(line[0]))
            {
                noteLines++;
            }
            else if (PlainNoteLines(input, chunk) is var plain and > 0)
            {
                // Notes labelled with plain numbers ("1 IISS, ..."), maybe set right under the page's last line of text;
                // such a label is a note's only where the text has its marker.
                noteLines += plain;
                markedLines++;
            }
            else if (markedLines == 0 && HasMarker(input, chunk))
            {
                markedLines++;
            }

            if (chunk.LineCount == 1 && LineShapes.TryRomanHeading(line, out _, out var title) && title.Length < 100)
            {
                romanHeadings++;
            }
        }

        // A short chapter may have one note, and its marker in the text, and one numbered section.
        var notes = noteLines >= 2 || (noteLines == 1 && markedLines > 0);
        return (notes ? 0.6 : 0) + (romanHeadings >= 2 ? 0.3 : romanHeadings == 1 ? 0.15 : 0);
    }

    private int PlainNoteLines(LayoutInput input, Chunk chunk)
    {
        var notes = 0;
        for (var i = chunk.First; i <= chunk.Last; i++)
        {
            var line = input.Line(i).TrimStart();
            if (line.Length > 0 && char.IsDigit(line[0]) && IsNoteStart(input, i, false, out _, out _))
            {
                notes++;
            }
        }

        return notes;
    }

    // A superscript marker in one of the chunk's lines; the score reads every seed, so a line with no superscript
    // digit costs no list.
    private static bool HasMarker(LayoutInput input, Chunk chunk)
    {
        for (var i = chunk.First; i <= chunk.Last; i++)
        {
            var line = input.Line(i);
            if (line.Any(FootnoteMarkers.IsSuperscriptDigit) && FootnoteMarkers.Find(line, MarkerStyles.Superscript).Count > 0)
            {
                return true;
            }
        }

        return false;
    }
}

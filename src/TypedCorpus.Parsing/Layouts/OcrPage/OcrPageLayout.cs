using System;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using TypedCorpus.Parsing.Layouts.Common;
using TypedCorpus.Parsing.Model;
using TypedCorpus.Parsing.Ocr;
using TypedCorpus.Parsing.Text;

namespace TypedCorpus.Parsing.Layouts.OcrPage;

/// <summary>
/// The OCR of printed pages. Page breaks leave blank lines inside paragraphs; headings are all-capitals
/// (level 1, sometimes broken over two lines or two chunks) or title case (level 2); characters are garbled,
/// including digits ('r' for 1, 'z' for 2); bullets came out as '.'; superscript note markers as an apostrophe
/// after a full stop; endnotes are numbered with OCR'd digits under an ENDNOTES heading.
/// </summary>
public sealed class OcrPageLayout : PlainTextLayout
{
    private const int MaxCapsLineLength = 45;
    private const int MaxTitleLineLength = 60;
    // A short heading may be in sentence case, as a printed book's are ("The decline of the fleet").
    private const int MaxSentenceCaseTitleWords = 6;
    // A note's label at a page's foot: a number of one or two digits, or the letters OCR reads them as, then a space or a stop.
    private static readonly Regex PageFootNoteLabel = TextPatterns.Create(@"^\s*(?<n>[0-9rlIizZqgoOsSEB]{1,2})(?:[.,]\s*|\s+)(?<text>\S)");
    private static readonly Regex OcrNoteLabel = TextPatterns.Create(@"^\s*(?<n>[0-9rlIizZqgoOsSEB]{1,3})[.,]\s+\S");

    public const string LayoutName = "ocr-page";

    public override string Name => LayoutName;

    public override MarkerStyles Markers => base.Markers | MarkerStyles.OcrApostrophe | MarkerStyles.OcrDigit;

    // A scanned page has no markup: a backslash or an asterisk is a stroke OCR read, and the corrector's evidence
    // ("I.'OR\\,\RD" is FORWARD, where "\\" read as an escape would leave one stroke of the W).
    public override bool HasMarkup => false;

    protected override bool ReadsOcr(LayoutInput input) => true;

    public override double Score(LayoutInput input)
    {
        if (input.Entry.IsOcr)
        {
            return 1;
        }

        var words = 0;
        var garbled = 0;
        for (var i = 0; i < input.Source.Count; i++)
        {
            var line = input.Line(i);
            words += LineShapes.WordCount(line);
            garbled += GarbledSpots(line) + ConfusedWords(line);
        }

        // Clean prose has almost no letter-symbol-letter tangles and no words that only OCR's confusions make; OCR
        // has several in every hundred words.
        return words > 0 && (double)garbled / words > 0.015 ? 0.8 : 0;
    }

    /// <summary>
    /// Words no English spelling makes and OCR's letter confusions do: "rnet" (rn for m), "hacl" (cl for d), "tlie"
    /// and "tlrat" (l for h), and years with letters for digits ("r956", "zoo1", "19q8"). A page can be garbled in
    /// these alone, with no symbol tangled into a word.
    /// </summary>
    private static int ConfusedWords(string line)
    {
        var count = 0;
        var at = 0;
        while (TextPatterns.NextWord(line, ref at, out var start, out var length))
        {
            if (IsConfusedWord(line, start, length))
            {
                count++;
            }
        }

        return count;
    }

    private static bool IsConfusedWord(string line, int start, int length)
    {
        if (length < 3)
        {
            return false;
        }

        char At(int k) => line[start + k];
        var last = start + length - 1;
        return (At(0) == 'r' && At(1) == 'n' && "aeiouy".IndexOf(At(2)) >= 0)
            || (line[last - 1] == 'c' && line[last] == 'l' && IsLowerAscii(line[last - 2]))
            || (At(0) == 't' && At(1) == 'l' && (At(2) == 'i' || At(2) == 'r'))
            || (length == 4 && "rlIz".IndexOf(At(0)) >= 0 && IsOcrYearTail(line, start + 1, 3))
            || (length == 4 && (At(0) == '1' || At(0) == '2') && char.IsDigit(At(1)) && "oqz".IndexOf(At(2)) >= 0 && IsOcrYearTail(line, start + 3, 1));
    }

    // Digits, or the letters OCR reads them as: o for 0, q for 9, z for 2.
    private static bool IsOcrYearTail(string line, int start, int length)
    {
        for (var k = start; k < start + length; k++)
        {
            if (!char.IsDigit(line[k]) && "oqz".IndexOf(line[k]) < 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Spots where OCR tangled a word: a lower-case letter, then a bracket, bar, brace, semicolon, backslash, comma or digit, then a lower-case letter.</summary>
    [MethodImpl(MethodOptions.HotLoop)]
    public static int GarbledSpots(string line)
    {
        var spots = 0;
        for (var i = 1; i + 1 < line.Length; i++)
        {
            var c = line[i];
            if (c < TangleMarks.Length && TangleMarks[c] && IsLowerAscii(line[i - 1]) && IsLowerAscii(line[i + 1]))
            {
                spots++;
            }
        }

        return spots;
    }

    // The score reads every character of every seed: a table, not a search of the mark list.
    private static readonly bool[] TangleMarks = Enumerable.Range(0, 128).Select(c => "][|{};\\,0123456789".IndexOf((char)c) >= 0).ToArray();

    private static bool IsLowerAscii(char c) => c >= 'a' && c <= 'z';

    protected override Block? DetectHeading(HeadingContext context, int index, out int lastChunk)
    {
        lastChunk = index;
        var input = context.Input;
        var chunk = input.Chunks[index];
        if (chunk.LineCount == 1 && input.Line(chunk.First).Trim() is { Length: <= MaxTitleLineLength } line && !line.EndsWith(".", StringComparison.Ordinal))
        {
            if (RomanNumberedHeading(context, chunk, line, ocr: true) is { } numbered)
            {
                return numbered;
            }

            if (LineShapes.TryOcrArabicHeading(line, context.LastArabic + 1, out var number, out var numberedTitle) && LooksLikeOcrTitle(numberedTitle))
            {
                context.LastArabic++;
                context.NumberedLevel = 1;
                context.LastLetter = null;
                return new Block(SpanKind.Heading, chunk.First, chunk.Last) { Level = 1, Number = number, Title = numberedTitle };
            }
        }

        if (IsCapsHeading(input, chunk))
        {
            // A heading in capitals may be broken over the next chunk too ("CHALLENGES" / "FOR JAPAN ...").
            while (lastChunk + 1 < input.Chunks.Count && IsCapsHeading(input, input.Chunks[lastChunk + 1]))
            {
                lastChunk++;
            }

            context.NumberedLevel = 1;
            var last = input.Chunks[lastChunk];
            var title = JoinedRange(input, chunk.First, last.Last);
            return new Block(SpanKind.Heading, chunk.First, last.Last) { Level = 1, Title = title };
        }

        if (chunk.LineCount > 2)
        {
            return null;
        }

        var text = input.Joined(chunk);
        var lines = Enumerable.Range(chunk.First, chunk.LineCount).Select(i => input.Line(i).Trim()).ToList();
        // Counted by spaces: OCR splits words ("N ortheast") and that should not make a heading look long.
        var tokens = text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Length;
        if (lines.Any(l => l.Length > MaxTitleLineLength) || text.Length > 90 || tokens > 16)
        {
            return null;
        }

        // A sentence ending in a note marker ("Pyongyang.3") is still a sentence.
        if (!LooksLikeOcrTitle(CleanLine.From(text, 0, Markers, HasMarkup).Text) || !context.FollowsCompleteText(index) || !context.PrecedesNewParagraph(index))
        {
            return null;
        }

        return SubHeading(context, chunk, text);
    }

    protected override bool IsNoteStart(LayoutInput input, int line, bool inNotes, out int number, out int labelLength)
    {
        if (base.IsNoteStart(input, line, inNotes, out number, out labelLength))
        {
            return true;
        }

        if (!inNotes)
        {
            return IsPageFootNote(input, line, out number, out labelLength);
        }

        var match = OcrNoteLabel.Match(input.Line(line));
        if (!match.Success || !NumberReading.TryReadLabel(match.Groups["n"].Value, out number))
        {
            return false;
        }

        labelLength = match.Groups["n"].Index + match.Groups["n"].Length + 1;
        return true;
    }

    /// <summary>
    /// "1 [nternatiorral Institute ...", "z Boei Hakrrsho ...": a note set at a page's foot, its label a number as OCR
    /// read it (letters alone only one, as a word is longer), where the text has its marker (see <see cref="PlainTextLayout.IsMarkedNote"/>).
    /// Its text opens with no small letter unless it follows the note before it ("4. japan Maritime", the J misread).
    /// </summary>
    private bool IsPageFootNote(LayoutInput input, int line, out int number, out int labelLength)
    {
        number = 0;
        labelLength = 0;
        var match = PageFootNoteLabel.Match(input.Line(line));
        var label = match.Groups["n"].Value;
        if (!match.Success || (label.IndexOfAny(TextPatterns.Digits) < 0 && label.Length > 1) || !NumberReading.TryReadLabel(label, out var shown))
        {
            return false;
        }

        // A numbered list keeps its own labels where the notes are labelled with superscripts.
        var styles = MarkerStyles.OcrDigit | (input.LabelsNotesWithSuperscripts ? 0 : MarkerStyles.Superscript);
        var opensLow = char.IsLower(match.Groups["text"].Value[0]);
        if (!IsMarkedNote(input, line, false, shown, styles) || (opensLow && NoteAbove(input, line, false) != shown - 1))
        {
            return false;
        }

        number = shown;
        labelLength = match.Groups["text"].Index;
        return true;
    }

    private static bool IsCapsHeading(LayoutInput input, Chunk chunk)
    {
        if (chunk.LineCount > 2)
        {
            return false;
        }

        for (var i = chunk.First; i <= chunk.Last; i++)
        {
            if (input.Line(i).Trim().Length > MaxCapsLineLength)
            {
                return false;
            }
        }

        var text = input.Joined(chunk);
        return LineShapes.LetterCount(text) >= 4 && LineShapes.UppercaseRatio(text) >= 0.5 && !text.EndsWith(".", StringComparison.Ordinal);
    }

    // OCR breaks capitals, so a heading is judged by shape: it starts with a capital (a T read as a mark and a stroke is
    // one), does not end a sentence or run on, and at least a third of its words are capitalised or it is short (a
    // sentence-case title); a lettered one may hold only years.
    private static bool LooksLikeOcrTitle(string text)
    {
        var letteredHeading = LineShapes.TryLetterHeading(text, out _, out var lettered);
        text = LineShapes.WithOcrCapitalT(letteredHeading ? lettered : text);
        // "(b) r996-1998": a lettered heading may name the years it covers, as OCR read them.
        var opensWithYear = letteredHeading && text.Length >= 4 && NumberReading.Digits(text.Substring(0, 4)) is var year && year.All(char.IsDigit) && NumberReading.IsYear(year);
        if (!(LineShapes.StartsCapitalOrDigit(text) || opensWithYear) || ParagraphText.EndsSentence(text) || text.EndsWith(",", StringComparison.Ordinal) || text.EndsWith("-", StringComparison.Ordinal))
        {
            return false;
        }

        var words = text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Where(w => w.Any(char.IsLetter)).Select(LineShapes.WithOcrCapitalT).ToList();
        var capitalised = words.Count(w => char.IsUpper(w.First(char.IsLetter)));
        return opensWithYear || (words.Count > 0 && (capitalised * 3 >= words.Count || words.Count <= MaxSentenceCaseTitleWords));
    }

    private static string JoinedRange(LayoutInput input, int first, int last)
    {
        var parts = Enumerable.Range(first, last - first + 1).Select(input.Line).Select(l => l.Trim()).Where(l => l.Length > 0);
        return string.Join(" ", parts);
    }
}

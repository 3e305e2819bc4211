using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using TypedCorpus.Parsing.Dates;
using TypedCorpus.Parsing.Ocr;
using TypedCorpus.Parsing.Text;

namespace TypedCorpus.Parsing.Layouts.Common;

/// <summary>Shapes of lines that several layouts share: numbered headings, captions, furniture, bullets, dated entries.</summary>
public static class LineShapes
{
    // The number is set off by a stop as a rule, by a colon, a bracket or a dash in some books ("II: Trade", "III – Prospects").
    private static readonly Regex RomanHeading = TextPatterns.Create(@"^\s*(?<number>[IVXLC]{1,6})(?:[.:)]|\s+[-\u2013\u2014])\s+(?<title>\S.*)$");
    // The strokes OCR reads an I as; an H is two of them. Not a 1: "1. Introduction" is numbered with digits.
    private const string OcrStrokes = "l|[]!";
    // The title may follow the stop with no space where OCR lost it: before a capital ("ll.N4oscow") or a quotation mark,
    // as OCR reads a capital T ("II.'1'he").
    private static readonly Regex OcrRomanHeading = TextPatterns.Create(@"^\s*(?<number>[IVXHl|\[\]!]{1,6})[.:)](?:\s+|(?=['\u2018\u2019A-Z]))(?<title>\S.*)$");
    private static readonly Regex ArabicHeading = TextPatterns.Create(@"^\s*(?<number>\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(?<title>[A-Z].*)$");
    private const string NumberWord = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve";
    private static readonly Regex ChapterLabel = TextPatterns.Create(@"^\s*(?:chapter|part)\s*[-\u2013\u2014.:]?\s*(?<number>[IVXLC]+|\d{1,3}|" + NumberWord + @")\b\.?\s*(?:[-\u2013\u2014.:]\s*)?(?<title>.*)$", RegexOptions.IgnoreCase);
    private static readonly Regex LetterHeading = TextPatterns.Create(@"^\s*(?:\((?<number>[A-Za-z])\)|(?<number>[A-Z])\.|(?<number>[a-z])\))\s+(?<title>\S.*)$");
    // "Figure 20.1. Map of ...", "Table 3: ..."; a web page's "Image: Reuters", "Photo credit: AP" (with a colon, as "Image-conscious" is a word).
    private static readonly Regex Caption = TextPatterns.Create(
        @"^\s*(?:\*\*)?(?:(?:Figure|Fig\.|Table|Map|Chart|Plate|Graph)\s*(?:[\d.]+[a-z]?|[IVX]+)?\s*[.:\u2013\u2014-]|(?:Image|Photo(?:graph)?|Picture)(?:\s+credits?)?\s*:)",
        RegexOptions.IgnoreCase);
    private static readonly Regex Bullet = TextPatterns.Create(@"^\s*(?:[-*\u2022\u00B7\u25AA\u25CF]|\.)\s+(?=\S)");
    private static readonly Regex NumberedItem = TextPatterns.Create(@"^\s*\d{1,2}[.)]\s+(?=\S)");
    private static readonly Regex EndsWithMonth = TextPatterns.Create(@"\b" + PartialDateText.MonthName + @"\s*$");
    private static readonly Regex OpensWithDay = TextPatterns.Create(@"^\s*(?:[1-9]|[12][0-9]|3[01])\.\s");
    // An en or em dash and a space: a list's mark in print, but also a dash a sentence runs on after, so an item only in a run of them.
    private static readonly Regex DashMark = TextPatterns.Create(@"^\s*[\u2013\u2014]\s+(?=\S)");
    // A running head is two words in capitals at least, the book's or the chapter's title, with the page number before or after.
    private const string RunningHead = @"[A-Z][A-Z'\u2019,:&-]*(?:\s+[A-Z][A-Z'\u2019,:&-]*)+";
    // Its page number is no year: a heading in capitals may end in one ("THE FAR EAST AFTER 1991").
    private const string PageNumber = @"(?!(?:1[89]|20)\d\d\b)\d{1,4}";
    private static readonly Regex Furniture = TextPatterns.Create(
        @"^\s*(?:\d{1,4}|[ivxlcdm]{1,6}|[A-Z]{1,4}-?\d{3,}|" + PageNumber + @"\s+" + RunningHead + "|" + RunningHead + @"\s+" + PageNumber + @")\s*$");
    // A rule: markdown's ("---", "***", "___", spaced as markdown allows: "* * *"), or a printed one of dashes or a
    // box-drawing line ("——————", "────").
    private static readonly Regex Separator = TextPatterns.Create(@"^\s*(?:(?<mark>[-*_])(?:[ \t]*\k<mark>){2,}|[\u2013\u2014\u2015\u2500]{2,})\s*$");

    private static readonly Regex MonthsTitle = TextPatterns.Create(@"^\W*(?:" + PartialDateText.Month + @"(?![a-z])\W+){1,2}[12][0-9]{3}\W*$", RegexOptions.IgnoreCase);
    private static readonly Regex NotesTitle = TextPatterns.Create(@"^\s*(?:end\s*|foot\s*)?notes\s*:?\s*$", RegexOptions.IgnoreCase);

    public static bool IsSeparator(string line) => Separator.IsMatch(line);

    /// <summary>"Notes", "ENDNOTES", "Footnotes:": the heading of a run of notes numbered "1. ...".</summary>
    public static bool IsNotesTitle(string title) => NotesTitle.IsMatch(title);

    public static bool IsCaption(string line) => Caption.IsMatch(line);

    // A caption's label as OCR may read it, its word a letter off ("Figurc", "Tablc", "'lable") and its number with letters
    // for digits ("7.r."), then a stop before the caption's text or the line's end.
    private static readonly Regex OcrCaption = TextPatterns.Create(@"^\s*(?<word>\S{5,8})\s+(?<number>[0-9rlIzZoOqgsS]{1,3}(?:\.[0-9rlIzZoOqgsS]{1,3})?)\s*[.:\u2013\u2014-](?=\s*$|\s+[^\sa-z])");
    private static readonly string[] CaptionWords = { "Figure", "Table", "Chart", "Graph", "Plate" };

    /// <summary>"Figurc 7.r. The proposed routes": a caption as OCR read its label; the number keeps one true digit at least.</summary>
    public static bool IsOcrCaption(string line)
    {
        var match = OcrCaption.Match(line);
        if (!match.Success || match.Groups["number"].Value.IndexOfAny(TextPatterns.Digits) < 0)
        {
            return false;
        }

        var word = WithOcrCapitalT(match.Groups["word"].Value);
        return CaptionWords.Any(w => w.Length == word.Length && TextPatterns.Mismatches(w, word) <= 1);
    }

    public static bool IsBullet(string line) => Bullet.IsMatch(line);

    /// <summary>How many characters a list item's bullet takes at the start of the line, with its spaces; 0 for none.</summary>
    public static int BulletLength(string line) => Bullet.Match(line) is { Success: true } match ? match.Length : 0;

    /// <summary>"1. Why did ...", "2) What ...": an item of a numbered list, as markdown writes one.</summary>
    public static bool IsNumberedItem(string line) => NumberedItem.IsMatch(line);

    /// <summary>The line opens with a day's number and a stop, and the line above ends with a month ("on Aug." over "28. The ...").</summary>
    public static bool IsDayAfterMonth(string above, string line) => OpensWithDay.IsMatch(line) && EndsWithMonth.IsMatch(above);

    /// <summary>The line opens a list's item with a bullet or a number ("- ...", ". ...", "1. ...").</summary>
    public static bool OpensItem(string line) => IsBullet(line) || IsNumberedItem(line);

    /// <summary>How many characters a list item's bullet or number takes at the start of the line, with its spaces; 0 for none.</summary>
    public static int ItemMarkLength(string line) =>
        BulletLength(line) is var bullet and > 0 ? bullet
        : NumberedItem.Match(line) is { Success: true } match ? match.Length
        : DashMark.Match(line) is { Success: true } dash ? dash.Length : 0;

    /// <summary>"– why Japanese firms ...": the line opens with an en or em dash and a space.</summary>
    public static bool OpensWithDash(string line) => DashMark.IsMatch(line);

    /// <summary>
    /// A page number, a folio in Roman numerals or a library stamp such as "TH-15768", alone on its line, or a running
    /// head beside its page number ("42 ENGAGING RUSSIA IN ASIA PACIFIC", "RUSSIA IN NORTHEAST ASIA 43").
    /// </summary>
    public static bool IsFurniture(string line) => Furniture.IsMatch(line);

    /// <summary>
    /// Furniture as OCR read it: a page number with letters for digits ("6z HIROSHI KON"), a running head whose capitals
    /// are partly other strokes ("230 RlJSSlA AND AS[A", "RLlSSO-lAPANFiSE RELATIC)NS 376").
    /// </summary>
    public static bool IsOcrFurniture(string line)
    {
        // A number OCR read keeps one true digit at least, and most lines have none: they cost no split.
        if (line.IndexOfAny(TextPatterns.Digits) < 0)
        {
            return false;
        }

        // The number stands first or last on the line, set off by any space (an exporter's no-break space too).
        var words = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var read = false;
        foreach (var at in new[] { 0, words.Length - 1 }.Distinct())
        {
            if (NumberReading.TryRead(words[at], out var number))
            {
                words[at] = number;
                read = true;
            }
        }

        for (var i = 0; i < words.Length; i++)
        {
            if (IsCapitalsWithStrokes(words[i]))
            {
                words[i] = new string(words[i].Select(c => CapitalStrokeMarks.IndexOf(c) >= 0 ? 'I' : c).ToArray());
                read = true;
            }
        }

        return read && IsFurniture(string.Join(" ", words));
    }

    // Strokes and bows OCR reads in capitals: an I as l or a bracket, a U as "Ll", an O as "C)".
    private const string CapitalStrokeMarks = "li|[]!()";

    // A word in capitals but for strokes OCR read in them: two capitals at least, and no small letter but l and i.
    private static bool IsCapitalsWithStrokes(string word) =>
        word.Count(char.IsUpper) >= 2 && word.Any(c => CapitalStrokeMarks.IndexOf(c) >= 0) && word.All(c => !char.IsLower(c) || c == 'l' || c == 'i');

    /// <summary>"IV. Omni-directional friendliness": a Roman number, a stop (or a colon, bracket or dash), a title.</summary>
    public static bool TryRomanHeading(string line, out string number, out string title)
    {
        var match = RomanHeading.Match(line);
        number = match.Groups["number"].Value;
        title = match.Groups["title"].Value.Trim();
        return match.Success && RomanNumerals.TryParse(number, out _);
    }

    /// <summary>
    /// A Roman numeral as OCR may read its strokes ("Il. The Sakhalin projects" is II, "HI." III, "[." and "l." I), taken
    /// only where it reads as <paramref name="expected"/>, the number that comes next: a stray stroke and a stop number
    /// nothing. The numeral is returned as printed ("II").
    /// </summary>
    public static bool TryOcrRomanHeading(string line, int expected, out string number, out string title)
    {
        var match = OcrRomanHeading.Match(line);
        number = string.Empty;
        title = match.Groups["title"].Value.Trim();
        if (!match.Success)
        {
            return false;
        }

        number = match.Groups["number"].Value.Replace("H", "II");
        foreach (var stroke in OcrStrokes)
        {
            number = number.Replace(stroke, 'I');
        }

        return RomanNumerals.TryParse(number, out var value) && value == expected;
    }

    private static readonly Regex OcrArabicHeading = TextPatterns.Create(@"^\s*(?<number>[0-9rlIzZoO]{1,2})\.\s+(?<title>\S.*)$");

    /// <summary>
    /// "z. The pattern of trade": a section numbered with digits, some of which OCR read as letters, taken only where it
    /// reads as <paramref name="expected"/>, the number that comes next. The number is returned as printed ("2").
    /// </summary>
    public static bool TryOcrArabicHeading(string line, int expected, out string number, out string title)
    {
        var match = OcrArabicHeading.Match(line);
        title = match.Groups["title"].Value.Trim();
        var read = match.Success && NumberReading.TryReadLabel(match.Groups["number"].Value, out var value) && value == expected;
        number = read ? expected.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty;
        return read;
    }

    /// <summary>"Chapter 6", "CHAPTER III: Soviet legacy", "Part two": a chapter's or a part's number, then its title if on the same line.</summary>
    public static bool TryChapterLabel(string line, out string number, out string title)
    {
        var match = ChapterLabel.Match(line);
        number = match.Groups["number"].Value;
        title = match.Groups["title"].Value.Trim();
        return match.Success;
    }

    // "APPENDIX I", "Appendix A: The Tokyo Declaration", "Annexure - 2", "Appendix 21A. Chronology": a part of its own.
    private static readonly Regex AppendixLabel = TextPatterns.Create(@"^\s*(?:appendix|annexure|annex)\s*[-\u2013\u2014.:]?\s*(?:[IVXLC]{1,5}|[A-Z]|\d{1,2}[A-Z]?)\b", RegexOptions.IgnoreCase);

    /// <summary>A numbered or lettered appendix's label, with or without its title: a part beside the chapters or sections.</summary>
    public static bool IsAppendixLabel(string line) => AppendixLabel.IsMatch(line);

    /// <summary>"A. The setting", "(a) Krasnoyarsk", "b) Kawana": a letter that numbers a heading, then its title.</summary>
    public static bool TryLetterHeading(string line, out string number, out string title)
    {
        var match = LetterHeading.Match(line);
        number = match.Groups["number"].Value;
        title = match.Groups["title"].Value.Trim();
        return match.Success;
    }

    /// <summary>"2.1 Trade": a decimal number with up to four parts, then a capitalised title.</summary>
    public static bool TryArabicHeading(string line, out string number, out string title)
    {
        var match = ArabicHeading.Match(line);
        number = match.Groups["number"].Value;
        title = match.Groups["title"].Value.Trim();
        return match.Success;
    }

    /// <summary>
    /// A chronology entry: an optional bullet and bold, a date, a colon, a dash (-, --, \u2013, \u2014) or a stop, what
    /// happened. "Jan. 1, 2000: ...", "- **Feb. 1, 2000:** ...", "Late May 2002: ...", "Autumn 2003: ...", "**Oct. 4,
    /// 2004** ..." (its bold sets it off), and <paramref name="inChronology"/> (under a heading that names one) "Nov. 21,
    /// 2004 Putin ..." or a day's date alone over what happened; months alone ("February-March 2004") are none.
    /// Returns the ISO date. With the year of the chronology (0 when none is known) and the month of its last entry, a
    /// date may leave the year out (<see cref="PartialDateText.ReadEntryDate"/>).
    /// </summary>
    public static string? DatedEntryDate(string line, int year = 0, int lastMonth = 0, bool inChronology = false)
    {
        var rest = EntryText(line);
        return rest != null && PartialDateText.ReadEntryDate(rest, year, lastMonth, out var length) is { } date
            && (SeparatorEnd(rest, length, inChronology) > 0 || (inChronology && DateStandsAlone(rest, length, date)))
            && !MonthsTitle.IsMatch(rest)
            ? date
            : null;
    }

    /// <summary>"January 2004", "February-March 2004": months alone, a subheading of a chronology, not its entry.</summary>
    public static bool IsMonthsTitle(string line) => MonthsTitle.IsMatch(line);

    // In a chronology, a day's date alone on its line ("Jan. 12, 2004") heads the entry written under it; a month
    // alone ("January 2004") is rather a subheading of the chronology.
    private static bool DateStandsAlone(string text, int end, string date) =>
        SkipBoldAndSpaces(text, end, out _) == text.Length && date.Length >= 10 && date[7] == '-';

    /// <summary>
    /// Where what happened starts in an entry's clean text ("Dec. 2 \u2013 A trade mission..." at "A"), given the
    /// date its line was read as; 0 when the text does not start with a date and a separator.
    /// </summary>
    public static int EntryTextStart(string entry, string date)
    {
        var year = TextPatterns.Number(date.Substring(0, 4));
        var end = PartialDateText.ReadEntryDate(entry, year, 0, out var length) is null ? -1 : SeparatorEnd(entry, length, spaceSeparates: true);
        if (end <= 0)
        {
            return 0;
        }

        while (end < entry.Length && char.IsWhiteSpace(entry[end]))
        {
            end++;
        }

        return end;
    }

    // After a date that ends at `start`: the end of its closing bold and its colon, dash or stop, or -1 when none follows.
    // A closing bold sets a date off alone ("**Oct. 4, 2004** Machimura meets..."), and so does a space where
    // `spaceSeparates` (in a chronology, or in a line already known to be an entry: "Nov. 21, 2004 Putin meets...").
    private static int SeparatorEnd(string text, int start, bool spaceSeparates)
    {
        var i = SkipBoldAndSpaces(text, start, out var bold);
        if (i == text.Length)
        {
            return -1;
        }

        if (text[i] == ':' || text[i] == '\u2013' || text[i] == '\u2014' || text[i] == '-')
        {
            // A typewriter's dash is two hyphens ("Oct. 3, 2005 -- Lavrov says...").
            i += string.CompareOrdinal(text, i, "--", 0, 2) == 0 ? 2 : 1;
        }
        else if (text[i] == '.' && i == start && i + 1 < text.Length && (text[i + 1] == ' ' || text[i + 1] == '*'))
        {
            // "Nov. 14, 2004. Lavrov says...": a stop after the date's last figure.
            i++;
        }
        else
        {
            return i > start && (bold || spaceSeparates) && (char.IsUpper(text[i]) || char.IsDigit(text[i])) ? i : -1;
        }

        while (i < text.Length && text[i] == '*')
        {
            i++;
        }

        return i;
    }

    // Past the bold marks and spaces from `start`; a space may be a no-break one, as pages copied from the web keep it
    // ("Jan. 5, 2001\u00A0\u2013 Talks ...").
    private static int SkipBoldAndSpaces(string text, int start, out bool bold)
    {
        var i = start;
        bold = false;
        while (i < text.Length && (text[i] == '*' || text[i] == ' ' || text[i] == '\t' || text[i] == '\u00A0'))
        {
            bold |= text[i] == '*';
            i++;
        }

        return i;
    }

    /// <summary>
    /// The line after its leading white space, a bullet with the space after it, and a bold mark (one line: no line
    /// break but a last one, which is left out); null when no date can start it, so most lines cost no new string.
    /// </summary>
    private static string? EntryText(string line)
    {
        var start = 0;
        while (start < line.Length && char.IsWhiteSpace(line[start]))
        {
            start++;
        }

        if (start + 1 < line.Length && (line[start] == '-' || line[start] == '*' || line[start] == '\u2022') && char.IsWhiteSpace(line[start + 1]))
        {
            start += 2;
            while (start < line.Length && char.IsWhiteSpace(line[start]))
            {
                start++;
            }
        }

        if (string.CompareOrdinal(line, start, "**", 0, 2) == 0)
        {
            start += 2;
        }

        var end = line.IndexOf('\n', start);
        if (end >= 0 && end != line.Length - 1)
        {
            return null;
        }

        end = end < 0 ? line.Length : end;
        return PartialDateText.MayStartDate(line, start) || PartialDateText.MayStartVagueDate(line, start) ? line.Substring(start, end - start) : null;
    }

    /// <summary>Runs of letters and digits.</summary>
    [MethodImpl(MethodOptions.HotLoop)]
    public static int WordCount(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter;
        }

        return count;
    }

    /// <summary>Share of letters that are capitals.</summary>
    public static double UppercaseRatio(string text)
    {
        int letters = 0, upper = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                }
            }
        }

        return letters == 0 ? 0 : (double)upper / letters;
    }

    public static int LetterCount(string text) => text.Count(char.IsLetter);

    // A capital T as OCR reads its bar and stem: a quotation mark and a stroke, maybe a second mark ("'l'he", "'['lre",
    // "'fhe"); a capital I only with the second mark, as a quotation may open with "It" or "In".
    private static readonly Regex OcrCapitalT = TextPatterns.Create(@"^\s*['\u2018\u2019](?:[lI1\[\]|f]['\u2019]|[l1\[\]|f])(?=[a-z])");

    /// <summary>The text with a capital T that OCR read as a mark and a stroke at its start put back ("'l'he Kuril" is "The Kuril" here); else the text.</summary>
    public static string WithOcrCapitalT(string text) => OcrCapitalT.Match(text) is { Success: true } t ? "T" + text.Substring(t.Length) : text;

    public static bool StartsCapitalOrDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return char.IsUpper(c) || char.IsDigit(c);
            }
        }

        return false;
    }

    /// <summary>Word overlap of two titles, 0 to 1, ignoring case and punctuation; robust to a few OCR errors.</summary>
    public static double TitleSimilarity(string candidate, string title)
    {
        var a = Normalised(candidate);
        var b = Normalised(title);
        // OCR garbles short words past recognition ("aucl" for "and", "thc" for "the"): a long title is compared on its long words.
        if (b.Count(IsLongWord) >= MinLongTitleWords)
        {
            a = a.FindAll(IsLongWord);
            b = b.FindAll(IsLongWord);
        }

        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var shared = a.Count(w => b.Any(t => WordsMatch(w, t)));
        return (double)shared / Math.Max(a.Count, b.Count);
    }

    // Equal, or alike enough that OCR could have made one from the other: letter-pair overlap (Dice >= 0.6), or few
    // edits for the length, as when two letters were each read as another ("Jrpar" for "Japan", "Tracle" for "Trade").
    private static bool WordsMatch(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        if (a.Length < 4 || b.Length < 4)
        {
            return false;
        }

        if (EditDistance(a, b) <= MaxEditShare * Math.Max(a.Length, b.Length))
        {
            return true;
        }

        var pairsA = Enumerable.Range(0, a.Length - 1).Select(i => a.Substring(i, 2)).ToList();
        var pairsB = Enumerable.Range(0, b.Length - 1).Select(i => b.Substring(i, 2)).ToList();
        var common = 0;
        foreach (var pair in pairsA)
        {
            var at = pairsB.IndexOf(pair);
            if (at >= 0)
            {
                common++;
                pairsB.RemoveAt(at);
            }
        }

        return 2.0 * common / (a.Length + b.Length - 2) >= 0.6;
    }

    private const double MaxEditShare = 0.4;

    // Levenshtein distance: characters put in, left out or read as another.
    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    // Words of four letters or more, the ones the letter-pair test can tell apart from OCR's misreadings.
    private static bool IsLongWord(string word) => word.Length >= 4;

    private const int MinLongTitleWords = 3;

    private static List<string> Normalised(string text) =>
        ParagraphText.Words(text).Select(w => w.ToLowerInvariant()).Where(w => !(w.Length <= 2 && w.All(char.IsDigit))).ToList();
}

public static class RomanNumerals
{
    public static bool TryParse(string text, out int value)
    {
        value = 0;
        var previous = 0;
        for (var i = text.Length - 1; i >= 0; i--)
        {
            var digit = char.ToUpperInvariant(text[i]) switch
            {
                'I' => 1,
                'V' => 5,
                'X' => 10,
                'L' => 50,
                'C' => 100,
                'D' => 500,
                'M' => 1000,
                _ => 0,
            };
            if (digit == 0)
            {
                value = 0;
                return false;
            }

            value += digit < previous ? -digit : digit;
            previous = Math.Max(previous, digit);
        }

        return value > 0 && string.Equals(ToRoman(value), text.ToUpperInvariant(), StringComparison.Ordinal);
    }

    public static string ToRoman(int value)
    {
        var numerals = new[] { (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I") };
        var builder = new System.Text.StringBuilder();
        foreach (var (n, s) in numerals)
        {
            while (value >= n)
            {
                builder.Append(s);
                value -= n;
            }
        }

        return builder.ToString();
    }
}

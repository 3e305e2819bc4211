using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using TypedCorpus.Parsing.Ocr;
using TypedCorpus.Parsing.Text;

namespace TypedCorpus.Parsing.Dates;

/// <summary>A date expression found in a sentence, normalised to ISO 8601 at the precision the text gives.</summary>
/// <param name="Iso">"1997", "1997-11", "1997-11-01", or a span "1992/1995".</param>
/// <param name="Relative">True when the year was not written but taken from the context.</param>
/// <param name="YearOnly">True for a bare year ("in 1956"), which says less than a month or day.</param>
public readonly record struct DateMatch(int Start, int Length, string Iso, bool Relative, bool YearOnly);

/// <summary>What the text around a sentence says about its time, for dates written without a year.</summary>
public sealed class DateContext
{
    /// <summary>The last year stated explicitly earlier in the paragraph, or in the paragraphs of its section before it.</summary>
    public int? Year { get; set; }

    /// <summary>The period the document reports on: the catalog's ("2000-01/2000-03"), else the one its chronology's heading names.</summary>
    public CoveredPeriod? Covers { get; set; }

    /// <summary>True for OCR text: digits in years may be letters ("r997"), month names garbled ("Novembcr").</summary>
    public bool Ocr { get; set; }

    /// <summary>The year and month the document is dated (an article's "2001-04-02"), for a month up to it that nothing nearer dates.</summary>
    public (int Year, int Month)? Written { get; set; }

    /// <summary>The same document's context for a new paragraph: no year stated yet.</summary>
    public DateContext ForParagraph() => new() { Covers = Covers, Ocr = Ocr, Written = Written };

    /// <summary>
    /// The year of a month that nothing nearer dates, when the month falls up to the document's date: for a review,
    /// the end of the period it reports on ("proposed in March", in a review of October-December 2001, is March 2001).
    /// </summary>
    public int? YearWrittenFor(int month) =>
        Written is { } written ? (month <= written.Month ? written.Year : null)
        : Covers is { } covers && month <= covers.ToMonth ? covers.ToYear : null;

    public static (int Year, int Month)? ReadWritten(string? date) =>
        PartialDateText.ReadLeading(date ?? string.Empty, out _) is { Length: >= 7 } iso ? PartialDateText.YearAndMonth(iso) : null;
}

/// <summary>
/// Finds the date expressions these texts use: full dates in several styles, month and year, seasons, spans
/// ("from 1992 to 1995", "1997-98"), bare years after a preposition of time or opening a sentence, and months or
/// days without a year, which are resolved only from the document's covered period, an explicit year before them in
/// the sentence or paragraph (or its section, see <see cref="DateContext.Year"/>) or the document's date (see
/// <see cref="ResolveYearFor"/>), never guessed. Author-date
/// citations ("(Sakwa 2002: 349)", "Hasegawa (1998, chapter 3)") are not dates of events and are skipped.
/// </summary>
public static class TemporalTagger
{
    private const string MonthPattern = PartialDateText.Month;
    private const string Year = @"(?<year>1[89]\d\d|20[0-4]\d)";
    private const string Day = PartialDateText.Day;

    // "the end of" June, "by the beginning of" 2000.
    private const string PartOfPeriod = @"(?:beginning|start|middle|end)\s+of";

    private static readonly Regex DayMonthYear = Build(@"\b" + Day + PartialDateText.DayFirstSpan + @",?\s+" + Year + @"\b");
    private static readonly Regex MonthDayYear = Build(@"\b" + MonthPattern + @"\s+" + Day + PartialDateText.MonthFirstSpan + @",?\s+" + Year + @"\b");
    private static readonly Regex MonthYear = Build(@"\b" + MonthPattern + @",?\s+(?:of\s+)?" + Year + @"\b");
    private static readonly string[] Seasons = PartialDateText.Seasons;
    private static readonly string SeasonNames = string.Join("|", Seasons);
    private static readonly Regex SeasonYear = Build(@"\b(?:" + SeasonNames + @")\s+(?:of\s+)?" + Year + @"\b");
    private static readonly Regex YearSpan = Build(@"\b(?i:from|between)\s+" + Year + @"\s+(?:to|and|until|till)\s+(?<end>1[89]\d\d|20[0-4]\d)\b|\b" + Year + @"\s*[-\u2013/]\s*(?<end>\d{2}|1[89]\d\d|20[0-4]\d)\b(?!\s*(?::|pp?\.))");
    private static readonly Regex BareYear = Build(@"\b" + Year + @"\b(?!s\b|['\u2019]s\b|\s*:\s*\d)");
    private static readonly Regex DayMonth = Build(@"\b" + Day + PartialDateText.DayFirstSpan + @"\b(?!,?\s+\d)");
    private static readonly Regex MonthDay = Build(@"\b" + MonthPattern + @"\s+" + Day + PartialDateText.MonthFirstSpan + @"\b(?!,?\s+\d{4})(?!\s*(?:%|percent))");
    // The month is found first and the words before it are looked behind for: tried at every letter that may start a
    // preposition, the pattern cost more than all the others together. The match is the month alone.
    // A month that opens its sentence ("October and November 1997 saw...") needs no preposition.
    private static readonly Regex MonthAlone = Build(@"(?<=(?:^|\b(?i:in|on|by|during|until|since|from|between|early|late|mid-?|end of|beginning of|middle of)\s+)(?i:early\s+|late\s+|mid-?)?)" + MonthPattern + @"\b(?!,?\s+\d)");
    private static readonly Regex Citation = Build(@"\((?:[A-Z][^()]{0,80}?[\s.,])?(?:1[89]\d\d|20[0-4]\d)[a-z]?(?:\s*[:,][^()]{0,30})?\)");
    private static readonly Regex NamedCitation = Build(@"\b[A-Z][a-z]+\s+\((?:1[89]\d\d|20[0-4]\d)[a-z]?[,:)]");
    private static readonly Regex CapitalisedWord = TextPatterns.Create(@"\b[A-Z][a-z]{3,9}\b");
    private static readonly Regex LeadingMonth = TextPatterns.Create("^" + MonthPattern, RegexOptions.IgnoreCase);
    // A capitalised word of small letters is a name, not a year ("Igor" is no 1901).
    private static readonly Regex OcrYear = TextPatterns.Create(@"\b(?![A-Z][a-z]{3}\b)[1rlI][9qg][0-9oOqgrlzsSE]{2}\b");
    private static readonly Regex YearPreposition = TextPatterns.Create(@"(?:\b(?:in|of|from|during|throughout|early|late|mid|until|till|year|" + SeasonNames + @"|on)\s*-?\s*|,\s*)$", RegexOptions.IgnoreCase);

    // A year and a conjunction before another year: "in 1994 and 1995".
    private static readonly Regex JoinedYear = TextPatterns.Create(@"\b(?:1[89]\d\d|20[0-4]\d)\s+(?:and|or)\s+$", RegexOptions.IgnoreCase);

    // "by the year 2000", "before 2000", "since 1973", "after 1945", "by the autumn of 1997": a deadline or a starting
    // point, not the date of an event.
    private static readonly Regex NotAnEventYear = TextPatterns.Create(@"\b(?:by|before|since|after)\s+(?:the\s+)?(?:(?:year|" + PartOfPeriod + @"(?:\s+the)?|(?:" + SeasonNames + @")(?:\s+of)?|early|late|mid-?)\s*)?$", RegexOptions.IgnoreCase);

    // "before June 1999", "by March 31, 2000", "since April 1996", "by the end of May 1998": the same for a month or a
    // day. "after the August 1998 crisis" names an event by its date, so "the" alone does not make one.
    private static readonly Regex NotAnEventMonth = TextPatterns.Create(@"\b(?:by|before|since|after)\s+(?:(?:the\s+)?" + PartOfPeriod + @"\s+|(?:early|late|mid)\s*-?\s*)?$", RegexOptions.IgnoreCase);

    // "set the year 2000 as a target", "with 2000 as the deadline": the year an aim is set for, not the date of an event.
    private static readonly Regex NamedAsTarget = TextPatterns.Create(@"\G\s*as\s+(?:a|an|the|its|their)\s+(?:\w+\s+)?(?:target|goal|deadline|aim)\b", RegexOptions.IgnoreCase);

    // "the target date of 2000", "a deadline of 2000": the same, named before the year.
    private static readonly Regex TargetBefore = TextPatterns.Create(@"\b(?:target|goal|deadline)(?:\s+(?:date|year))?\s+(?:of\s+)?(?:the\s+year\s+)?$", RegexOptions.IgnoreCase);

    // What joins a month to the dated one after it in one phrase: "July and August 1997", "March-April 1998",
    // "the end of June and the beginning of July 1997".
    private static readonly Regex SamePhrase = TextPatterns.Create(@"^\s*(?:and|or|to|through|till|until|[-\u2013\u2014/])\s*(?:(?:the\s+)?" + PartOfPeriod + @"\s+|(?:early|late|mid)\s*-?\s*)?$", RegexOptions.IgnoreCase);

    private static readonly Regex SpanOpening = TextPatterns.Create(@"\b(?:from|between)\s+$", RegexOptions.IgnoreCase);
    private static readonly Regex SpanJoin = TextPatterns.Create(@"^\s*(?:" + PartialDateText.SpanWords + @"|[-\u2013\u2014])\s*$", RegexOptions.IgnoreCase);

    // The words before a bare year that say whether it is a time: a few dozen characters hold them.
    private const int WordsBeforeYear = 40;

    public static List<DateMatch> Find(string sentence, DateContext context)
    {
        if (!context.Ocr && !MayHoldDate(sentence))
        {
            return new List<DateMatch>();
        }

        var text = context.Ocr ? RepairOcr(sentence) : sentence;
        var taken = new bool[text.Length];
        var found = new List<DateMatch>();
        if (text.IndexOf('(') >= 0)
        {
            MaskCitations(text, taken);
        }

        // Patterns run only where they can match: a year pattern needs a free four-digit run, a month pattern a month
        // name, the season pattern a season's name.
        var hasYear = HasFreeYear(text, taken);
        var hasMonth = ContainsAny(text, MonthStarts);
        if (hasYear && hasMonth)
        {
            bool IsDeadlineDate(Match date) => NotAnEventMonth.IsMatch(WordsBefore(text, date.Index));
            Collect(text, taken, found, DayMonthYear, m => PartialDateText.DayIso(m, Int(m, "year")), notAnEvent: IsDeadlineDate);
            Collect(text, taken, found, MonthDayYear, m => PartialDateText.DayIso(m, Int(m, "year")), notAnEvent: IsDeadlineDate);
            Collect(text, taken, found, MonthYear, m => PartialDateText.Format(Int(m, "year"), MonthOf(m), null), notAnEvent: IsDeadlineDate);
        }

        if (hasYear)
        {
            Collect(text, taken, found, YearSpan, m => SpanIso(m));
            if (ContainsAny(text, Seasons))
            {
                Collect(text, taken, found, SeasonYear, m => IsDeadline(WordsBefore(text, m.Index)) ? null : Int(m, "year").ToString("D4", CultureInfo.InvariantCulture), yearOnly: true);
            }

            Collect(text, taken, found, BareYear, m => IsTimeYear(text, m.Index, found) ? Int(m, "year").ToString("D4", CultureInfo.InvariantCulture) : null, yearOnly: true);
        }

        if (hasMonth)
        {
            var explicitDates = found.ToArray();
            Collect(text, taken, found, DayMonth, m => ResolveYearFor(m, text, explicitDates, context) is int y ? PartialDateText.DayIso(m, y) : null, relative: true);
            Collect(text, taken, found, MonthDay, m => ResolveYearFor(m, text, explicitDates, context) is int y ? PartialDateText.DayIso(m, y) : null, relative: true);
            Collect(text, taken, found, MonthAlone, m => ResolveYearFor(m, text, explicitDates, context) is int y ? PartialDateText.Format(y, MonthOf(m), null) : null, relative: true);
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        JoinSpans(text, found);
        return found;
    }

    // "from April 1996 to March 1997", "between August 28 and September 5, 1945": two dates of one precision, the
    // first opened by "from" or "between" and the second joined to it, are one span.
    private static void JoinSpans(string text, List<DateMatch> found)
    {
        for (var k = found.Count - 2; k >= 0; k--)
        {
            var (first, second) = (found[k], found[k + 1]);
            var firstEnd = first.Start + first.Length;
            if (first.Iso.Length == second.Iso.Length && first.Iso.IndexOf('/') < 0 && second.Iso.IndexOf('/') < 0
                && string.CompareOrdinal(first.Iso, second.Iso) < 0
                && SpanOpening.IsMatch(WordsBefore(text, first.Start))
                && SpanJoin.IsMatch(text.Substring(firstEnd, second.Start - firstEnd)))
            {
                found[k] = new DateMatch(first.Start, second.Start + second.Length - first.Start, first.Iso + "/" + second.Iso, second.Relative, first.YearOnly && second.YearOnly);
                found.RemoveAt(k + 1);
            }
        }
    }

    // Author-date citations hold years that are not dates of events.
    private static void MaskCitations(string text, bool[] taken)
    {
        foreach (Match citation in Citation.Matches(text))
        {
            if (!StartsWithMonth(citation.Value.TrimStart('(')))
            {
                Take(taken, citation.Index, citation.Length);
            }
        }

        foreach (Match citation in NamedCitation.Matches(text))
        {
            if (!StartsWithMonth(citation.Value))
            {
                Take(taken, citation.Index, citation.Length);
            }
        }
    }

    private static readonly string[] MonthStarts = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

    private static bool HasFreeYear(string text, bool[] taken)
    {
        var run = 0;
        for (var i = 0; i < text.Length; i++)
        {
            run = text[i] >= '0' && text[i] <= '9' && !taken[i] ? run + 1 : 0;
            if (run == 4)
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsAny(string text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.IndexOf(word, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    // Every pattern needs a digit or a month name: most sentences have neither and need no pattern run on them.
    [MethodImpl(MethodOptions.HotLoop)]
    private static bool MayHoldDate(string sentence)
    {
        foreach (var c in sentence)
        {
            if (c >= '0' && c <= '9')
            {
                return true;
            }
        }

        return ContainsAny(sentence, MonthStarts);
    }

    /// <summary>The year a sentence's explicit dates establish (the last one), to carry to the next sentence.</summary>
    public static int? LastExplicitYear(IEnumerable<DateMatch> matches)
    {
        int? year = null;
        foreach (var match in matches)
        {
            if (!match.Relative)
            {
                year = EndYear(match);
            }
        }

        return year;
    }

    // The year a date ends in: a span's last.
    private static int EndYear(DateMatch date)
    {
        var end = date.Iso.LastIndexOf('/') is var slash and >= 0 ? date.Iso.Substring(slash + 1) : date.Iso;
        return TextPatterns.Number(end.Substring(0, 4));
    }

    // A bare year is a time only after a preposition of time ("in 1956"), opening its sentence ("1996 was a year of..."),
    // or joined to a year that is one ("in 1994 and 1995"), and not as a deadline or starting point.
    private static bool IsTimeYear(string text, int start, List<DateMatch> found)
    {
        var before = WordsBefore(text, start);
        if (IsDeadline(before) || IsTarget(text, start, before))
        {
            return false;
        }

        if (YearPreposition.IsMatch(before) || OpensSentence(text, start))
        {
            return true;
        }

        var joined = JoinedYear.Match(before);
        var joinedEnd = start - before.Length + joined.Index + 4;
        return joined.Success && found.Exists(date => date.Start + date.Length == joinedEnd);
    }

    private static bool OpensSentence(string text, int start)
    {
        for (var i = 0; i < start; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && "\"'\u201C\u2018".IndexOf(text[i]) < 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDeadline(string wordsBefore) => NotAnEventYear.IsMatch(wordsBefore);

    private static bool IsTarget(string text, int yearStart, string wordsBefore) =>
        TargetBefore.IsMatch(wordsBefore) || NamedAsTarget.IsMatch(text, yearStart + 4);

    private static string WordsBefore(string text, int start)
    {
        var from = Math.Max(0, start - WordsBeforeYear);
        return text.Substring(from, start - from);
    }

    /// <summary>OCR years read as numbers ("rqq8" is 1998); misread month names put right ("Novembcr").</summary>
    private static string RepairOcr(string sentence)
    {
        var repaired = OcrYear.Replace(sentence, m => NumberReading.Digits(m.Value));
        return CapitalisedWord.Replace(repaired, m => FuzzyMonth(m.Value) ?? m.Value);
    }

    // A word within two edits of a month name of six letters or more, kept the same length so offsets hold.
    private static string? FuzzyMonth(string word)
    {
        foreach (var name in PartialDateText.MonthNames)
        {
            if (name.Length >= 6 && word.Length == name.Length && TextPatterns.Mismatches(word.ToLowerInvariant(), name) is > 0 and <= 2)
            {
                return char.ToUpperInvariant(name[0]) + name.Substring(1);
            }
        }

        return null;
    }

    /// <summary>
    /// A month without a year takes the covered period's year when it falls inside it. Otherwise it takes the year of
    /// the dated month it is joined to ("in July and August 1997"), else of the last date before it in the sentence,
    /// else the paragraph's: a year written later in the sentence belongs to another clause ("In November, ... the
    /// first visit since 1973"). Last, a month up to the one the document is dated takes its year ("on March 25" in an
    /// article of April 2001).
    /// </summary>
    private static int? ResolveYearFor(Match match, string text, DateMatch[] explicitDates, DateContext context)
    {
        if (context.Covers?.YearOf(MonthOf(match)) is int covered)
        {
            return covered;
        }

        var end = match.Index + match.Length;
        DateMatch? before = null;
        foreach (var date in explicitDates)
        {
            if (date.Start >= end && !date.YearOnly && SamePhrase.IsMatch(text.Substring(end, date.Start - end)))
            {
                return TextPatterns.Number(date.Iso.Substring(0, 4));
            }

            if (date.Start + date.Length <= match.Index && (before is null || date.Start > before.Value.Start))
            {
                before = date;
            }
        }

        return before is { } last ? EndYear(last) : context.Year ?? context.YearWrittenFor(MonthOf(match));
    }

    // A match that notAnEvent rejects is taken all the same, so that no shorter pattern reads a date out of it.
    private static void Collect(string text, bool[] taken, List<DateMatch> found, Regex pattern, Func<Match, string?> iso, bool relative = false, bool yearOnly = false, Func<Match, bool>? notAnEvent = null)
    {
        foreach (Match match in pattern.Matches(text))
        {
            if (IsTaken(taken, match.Index, match.Length))
            {
                continue;
            }

            if (notAnEvent?.Invoke(match) == true)
            {
                Take(taken, match.Index, match.Length);
                continue;
            }

            var value = iso(match);
            if (value is null)
            {
                continue;
            }

            Take(taken, match.Index, match.Length);
            found.Add(new DateMatch(match.Index, match.Length, value, relative, yearOnly));
        }
    }

    private static string? SpanIso(Match match)
    {
        var start = Int(match, "year");
        var endText = match.Groups["end"].Value;
        var end = endText.Length == 2 ? start / 100 * 100 + TextPatterns.Number(endText) : TextPatterns.Number(endText);
        return end > start && end - start < 100 ? start.ToString("D4", CultureInfo.InvariantCulture) + "/" + end.ToString("D4", CultureInfo.InvariantCulture) : null;
    }

    private static int MonthOf(Match match) => PartialDateText.MonthNumber(match.Groups["month"].Value);

    private static bool StartsWithMonth(string text) => LeadingMonth.IsMatch(text);

    private static int Int(Match match, string group) => TextPatterns.Number(match.Groups[group].Value);

    private static bool IsTaken(bool[] taken, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (taken[i])
            {
                return true;
            }
        }

        return false;
    }

    private static void Take(bool[] taken, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            taken[i] = true;
        }
    }

    private static Regex Build(string pattern) => TextPatterns.Create(pattern);
}

using System;
using System.Globalization;
using System.Text.RegularExpressions;
using TypedCorpus.Parsing.Text;

namespace TypedCorpus.Parsing.Dates;

/// <summary>Reads the date styles of the seeds and writes them as ISO 8601 at the precision given.</summary>
public static class PartialDateText
{
    internal static readonly string[] MonthNames =
    {
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    };

    internal static readonly string[] Seasons = { "spring", "summer", "autumn", "fall", "winter" };

    internal const string MonthName = @"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";
    private const string Dash = @"\s*[-\u2013]\s*";
    private const string Ordinal = "(?:st|nd|rd|th)?";
    private const string LastMonth = "(?<month2>" + MonthName + ")";
    private const string LastDay = @"(?<day2>\d{1,2})" + Ordinal;

    // The length of an ISO day, "2000-01-21".
    private const int DayLength = 10;

    /// <summary>A month's name or abbreviation, as the group "month".</summary>
    internal const string Month = "(?<month>" + MonthName + ")";

    /// <summary>A day of the month, as the group "day".</summary>
    internal const string Day = @"(?<day>\d{1,2})" + Ordinal;

    /// <summary>The words that join the two ends of a span: "3 and 4 March", "from April to May".</summary>
    internal const string SpanWords = "to|and|until|till|through";

    // Two days of one month, or the last of a run of them: "March 3 and 4", "3 & 4 March", "16 to 19 April".
    private const string SecondDay = @"\s+(?:&|" + SpanWords + @")\s+" + LastDay;

    /// <summary>After a month and its first day ("Jan. 1"), the rest of a span of days if any: "-3", "-Feb. 2", " and 4", " to 4".</summary>
    internal const string MonthFirstSpan = "(?:" + Dash + "(?:" + LastMonth + @"\s+)?" + LastDay + "|" + SecondDay + ")?";

    /// <summary>After a first day ("1"), the rest of a span if any and the month: " Jan.", "-3 Jan.", " and 4 Jan.", " Jan.-2 Feb.", "st of January".</summary>
    internal const string DayFirstSpan = "(?:" + Dash + LastDay + "|" + SecondDay + @")?\s+(?:of\s+)?" + Month + "(?:" + Dash + LastDay + @"\s+" + LastMonth + ")?";

    private static readonly Regex MonthDayYear = TextPatterns.Create(
        "^" + Month + @"\s+" + Day + MonthFirstSpan + @",?\s+(?<year>\d{4})", RegexOptions.IgnoreCase);

    private static readonly Regex DayMonthYear = TextPatterns.Create(
        "^" + Day + DayFirstSpan + @",?\s+(?<year>\d{4})", RegexOptions.IgnoreCase);

    private static readonly Regex MonthYear = TextPatterns.Create(
        @"^" + Month + @",?\s+(?<year>\d{4})", RegexOptions.IgnoreCase);

    private static readonly Regex Iso = TextPatterns.Create(
        @"^(?<year>\d{4})(?:-(?<month>\d{2})(?:-(?<day>\d{2}))?)?");

    private static readonly Regex LeadingDash = TextPatterns.Create("^" + Dash);

    // A chronology under a heading with its year may leave the year out of an entry: "May 9", "Jan. 5-7", "14 Nov.", "March".
    private static readonly Regex MonthDayInYear = TextPatterns.Create("^" + Month + @"\s+" + Day + MonthFirstSpan + @"(?![\d,])", RegexOptions.IgnoreCase);
    private static readonly Regex DayMonthInYear = TextPatterns.Create("^" + Day + DayFirstSpan + @"(?![\d,])", RegexOptions.IgnoreCase);
    private static readonly Regex MonthInYear = TextPatterns.Create("^" + Month + @"(?=\s*[:\u2013*-])", RegexOptions.IgnoreCase);

    // "Early March 2001", "mid-June", "Late May": a part of a month stands for the month.
    private static readonly Regex PartOfMonth = TextPatterns.Create(@"^(?:early|mid|late)(?:\s+|\s*-\s*)(?=[a-z])", RegexOptions.IgnoreCase);

    // "Autumn 2003", "summer of 1998", "Spring": a season stands for its year.
    private static readonly Regex Season = TextPatterns.Create(@"^(?:early\s+|late\s+|mid-?)?(?:" + string.Join("|", Seasons) + @")(?:(?:\s+of)?\s+(?<year>\d{4})|(?=\s*[:\u2013*-]))", RegexOptions.IgnoreCase);

    /// <summary>
    /// Reads a date at the start of <paramref name="text"/> ("Jan. 21, 2000", "21 January 2000", "January 2000",
    /// "2000-01-21", a span of days "Jan. 1-3, 2000", "Aug. 31-Sept. 1, 2000" or "Dec. 30, 1999-Jan. 2, 2000");
    /// returns its ISO form and how many characters it took, or null when none is there.
    /// </summary>
    public static string? ReadLeading(string text, out int length)
    {
        var date = ReadOne(text, out length);
        if (date is null || date.Length != DayLength)
        {
            return date;
        }

        // A span across a year's end names both years: "Dec. 30, 1999-Jan. 2, 2000".
        var dash = LeadingDash.Match(text.Substring(length));
        if (dash.Success && ReadOne(text.Substring(length + dash.Length), out var lastLength) is { Length: DayLength } last
            && string.CompareOrdinal(last, date) > 0)
        {
            length += dash.Length + lastLength;
            return date + "/" + last;
        }

        return date;
    }

    /// <summary>
    /// Reads the date that starts a chronology's entry: a date <see cref="ReadLeading"/> reads, a part of a month
    /// ("Late May 2002", "mid-June") as that month, a season ("Autumn 2003") as its year, or, when the chronology's
    /// year is known, a date without its year ("May 9", "Jan. 5-7", "March", "Spring"). A month earlier than
    /// <paramref name="lastMonth"/> of <paramref name="year"/> is in the next year, as a chronology runs forward
    /// ("Dec. 28", then "Jan. 3"). <paramref name="year"/> 0: unknown.
    /// </summary>
    public static string? ReadEntryDate(string text, int year, int lastMonth, out int length)
    {
        var season = Season.Match(text);
        if (season.Success && (season.Groups["year"].Success || year > 0))
        {
            length = season.Length;
            return (season.Groups["year"].Success ? TextPatterns.Number(season.Groups["year"].Value) : year).ToString("D4", CultureInfo.InvariantCulture);
        }

        var part = PartOfMonth.Match(text);
        var start = part.Success ? part.Length : 0;
        var rest = start == 0 ? text : text.Substring(start);
        var date = ReadLeading(rest, out length);
        if (date != null)
        {
            length += start;
            return part.Success ? date.Substring(0, 7) : date;
        }

        // The calendar ends with 9999, and a date without its year may fall in the next one.
        if (year < 1 || year >= 9999 || !MayStartDate(rest, 0))
        {
            return null;
        }

        var match = part.Success ? MonthInYear.Match(rest) : MonthDayInYear.Match(rest);
        if (!match.Success && !part.Success)
        {
            match = DayMonthInYear.Match(rest);
        }

        if (!match.Success && !part.Success)
        {
            match = MonthInYear.Match(rest);
        }

        var month = match.Success ? MonthNumber(match.Groups["month"].Value) : 0;
        if (month == 0)
        {
            return null;
        }

        var inYear = month < lastMonth ? year + 1 : year;
        date = match.Groups["day"].Success ? DayIso(match, inYear) : Format(inYear, month, null);

        // "Dec. 29-Jan. 2" ends in the next year.
        if (date is { Length: DayLength } && match.Groups["month2"].Success && MonthNumber(match.Groups["month2"].Value) is var endMonth and > 0 && endMonth < month
            && TextPatterns.Number(match.Groups["day2"].Value) is var endDay and >= 1 && endDay <= DateTime.DaysInMonth(inYear + 1, endMonth))
        {
            date += "/" + Format(inYear + 1, endMonth, endDay);
        }

        length = date is null ? 0 : start + match.Length;
        return date;
    }

    private static string? ReadOne(string text, out int length)
    {
        length = 0;
        if (!MayStartDate(text, 0))
        {
            return null;
        }

        foreach (var pattern in new[] { MonthDayYear, DayMonthYear, MonthYear })
        {
            var match = pattern.Match(text);
            if (!match.Success)
            {
                continue;
            }

            var month = MonthNumber(match.Groups["month"].Value);
            var year = TextPatterns.Number(match.Groups["year"].Value);
            if (year < 1)
            {
                // Year 0 is in no calendar: "Jan. 5, 0000" is not a date.
                continue;
            }

            var dayGroup = match.Groups["day"];
            if (!dayGroup.Success)
            {
                length = match.Length;
                return Format(year, month, null);
            }

            if (DayIso(match, year) is string day)
            {
                length = match.Length;
                return day;
            }
        }

        var iso = Iso.Match(text);
        if (iso.Success && iso.Groups["month"].Success)
        {
            var year = TextPatterns.Number(iso.Groups["year"].Value);
            var month = TextPatterns.Number(iso.Groups["month"].Value);
            int? day = iso.Groups["day"].Success ? TextPatterns.Number(iso.Groups["day"].Value) : null;
            if (year >= 1 && month is >= 1 and <= 12 && (day is null || (day >= 1 && day <= DateTime.DaysInMonth(year, month))))
            {
                length = iso.Length;
                return Format(year, month, day);
            }
        }

        return null;
    }

    /// <summary>
    /// The day a match of <see cref="Day"/> and <see cref="Month"/> names in <paramref name="year"/>, or the span of
    /// days with <see cref="MonthFirstSpan"/> or <see cref="DayFirstSpan"/>; null when the month has no such day.
    /// A span that does not end after it starts is read as its first day.
    /// </summary>
    internal static string? DayIso(Match match, int year)
    {
        var month = MonthNumber(match.Groups["month"].Value);
        var day = TextPatterns.Number(match.Groups["day"].Value);
        if (month == 0 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        var first = Format(year, month, day);
        var lastDayGroup = match.Groups["day2"];
        if (!lastDayGroup.Success)
        {
            return first;
        }

        var lastMonth = match.Groups["month2"].Success ? MonthNumber(match.Groups["month2"].Value) : month;
        var lastDay = TextPatterns.Number(lastDayGroup.Value);
        var later = lastMonth > month || (lastMonth == month && lastDay > day);
        return later && lastDay <= DateTime.DaysInMonth(year, lastMonth) ? first + "/" + Format(year, lastMonth, lastDay) : first;
    }

    /// <summary>
    /// Whether a date can start the text: every style starts with a digit or a month's first three letters. Layouts
    /// ask this of every line, and most lines start otherwise. A character outside ASCII is left to the patterns,
    /// whose case-insensitive matching may equate it with a letter.
    /// </summary>
    internal static bool MayStartDate(string text, int start)
    {
        var left = text.Length - start;
        if (left <= 0)
        {
            return false;
        }

        if (char.IsDigit(text[start]))
        {
            return true;
        }

        if (left < 3)
        {
            return false;
        }

        if (text[start] > '\x7F' || text[start + 1] > '\x7F' || text[start + 2] > '\x7F')
        {
            return true;
        }

        foreach (var name in MonthNames)
        {
            if (char.ToLowerInvariant(text[start]) == name[0] && char.ToLowerInvariant(text[start + 1]) == name[1] && char.ToLowerInvariant(text[start + 2]) == name[2])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a part of a month or a season may start the text ("Late May", "Autumn 2003"); cheap, as <see cref="MayStartDate"/>.</summary>
    internal static bool MayStartVagueDate(string text, int start)
    {
        if (TextPatterns.WordAt(text, start, "early") || TextPatterns.WordAt(text, start, "mid") || TextPatterns.WordAt(text, start, "late"))
        {
            return true;
        }

        foreach (var season in Seasons)
        {
            if (TextPatterns.WordAt(text, start, season))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The year and month of an ISO date of a month or a day ("2000-01", "2000-01-21").</summary>
    internal static (int Year, int Month) YearAndMonth(string iso) => (TextPatterns.Number(iso.Substring(0, 4)), TextPatterns.Number(iso.Substring(5, 2)));

    public static string Format(int year, int month, int? day) =>
        day is int d
            ? string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}-{2:D2}", year, month, d)
            : string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}", year, month);

    /// <summary>The month a name or abbreviation of three letters or more stands for ("Sept.", "jan"), or 0.</summary>
    internal static int MonthNumber(string name)
    {
        var lower = name.TrimEnd('.').ToLowerInvariant();
        for (var i = 0; i < MonthNames.Length; i++)
        {
            if (MonthNames[i].StartsWith(lower, StringComparison.Ordinal) && lower.Length >= 3)
            {
                return i + 1;
            }
        }

        return 0;
    }
}

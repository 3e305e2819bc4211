using System;
using System.Globalization;
using System.Text.RegularExpressions;
using TypedCorpus.Parsing.Text;

namespace TypedCorpus.Parsing.Dates;

/// <summary>Reads the date styles of the seeds and writes them as ISO 8601 at the precision given.</summary>
public static class PartialDateText
{
    private static readonly string[] MonthNames =
    {
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    };

    private const string Month = @"(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";

    private static readonly Regex MonthDayYear = TextPatterns.Create(
        @"^" + Month + @"\s+(?<day>\d{1,2})(?:st|nd|rd|th)?(?:\s*[-\u2013]\s*(?<day2>\d{1,2}))?,?\s+(?<year>\d{4})", RegexOptions.IgnoreCase);

    private static readonly Regex DayMonthYear = TextPatterns.Create(
        @"^(?<day>\d{1,2})(?:st|nd|rd|th)?\s+" + Month + @",?\s+(?<year>\d{4})", RegexOptions.IgnoreCase);

    private static readonly Regex MonthYear = TextPatterns.Create(
        @"^" + Month + @",?\s+(?<year>\d{4})", RegexOptions.IgnoreCase);

    private static readonly Regex Iso = TextPatterns.Create(
        @"^(?<year>\d{4})(?:-(?<month>\d{2})(?:-(?<day>\d{2}))?)?");

    /// <summary>
    /// Reads a date at the start of <paramref name="text"/> ("Jan. 21, 2000", "21 January 2000", "January 2000",
    /// "2000-01-21"); returns its ISO form and how many characters it took, or null when none is there.
    /// </summary>
    public static string? ReadLeading(string text, out int length)
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

            var day = TextPatterns.Number(dayGroup.Value);
            if (month > 0 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            {
                length = match.Length;
                var lastDay = match.Groups["day2"].Success ? TextPatterns.Number(match.Groups["day2"].Value) : 0;

                // "Jan. 1-3, 2000" is a span of days.
                return lastDay > day && lastDay <= DateTime.DaysInMonth(year, month)
                    ? Format(year, month, day) + "/" + Format(year, month, lastDay)
                    : Format(year, month, day);
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

    public static string Format(int year, int month, int? day) =>
        day is int d
            ? string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}-{2:D2}", year, month, d)
            : string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}", year, month);

    private static int MonthNumber(string name)
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

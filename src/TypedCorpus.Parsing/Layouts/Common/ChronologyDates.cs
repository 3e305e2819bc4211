using System.Text.RegularExpressions;
using TypedCorpus.Parsing.Dates;
using TypedCorpus.Parsing.Text;

namespace TypedCorpus.Parsing.Layouts.Common;

/// <summary>
/// Reads the dates of a document's chronology entries in order, remembering the year they are in, so that an entry
/// may leave it out as chronologies do: "May 9:" under "Chronology ... April-June 2002" or after "April 3, 2002:".
/// Until a heading or an entry has given a year, only a date with its year starts an entry.
/// </summary>
public sealed class ChronologyDates
{
    private static readonly Regex YearInTitle = TextPatterns.Create(@"\b[1-9][0-9]{3}\b");
    private static readonly Regex MonthInTitle = TextPatterns.Create(@"\b" + PartialDateText.Month + @"(?![a-z])", RegexOptions.IgnoreCase);

    private static readonly Regex ChronologyTitle = TextPatterns.Create(@"\b(?:chronolog|timeline)", RegexOptions.IgnoreCase);

    private int _year;
    private int _month;
    private bool _inChronology;

    /// <summary>Under a heading that names a chronology, or its months under it.</summary>
    public bool IsOpen => _inChronology;

    /// <summary>
    /// A heading that names a year ("Chronology of Japan-Russia Relations January-March 2000") sets it, with the month
    /// named before it. Under a heading that names a chronology (or its months under it), a date set off by a space
    /// alone starts an entry. True when the heading is such months, a part of the chronology open before it.
    /// </summary>
    public bool EnterSection(string? title)
    {
        var months = title != null && _inChronology && LineShapes.IsMonthsTitle(title);
        _inChronology = months || (title != null && ChronologyTitle.IsMatch(title));
        if (title != null && HeadingYear(title, out var month) is int year)
        {
            _year = year;
            _month = month;
        }

        return months;
    }

    /// <summary>The ISO date that starts an entry at this line, or null; the year stays as it was.</summary>
    public string? Peek(string line) => LineShapes.DatedEntryDate(line, _year, _month, _inChronology);

    /// <summary>The ISO date that starts an entry at this line, or null; the entry's year and month become the chronology's.</summary>
    public string? Read(string line)
    {
        var date = Peek(line);
        if (date != null)
        {
            _year = TextPatterns.Number(date.Substring(0, 4));
            _month = date.Length >= 7 ? TextPatterns.Number(date.Substring(5, 2)) : 0;
        }

        return date;
    }

    // The first year of four digits in a title, and the month named before it (0 when none is).
    private static int? HeadingYear(string title, out int month)
    {
        var year = YearInTitle.Match(title);
        var named = year.Success ? MonthInTitle.Match(title, 0, year.Index) : Match.Empty;
        month = named.Success ? PartialDateText.MonthNumber(named.Groups["month"].Value) : 0;
        return year.Success ? TextPatterns.Number(year.Value) : null;
    }
}

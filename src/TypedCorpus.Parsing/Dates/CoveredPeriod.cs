using System.Text.RegularExpressions;
using TypedCorpus.Parsing.Text;

namespace TypedCorpus.Parsing.Dates;

/// <summary>
/// The months a document reports on, a year at most, as a quarterly review's catalog entry gives them
/// ("2000-01/2000-03") or its chronology's heading names them ("January-March 2000", "October 2003-January 2004").
/// A month without a year that falls inside takes the period's year for it.
/// </summary>
public readonly record struct CoveredPeriod(int FromYear, int FromMonth, int ToYear, int ToMonth)
{
    private const int MonthsInYear = 12;

    // "January-March 2000", "Oct. 2003 - Jan. 2004", "July through September 2001": two months, the last with its year.
    private static readonly Regex MonthsInTitle = TextPatterns.Create(
        @"\b" + PartialDateText.Month + @"(?:,?\s+(?<fromYear>[12][0-9]{3}))?(?:\s*[-\u2013\u2014/]\s*|\s+(?:to|through|until)\s+)(?<toMonth>"
        + PartialDateText.MonthName + @"),?\s+(?<year>[12][0-9]{3})\b",
        RegexOptions.IgnoreCase);

    /// <summary>The period an ISO span gives ("2000-01/2000-03"; a single month is a period of one); null when it is no period of a year at most.</summary>
    public static CoveredPeriod? Read(string? span)
    {
        if (span is null)
        {
            return null;
        }

        var parts = span.Split('/');
        var from = PartialDateText.ReadLeading(parts[0], out _);
        var to = parts.Length > 1 ? PartialDateText.ReadLeading(parts[1], out _) : from;
        if (from is not { Length: >= 7 } || to is not { Length: >= 7 })
        {
            return null;
        }

        var ((fromYear, fromMonth), (toYear, toMonth)) = (PartialDateText.YearAndMonth(from), PartialDateText.YearAndMonth(to));
        return Of(fromYear, fromMonth, toYear, toMonth);
    }

    /// <summary>The period a heading names ("Chronology of Japan-Russia Relations January-March 2000"); null when it names none.</summary>
    public static CoveredPeriod? FromTitle(string title)
    {
        var match = MonthsInTitle.Match(title);
        if (!match.Success)
        {
            return null;
        }

        var (fromMonth, toMonth) = (PartialDateText.MonthNumber(match.Groups["month"].Value), PartialDateText.MonthNumber(match.Groups["toMonth"].Value));
        var toYear = TextPatterns.Number(match.Groups["year"].Value);
        var fromYear = match.Groups["fromYear"].Success ? TextPatterns.Number(match.Groups["fromYear"].Value) : fromMonth <= toMonth ? toYear : toYear - 1;
        return fromMonth == 0 || toMonth == 0 ? null : Of(fromYear, fromMonth, toYear, toMonth);
    }

    /// <summary>The year the month falls in within the period; null when it falls outside.</summary>
    public int? YearOf(int month)
    {
        if (FromYear == ToYear)
        {
            return month >= FromMonth && month <= ToMonth ? ToYear : null;
        }

        return month >= FromMonth ? FromYear : month <= ToMonth ? ToYear : null;
    }

    private static CoveredPeriod? Of(int fromYear, int fromMonth, int toYear, int toMonth)
    {
        var months = ((toYear - fromYear) * MonthsInYear) + toMonth - fromMonth;
        return months >= 0 && months < MonthsInYear ? new CoveredPeriod(fromYear, fromMonth, toYear, toMonth) : null;
    }
}

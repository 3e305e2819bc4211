using System;
using System.Globalization;

namespace TypedCorpus;

/// <summary>How much of a date the source gives.</summary>
public enum DatePrecision
{
    Year,
    Month,
    Day,
}

/// <summary>A date known to the year, the month or the day, as a text states it. Written in ISO 8601: 1997, 1997-11, 1997-11-01.</summary>
public readonly struct PartialDate : IEquatable<PartialDate>, IComparable<PartialDate>
{
    public PartialDate(int year, int? month = null, int? day = null)
    {
        if (year is < 1 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(year));
        }

        if (month is < 1 or > 12 || (day != null && month == null))
        {
            throw new ArgumentOutOfRangeException(nameof(month));
        }

        if (day != null && (day < 1 || day > DateTime.DaysInMonth(year, month!.Value)))
        {
            throw new ArgumentOutOfRangeException(nameof(day));
        }

        Year = year;
        Month = month;
        Day = day;
    }

    public int Year { get; }

    public int? Month { get; }

    public int? Day { get; }

    public DatePrecision Precision => Day != null ? DatePrecision.Day : Month != null ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>The first day the date can mean.</summary>
    public DateOnly Earliest => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last day the date can mean.</summary>
    public DateOnly Latest => Day != null ? Earliest : Month != null
        ? new DateOnly(Year, Month.Value, DateTime.DaysInMonth(Year, Month.Value))
        : new DateOnly(Year, 12, 31);

    /// <summary>Reads "1997", "1997-11" or "1997-11-01".</summary>
    public static PartialDate Parse(string text) =>
        TryParse(text, out var date) ? date : throw new FormatException($"'{text}' is not an ISO 8601 date of the form YYYY, YYYY-MM or YYYY-MM-DD.");

    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (text is null)
        {
            return false;
        }

        var parts = text.Split('-');
        if (parts.Length > 3 || parts[0].Length != 4 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1)
        {
            return false;
        }

        int? month = null, day = null;
        if (parts.Length > 1)
        {
            if (parts[1].Length != 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m) || m is < 1 or > 12)
            {
                return false;
            }

            month = m;
        }

        if (parts.Length > 2)
        {
            if (parts[2].Length != 2 || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var d) || d < 1 || d > DateTime.DaysInMonth(year, month!.Value))
            {
                return false;
            }

            day = d;
        }

        date = new PartialDate(year, month, day);
        return true;
    }

    public override string ToString() => Precision switch
    {
        DatePrecision.Day => string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}-{2:D2}", Year, Month, Day),
        DatePrecision.Month => string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}", Year, Month),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    /// <summary>Orders by the earliest day meant, then the coarser date first.</summary>
    public int CompareTo(PartialDate other)
    {
        var byStart = Earliest.CompareTo(other.Earliest);
        return byStart != 0 ? byStart : Precision.CompareTo(other.Precision);
    }

    public bool Equals(PartialDate other) => Year == other.Year && Month == other.Month && Day == other.Day;

    public override bool Equals(object? obj) => obj is PartialDate other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Year, Month, Day);

    public static bool operator ==(PartialDate left, PartialDate right) => left.Equals(right);

    public static bool operator !=(PartialDate left, PartialDate right) => !left.Equals(right);

    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;
}

/// <summary>
/// When an event happened: one <see cref="PartialDate"/>, or a span between two ("1997-11/1998-04").
/// <see cref="Year"/>, <see cref="Month"/> and <see cref="Day"/> are those of the start.
/// </summary>
public readonly struct CorpusDate : IEquatable<CorpusDate>, IComparable<CorpusDate>
{
    public CorpusDate(PartialDate start, PartialDate? end = null)
    {
        if (end is { } e && e.Latest < start.Earliest)
        {
            throw new ArgumentException("A span cannot end before it starts.", nameof(end));
        }

        Start = start;
        End = end;
    }

    public PartialDate Start { get; }

    /// <summary>The end of a span, or null for a single date.</summary>
    public PartialDate? End { get; }

    public bool IsSpan => End != null;

    public int Year => Start.Year;

    public int? Month => Start.Month;

    public int? Day => Start.Day;

    public DatePrecision Precision => Start.Precision;

    /// <summary>The first day meant.</summary>
    public DateOnly Earliest => Start.Earliest;

    /// <summary>The last day meant.</summary>
    public DateOnly Latest => (End ?? Start).Latest;

    public static implicit operator CorpusDate(PartialDate date) => new(date);

    /// <summary>Reads an ISO 8601 date or span: "1997", "1997-11-01", "1992/1995".</summary>
    public static CorpusDate Parse(string text)
    {
        var slash = text.IndexOf('/');
        return slash < 0
            ? new CorpusDate(PartialDate.Parse(text))
            : new CorpusDate(PartialDate.Parse(text.Substring(0, slash)), PartialDate.Parse(text.Substring(slash + 1)));
    }

    /// <summary>True when some day meant by this date falls between the two days, both included.</summary>
    public bool Overlaps(DateOnly from, DateOnly to) => Earliest <= to && Latest >= from;

    public override string ToString() => End is { } end ? Start + "/" + end : Start.ToString();

    public int CompareTo(CorpusDate other)
    {
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : Latest.CompareTo(other.Latest);
    }

    public bool Equals(CorpusDate other) => Start.Equals(other.Start) && Nullable.Equals(End, other.End);

    public override bool Equals(object? obj) => obj is CorpusDate other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Start, End);

    public static bool operator ==(CorpusDate left, CorpusDate right) => left.Equals(right);

    public static bool operator !=(CorpusDate left, CorpusDate right) => !left.Equals(right);
}

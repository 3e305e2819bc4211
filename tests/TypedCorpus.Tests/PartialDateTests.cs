using System;

namespace TypedCorpus.Tests;

public class PartialDateTests
{
    [Theory]
    [InlineData("1997", DatePrecision.Year)]
    [InlineData("1997-11", DatePrecision.Month)]
    [InlineData("1997-11-01", DatePrecision.Day)]
    public void Dates_round_trip_at_their_precision(string iso, DatePrecision precision)
    {
        var date = PartialDate.Parse(iso);

        Assert.Equal(precision, date.Precision);
        Assert.Equal(iso, date.ToString());
    }

    [Theory]
    [InlineData("97")]
    [InlineData("1997-13")]
    [InlineData("1997-02-30")]
    [InlineData("1997-1-1")]
    [InlineData("")]
    public void Malformed_dates_are_refused(string text)
    {
        Assert.False(PartialDate.TryParse(text, out _));
        Assert.Throws<FormatException>(() => PartialDate.Parse(text));
    }

    [Fact]
    public void Spans_parse_print_and_cover_their_days()
    {
        var span = CorpusDate.Parse("1997-11/1998-04");

        Assert.True(span.IsSpan);
        Assert.Equal("1997-11/1998-04", span.ToString());
        Assert.Equal(new DateOnly(1997, 11, 1), span.Earliest);
        Assert.Equal(new DateOnly(1998, 4, 30), span.Latest);
        Assert.True(span.Overlaps(new DateOnly(1998, 1, 1), new DateOnly(1998, 1, 31)));
        Assert.Throws<ArgumentException>(() => new CorpusDate(PartialDate.Parse("1998"), PartialDate.Parse("1997")));
    }

    [Fact]
    public void Coarser_dates_sort_before_finer_ones_on_the_same_first_day()
    {
        var dates = new[] { PartialDate.Parse("1997-11-01"), PartialDate.Parse("1997"), PartialDate.Parse("1997-11") };
        Array.Sort(dates);

        Assert.Equal(new[] { "1997", "1997-11", "1997-11-01" }, Array.ConvertAll(dates, d => d.ToString()));
    }
}

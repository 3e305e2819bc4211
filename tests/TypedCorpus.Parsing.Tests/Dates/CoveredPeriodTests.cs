using TypedCorpus.Parsing.Dates;

namespace TypedCorpus.Parsing.Tests.Dates;

public class CoveredPeriodTests
{
    [Theory]
    [InlineData("2000-01/2000-03", 2000, 1, 2000, 3)]
    [InlineData("2003-10/2004-01", 2003, 10, 2004, 1)]
    [InlineData("2001-06", 2001, 6, 2001, 6)]
    public void A_catalog_span_of_a_year_at_most_is_a_period(string span, int fromYear, int fromMonth, int toYear, int toMonth)
    {
        Assert.Equal(new CoveredPeriod(fromYear, fromMonth, toYear, toMonth), CoveredPeriod.Read(span));
    }

    [Theory]
    [InlineData("2000-03/2000-01")]
    [InlineData("2000-01/2001-01")]
    [InlineData("2000")]
    [InlineData("the first quarter")]
    public void A_span_backwards_longer_than_a_year_or_without_months_is_none(string span)
    {
        Assert.Null(CoveredPeriod.Read(span));
    }

    [Theory]
    [InlineData("Chronology of Japan-Russia Relations January-March 2000", 2000, 1, 2000, 3)]
    [InlineData("Chronology of Japan-Russia Relations, October 2003-January 2004", 2003, 10, 2004, 1)]
    [InlineData("Chronology of Things, December-February 2002", 2001, 12, 2002, 2)]
    [InlineData("Chronology: July through September 2001", 2001, 7, 2001, 9)]
    [InlineData("Chronology of Relations Apr. \u2013 June 2001", 2001, 4, 2001, 6)]
    public void A_chronology_heading_names_its_period(string title, int fromYear, int fromMonth, int toYear, int toMonth)
    {
        Assert.Equal(new CoveredPeriod(fromYear, fromMonth, toYear, toMonth), CoveredPeriod.FromTitle(title));
    }

    [Theory]
    [InlineData("Chronology of Japan-Russia Relations")]
    [InlineData("Chronology of 2001")]
    [InlineData("Relations in March 2001")]
    [InlineData("Marching Orders-May 2001")]
    public void A_heading_without_two_months_and_a_year_names_no_period(string title)
    {
        Assert.Null(CoveredPeriod.FromTitle(title));
    }

    [Fact]
    public void A_month_takes_the_year_it_falls_in_inside_the_period_and_none_outside()
    {
        var quarter = new CoveredPeriod(2000, 1, 2000, 3);
        var winter = new CoveredPeriod(2003, 10, 2004, 1);

        Assert.Equal(2000, quarter.YearOf(2));
        Assert.Null(quarter.YearOf(4));
        Assert.Equal(2003, winter.YearOf(11));
        Assert.Equal(2004, winter.YearOf(1));
        Assert.Null(winter.YearOf(5));
    }
}

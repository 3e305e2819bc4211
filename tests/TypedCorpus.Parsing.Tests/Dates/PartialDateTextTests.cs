using TypedCorpus.Parsing.Dates;

namespace TypedCorpus.Parsing.Tests.Dates;

public class PartialDateTextTests
{
    [Theory]
    [InlineData("Jan. 21, 2000: visit", "2000-01-21")]
    [InlineData("July 24, 1997", "1997-07-24")]
    [InlineData("24 July 1997", "1997-07-24")]
    [InlineData("29th July, 2008", "2008-07-29")]
    [InlineData("November 1997", "1997-11")]
    [InlineData("Sept. 3, 1999", "1999-09-03")]
    [InlineData("2000-03-26", "2000-03-26")]
    [InlineData("Jan. 1-3, 2000: talks", "2000-01-01/2000-01-03")]
    [InlineData("Aug. 31-Sept. 1, 2000: talks", "2000-08-31/2000-09-01")]
    [InlineData("June 30 \u2013 July 2, 2001", "2001-06-30/2001-07-02")]
    [InlineData("21-23 July 2000", "2000-07-21/2000-07-23")]
    [InlineData("31 August-1 September 2000", "2000-08-31/2000-09-01")]
    [InlineData("March 3 and 4, 2002: talks", "2002-03-03/2002-03-04")]
    [InlineData("3 & 4 March 2002", "2002-03-03/2002-03-04")]
    [InlineData("Dec. 30, 1999-Jan. 2, 2000: talks", "1999-12-30/2000-01-02")]
    [InlineData("Sept. 1-Aug. 31, 2000", "2000-09-01")]
    [InlineData("Jan. 21, 2000 - Putin visits", "2000-01-21")]
    [InlineData("\u0661\u0669\u0669\u0668-\u0660\u0661-\u0662\u0661", "1998-01-21")]
    [InlineData("21 Jan. \u0661\u0669\u0669\u0668", "1998-01-21")]
    public void Reads_the_date_styles_of_the_seeds(string text, string iso)
    {
        Assert.Equal(iso, PartialDateText.ReadLeading(text, out _));
    }

    [Theory]
    [InlineData("May 9: Victory Day", 2002, 4, "2002-05-09")]
    [InlineData("14 Nov.: a statement", 2004, 10, "2004-11-14")]
    [InlineData("30 Dec.-2 Jan.: holidays", 2004, 12, "2004-12-30/2005-01-02")]
    [InlineData("Jan. 5-7: talks", 2001, 0, "2001-01-05/2001-01-07")]
    [InlineData("Jan. 15: a call", 2003, 12, "2004-01-15")]
    [InlineData("Dec. 29-Jan. 2: talks", 2003, 11, "2003-12-29/2004-01-02")]
    [InlineData("March: talks", 2001, 2, "2001-03")]
    [InlineData("Late May 2002: a delay", 0, 0, "2002-05")]
    [InlineData("mid-June: talks", 2002, 5, "2002-06")]
    [InlineData("Early March 9, 2001: talks", 0, 0, "2001-03")]
    [InlineData("Autumn 2003: patrols", 0, 0, "2003")]
    [InlineData("summer of 1998: talks", 0, 0, "1998")]
    [InlineData("Spring: talks", 2004, 3, "2004")]
    [InlineData("Feb. 1, 2000: a visit", 1999, 12, "2000-02-01")]
    public void An_entry_may_leave_out_the_year_its_chronology_gives(string text, int year, int lastMonth, string iso)
    {
        Assert.Equal(iso, PartialDateText.ReadEntryDate(text, year, lastMonth, out _));
    }

    [Theory]
    [InlineData("May 9: Victory Day")]
    [InlineData("Spring: talks")]
    [InlineData("mid-June: talks")]
    public void Without_a_year_to_go_by_an_entry_needs_its_own(string text)
    {
        Assert.Null(PartialDateText.ReadEntryDate(text, 0, 0, out _));
    }

    [Theory]
    [InlineData("May 9, Tokyo")]
    [InlineData("Mayor Ivanov: talks")]
    [InlineData("Lately: talks")]
    [InlineData("Feb. 30: talks")]
    public void An_entry_date_without_its_year_is_still_a_date(string text)
    {
        Assert.Null(PartialDateText.ReadEntryDate(text, 2000, 0, out _));
    }

    [Fact]
    public void A_year_at_the_calendars_end_gives_no_date_without_its_year()
    {
        Assert.Null(PartialDateText.ReadEntryDate("Jan. 2: talks", 9999, 12, out _));
        Assert.Null(PartialDateText.ReadEntryDate("Dec. 30-Jan. 2: talks", 9999, 11, out _));
    }

    [Theory]
    [InlineData("Feb. 30, 2000")]
    [InlineData("Maybe 2000")]
    [InlineData("The year 2000")]
    [InlineData("0000-01-05")]
    [InlineData("Jan. 5, 0000")]
    [InlineData("January 0000")]
    public void Rejects_what_is_not_a_date(string text)
    {
        Assert.Null(PartialDateText.ReadLeading(text, out _));
    }
}

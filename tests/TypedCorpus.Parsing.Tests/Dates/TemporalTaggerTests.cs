using System.Linq;
using TypedCorpus.Parsing.Dates;

namespace TypedCorpus.Parsing.Tests.Dates;

public class TemporalTaggerTests
{
    private static string[] Dates(string sentence, DateContext? context = null) =>
        TemporalTagger.Find(sentence, context ?? new DateContext()).Select(d => d.Iso).ToArray();

    [Theory]
    [InlineData("He spoke on 24 July 1997 in Tokyo.", "1997-07-24")]
    [InlineData("He spoke on July 24, 1997 in Tokyo.", "1997-07-24")]
    [InlineData("He arrived on Jan. 21, 2000.", "2000-01-21")]
    [InlineData("The summit took place in November 1997.", "1997-11")]
    [InlineData("They met in the summer of 1996.", "1996")]
    [InlineData("The Joint Declaration of 1956 was signed.", "1956")]
    [InlineData("Trade grew from 1992 to 1995.", "1992/1995")]
    [InlineData("The crisis of 1997-98 hit Asia.", "1997/1998")]
    [InlineData("On 11\u201313 November 1998 they met.", "1998-11-11/1998-11-13")]
    [InlineData("During Yeltsin's April 18-19, 1998 summit they talked.", "1998-04-18/1998-04-19")]
    [InlineData("Talks ran from Aug. 31-Sept. 1, 2000 in Moscow.", "2000-08-31/2000-09-01")]
    [InlineData("Talks ran from 31 August-1 September 2000 in Moscow.", "2000-08-31/2000-09-01")]
    [InlineData("The bombing of Hiroshima (6th of August, 1945) ended an era.", "1945-08-06")]
    [InlineData("1996 was a year of summits.", "1996")]
    [InlineData("\u201C1996 was a year of summits,\u201D he said.", "1996")]
    public void Reads_the_date_styles_of_the_texts(string sentence, string iso)
    {
        Assert.Equal(new[] { iso }, Dates(sentence));
    }

    [Theory]
    [InlineData("Russia had to find itself (Sakwa 2002: 349).")]
    [InlineData("See Hasegawa (1998, chapter 3) for an account.")]
    [InlineData("The 1990s were hard.")]
    [InlineData("It was agreed in principle.")]
    public void Citations_decades_and_prose_are_not_dates(string sentence)
    {
        Assert.Empty(Dates(sentence));
    }

    [Fact]
    public void A_span_of_days_without_a_year_takes_the_paragraphs_year()
    {
        Assert.Equal(new[] { "1998-11-11/1998-11-13" }, Dates("From November 11 \u2013 13, Obuchi and Yeltsin held a summit.", new DateContext { Year = 1998 }));
    }

    [Fact]
    public void A_date_in_parentheses_is_still_a_date()
    {
        Assert.Equal(new[] { "1998-12-01" }, Dates("In the \"Moscow Declaration\" (December 1, 1998) they agreed."));
    }

    [Fact]
    public void A_month_without_a_year_takes_the_paragraph_year_or_the_covered_period_and_is_otherwise_left_out()
    {
        Assert.Empty(Dates("In July he delivered a speech."));
        Assert.Equal(new[] { "1997-07" }, Dates("In July he delivered a speech.", new DateContext { Year = 1997 }));
        Assert.Equal(new[] { "2000-01-28" }, Dates("No call came until January 28.", new DateContext { Covers = CoveredPeriod.Read("2000-01/2000-03") }));
        Assert.Empty(Dates("He will visit in late July.", new DateContext { Covers = CoveredPeriod.Read("2000-01/2000-03") }));
    }

    [Fact]
    public void A_month_before_a_reviews_quarter_takes_the_quarters_year_when_nothing_nearer_dates_it()
    {
        var quarter = new DateContext { Covers = CoveredPeriod.Read("2001-10/2001-12") };

        Assert.Equal(new[] { "2001-03" }, Dates("The approach proposed by Tamba in March was rejected.", quarter));
        Assert.Contains("1999-03", Dates("The approach proposed in 1999, in March, was rejected.", quarter));
        Assert.Empty(Dates("He will visit in March.", new DateContext { Covers = CoveredPeriod.Read("2000-01/2000-02") }));
    }

    [Theory]
    [InlineData("Gorbachev visited Tokyo from 16 to 19 April 1991.", "1991-04-16/1991-04-19")]
    [InlineData("Gorbachev visited Tokyo on April 16 through 19, 1991.", "1991-04-16/1991-04-19")]
    [InlineData("The talks ran 3 and 4 March 1998.", "1998-03-03/1998-03-04")]
    public void Days_of_one_month_joined_by_to_through_or_and_are_one_span(string sentence, string iso)
    {
        Assert.Equal(new[] { iso }, Dates(sentence));
    }

    [Fact]
    public void A_month_without_a_year_takes_the_year_before_it_in_the_sentence_not_one_after()
    {
        // The year after the month is in another clause: the month keeps the paragraph's year, or none.
        Assert.Equal(new[] { "1998-11" }, Dates("In November, the prime minister went to Moscow, the first such visit since 1973.", new DateContext { Year = 1998 }));
        Assert.Equal(new[] { "1973" }, Dates("In November, the prime minister went to Moscow, the first such visit in 1973."));
        Assert.Equal(new[] { "1994", "1994-07", "1994-11" }, Dates("In 1994 there were changes (a new cabinet in July and an election in November) and talks that began in 1993.").Take(3).ToArray());
        Assert.Equal(new[] { "2002-12", "2003-01" }, Dates("The minister came in December to prepare for the visit in January 2003.", new DateContext { Year = 2002 }));
    }

    [Theory]
    [InlineData("They met in July and August 1997.", "1997-07", "1997-08")]
    [InlineData("At the end of June and the beginning of July 1997, a delegation visited Moscow.", "1997-06", "1997-07")]
    [InlineData("Talks ran in March-April 1998 in Tokyo.", "1998-03", "1998-04")]
    [InlineData("October and November 1997 saw the busiest traffic.", "1997-10", "1997-11")]
    public void A_month_joined_to_a_dated_month_takes_its_year(string sentence, string first, string second)
    {
        Assert.Equal(new[] { first, second }, Dates(sentence));
    }

    [Theory]
    [InlineData("The islands were occupied between August 28 and September 5, 1945.", "1945-08-28/1945-09-05")]
    [InlineData("It lasted from 28 August to 5 September 1945.", "1945-08-28/1945-09-05")]
    [InlineData("The plan ran from April 1996 to March 1997.", "1996-04/1997-03")]
    [InlineData("Talks went on from March to May 1998.", "1998-03/1998-05")]
    [InlineData("From 1992 to 1995 trade fell.", "1992/1995")]
    public void Two_dates_opened_by_from_or_between_are_one_span(string sentence, string iso)
    {
        Assert.Equal(new[] { iso }, Dates(sentence));
    }

    [Theory]
    [InlineData("Putin and Mori met in Irkutsk on March 25.", "2001-03-25")]
    [InlineData("The talks began in January.", "2001-01")]
    public void A_month_up_to_the_documents_own_date_takes_its_year_when_nothing_nearer_dates_it(string sentence, string iso)
    {
        var written = new DateContext { Written = DateContext.ReadWritten("2001-04-02") };

        Assert.Equal(new[] { iso }, Dates(sentence, written));
        Assert.Empty(Dates("The next round is due in June.", written));
        Assert.Equal(new[] { "1997-11" }, Dates("The talks began in November.", new DateContext { Written = written.Written, Year = 1997 }));
    }

    [Theory]
    [InlineData("They promised to finish the review by the autumn of 1997.")]
    [InlineData("They promised a treaty by the end of 2000.")]
    [InlineData("Nothing had changed since early 1992.")]
    [InlineData("They set out to conclude a treaty before the year 2000.")]
    [InlineData("After 1945, Japanese fishing interests lost their grounds.")]
    [InlineData("Japanese firms remain wary of sanctions imposed after 2014.")]
    [InlineData("Trade grew again after the summer of 1998.")]
    [InlineData("Yeltsin was to come to Japan before June 1999 for final talks.")]
    [InlineData("The surplus has been increasing since October 1996.")]
    [InlineData("The parties must report by March 31, 2000.")]
    [InlineData("A treaty was due by the end of December 2000.")]
    public void A_deadline_or_a_starting_point_is_no_date(string sentence)
    {
        Assert.Empty(Dates(sentence));
    }

    [Fact]
    public void A_dated_event_named_after_after_the_keeps_its_date()
    {
        Assert.Equal(new[] { "1998-08" }, Dates("Russia recovered after the August 1998 crisis."));
    }

    [Theory]
    [InlineData("In 1997 the two leaders set the year 2000 as a target for a peace treaty.")]
    [InlineData("In 1997 both sides agreed on a target date of 2000 for the treaty.")]
    [InlineData("In 1997 they took 2005 as the deadline for the new agreement.")]
    public void A_year_set_as_a_target_is_no_date(string sentence)
    {
        Assert.Equal(new[] { "1997" }, Dates(sentence));
    }

    [Fact]
    public void A_year_after_throughout_or_joined_to_a_dated_year_is_a_time()
    {
        Assert.Equal(new[] { "2002" }, Dates("Talks were held throughout 2002."));
        Assert.Equal(new[] { "1994", "1995" }, Dates("The agreements were signed in 1994 and 1995."));
        Assert.Equal(new[] { "1956" }, Dates("The treaty of 1956 ran for 1995 days."));
    }

    [Fact]
    public void Ocr_years_and_months_are_read_through_the_garbling()
    {
        var context = new DateContext { Ocr = true };

        Assert.Equal(new[] { "1998" }, Dates("in the summer of rqq8, Japan", context));
        Assert.Equal(new[] { "1997-11" }, Dates("the Meeting in Novembcr r997, and Russia", context));
        Assert.Empty(Dates("The next year the defense minister, Igor Rodionov, came to Tokyo.", context));
        Assert.Equal(new[] { "1993" }, Dates("He came to Tokyo in Iqq3.", context));
    }
}

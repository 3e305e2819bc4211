using System.Linq;
using TypedCorpus.Parsing.Events;
using TypedCorpus.Parsing.Model;
using static TypedCorpus.Parsing.Tests.ParseHelper;

namespace TypedCorpus.Parsing.Tests.Events;

public class EventTests
{
    [Fact]
    public void Sentences_are_split_at_stops_but_not_after_abbreviations_or_initials()
    {
        const string text = "Mr. Putin met George W. Bush on Jan. 5. They talked. Then U.S. troops left.";

        var sentences = SentenceSplitter.Split(text).Select(s => text.Substring(s.Start, s.Length)).ToArray();

        Assert.Equal(new[] { "Mr. Putin met George W. Bush on Jan. 5.", "They talked.", "Then U.S. troops left." }, sentences);
    }

    [Fact]
    public void Dated_sentences_that_tell_a_happening_are_mentions_and_the_year_carries_to_the_next_sentence()
    {
        const string seed = """
            A Study of Things

            by Ann Author

            Things collapsed in the summer of 1998. In July the ruling party suffered a defeat. Prices were high (Smith 2002: 12).

            The treaty was signed in 1956. It was a good year since 1973. Talks were planned by the year 2000.

            Bibliography

            Smith, J. (1990), Things signed in 1956.
            """;

        var document = Parse(seed, Entry("A Study of Things"));
        var mentions = document.Mentions.Where(m => m.Kind == MentionKind.Sentence).Select(m => (m.Date, document.TextOf(m))).ToArray();

        Assert.Equal(new[] { ("1998", "Things collapsed in the summer of 1998."), ("1998-07", "In July the ruling party suffered a defeat."), ("1956", "The treaty was signed in 1956.") }, mentions);
        Assert.Equal(new[] { 5, 5, 7 }, document.Mentions.Select(m => m.Line));
    }

    [Fact]
    public void The_last_year_of_a_section_dates_a_month_in_the_opening_sentence_of_its_next_paragraph_and_no_further()
    {
        const string seed = """
            A Study of Things

            by Ann Author

            I. Summits

            On April 18-19, 1998, Hashimoto hosted Yeltsin at Kawana.

            A week later, on April 26, the Russian side replied. Its answer was rejected in May.

            Nobody was happy. Talks were held again in June.

            1996 was a year of summits. It was marked by a visit in April.

            II. Conclusion

            In November the two leaders met again.
            """;

        var document = Parse(seed, Entry("A Study of Things"));
        var mentions = document.Mentions.Where(m => m.Kind == MentionKind.Sentence).Select(m => (m.Date, document.TextOf(m))).ToArray();

        // A paragraph that opens with no date ("Nobody was happy.") does not go on from the year before, nor does the
        // next section: their months ("in June", "In November") are left undated.
        Assert.Equal(
            new[]
            {
                ("1998-04-18/1998-04-19", "On April 18-19, 1998, Hashimoto hosted Yeltsin at Kawana."),
                ("1998-04-26", "A week later, on April 26, the Russian side replied."),
                ("1998-05", "Its answer was rejected in May."),
                ("1996", "1996 was a year of summits."),
                ("1996-04", "It was marked by a visit in April."),
            },
            mentions);
    }

    [Fact]
    public void A_month_the_text_names_alone_takes_the_year_the_catalog_says_the_text_was_written_when_it_falls_before()
    {
        const string seed = "A Study of Things\n\nby Ann Author\n\nIn February the two ministers met in Tokyo. In May they will meet again.\n";

        var document = Parse(seed, Entry("A Study of Things") with { Written = "1999-03" });

        Assert.Equal(new[] { "1999-02" }, document.Mentions.Select(m => m.Date));
    }

    [Fact]
    public void A_catalog_date_that_cannot_be_read_gives_way_to_when_the_text_was_written()
    {
        const string seed = "A Study of Things\n\nby Ann Author\n\nIn February the two ministers met in Tokyo.\n";

        var document = Parse(seed, Entry("A Study of Things") with { Date = "spring", Written = "1999-03" });

        Assert.Equal(new[] { "1999-02" }, document.Mentions.Select(m => m.Date));
    }

    [Theory]
    [InlineData("In July 1998 Clinton's nine-day tour of China took place.", true)]
    [InlineData("The Kuril islands were occupied in 1945.", true)]
    [InlineData("The party came to power in 1993.", true)]
    [InlineData("A commission was set up in 1998.", true)]
    [InlineData("The ceremony took place at Kawana in April 1998.", true)]
    [InlineData("Koizumi took office in April 2001.", true)]
    [InlineData("Russia's parliament amended the constitution in July 2020.", true)]
    [InlineData("Russia's annexation of Crimea in March 2014 made the approach awkward.", true)]
    [InlineData("The first oil was shipped from the Vityaz complex in July 1999.", true)]
    [InlineData("Vladimir Putin came to Tokyo in September 2000.", true)]
    [InlineData("In October 1956 the two countries restored diplomatic relations.", true)]
    [InlineData("Feasibility studies were carried out in 2001.", true)]
    [InlineData("The Diet froze the contribution in September 1998.", true)]
    [InlineData("Trade between the two countries peaked in 1995.", true)]
    [InlineData("In October 1994 a large earthquake struck Hokkaido.", true)]
    [InlineData("In June 1992, Russia gave fishing rights to South Korea.", true)]
    [InlineData("The August 1991 coup against Gorbachev shook Moscow.", true)]
    [InlineData("The first oil flowed in July 1999.", true)]
    [InlineData("Recognition of Seoul in September 1990 ended the alliance.", true)]
    [InlineData("November 1997 saw the busiest traffic among the leaders.", true)]
    [InlineData("On August 2, 2001, the Fisheries Committee confirmed the quotas.", true)]
    [InlineData("In July 1999 the first oil was produced from the platform.", true)]
    [InlineData("In May 2003 Kasyanov warned Tokyo against delay.", true)]
    [InlineData("In March 2003 Koizumi urged Putin to choose the Pacific route.", true)]
    [InlineData("On December 31, 2004 the Russian government chose Nakhodka as the end point.", true)]
    [InlineData("The two sides settled the border in October 2004.", true)]
    [InlineData("Mori left office in April 2001.", true)]
    [InlineData("A Soviet fighter shot down the airliner in September 1983.", true)]
    [InlineData("Tokyo imposed a ban on the imports in March 2014.", true)]
    [InlineData("Koizumi flew to Moscow on January 9, 2003.", true)]
    [InlineData("The delegation landed in Khabarovsk in May 1999.", true)]
    [InlineData("Japan's energy policy turned north after the Soviet Union broke up in 1991.", true)]
    [InlineData("A study of the pipeline was published in 2002.", true)]
    [InlineData("Exxon discovered oil off Sakhalin in 1977.", true)]
    [InlineData("Russian patrols fired on a Japanese boat in August 2006, killing one fisherman.", true)]
    [InlineData("Boris Yeltsin was reelected president in the summer of 1996.", true)]
    [InlineData("The consulate in Sapporo reopened in May 1997.", true)]
    [InlineData("The bank lent to the project in 2001.", true)]
    [InlineData("The winter broke all records in 1998.", false)]
    [InlineData("An urgent mood was felt in Tokyo in 1998.", false)]
    [InlineData("In 1998 Tokyo saw the gesture as a snub.", false)]
    [InlineData("The third quarter of 2002 saw a flurry of activity.", false)]
    [InlineData("The delegates took photographs in 1998.", false)]
    [InlineData("Relations were completely frozen in 1998.", false)]
    [InlineData("Tourists liked Moscow in 1998.", false)]
    [InlineData("The islands were quiet in 1998.", false)]
    [InlineData("The set upholstery was blue in 1998.", false)]
    public void A_dated_sentence_is_a_mention_when_one_of_its_words_tells_a_happening(string sentence, bool mention)
    {
        var mentions = EventExtractor.Extract(sentence, new[] { new ParagraphNode(SpanKind.Paragraph, -1, 0, sentence.Length, 1, 0, sentence.Length) }, System.Array.Empty<SectionNode>(), new TypedCorpus.Parsing.Dates.DateContext());

        Assert.Equal(mention, mentions.Count == 1);
    }

    [Fact]
    public void The_same_event_in_two_documents_merges_and_a_near_miss_stays_apart()
    {
        var mentions = new (string, System.Collections.Generic.IReadOnlyCollection<string>)[]
        {
            ("1997-11", EventMerger.Terms("At the Krasnoyarsk summit in November 1997, the leaders announced a time frame.")),
            ("1997-11", EventMerger.Terms("Meetings between Hashimoto and Russian President Boris Yeltsin, first in November 1997 at Krasnoyarsk.")),
            ("1997-11", EventMerger.Terms("In November 1997 Jiang visited Washington and met Clinton.")),
            ("1998-04", EventMerger.Terms("In April 1998 Hashimoto and Yeltsin met again at Kawana.")),
        };

        var groups = EventMerger.Group(mentions);

        Assert.Equal(new[] { new[] { 0, 1 }, new[] { 2 }, new[] { 3 } }, groups.Select(g => g.ToArray()));
    }

    [Fact]
    public void A_coarser_date_needs_more_shared_names_to_merge()
    {
        string[] a = { "Boris", "Yeltsin", "Tokyo" };
        string[] b = { "Boris", "Yeltsin", "Moscow" };

        Assert.True(EventMerger.SameEvent("1993-10-12", a, b, _ => false));
        Assert.True(EventMerger.SameEvent("1993-10", a, b, _ => false));
        Assert.False(EventMerger.SameEvent("1993", a, b, _ => false));
    }
}

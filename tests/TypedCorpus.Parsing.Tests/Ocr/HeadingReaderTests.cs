using System.Linq;
using TypedCorpus.Parsing.Ocr;
using TypedCorpus.Parsing.Tests.Seeds;
using Xunit;

namespace TypedCorpus.Parsing.Tests.Ocr;

/// <summary>
/// The whole-line reading of headings OCR garbled in capitals, on a small made-up document whose body talks about
/// what its headings name; the words and garbles are not the seeds'.
/// </summary>
public class HeadingReaderTests
{
    private const string Body =
        "Trade between the two ports grew after the war. Fisheries agreements followed, and the fisheries talks " +
        "went on for years. Shipping companies pressed both governments. The ministers met in Vladivostok and " +
        "Niigata to discuss shipping, fisheries and trade. Cooperation on shipping and trade is the subject here. " +
        "Vladivostok is the larger port; Vladivostok handles the fisheries trade, and Vladivostok is where the talks began.";

    private static readonly HeadingReader Reader = new(Lexicon.WithDomain(DomainWords.Count(new[] { Body, Body })), Body);

    [Theory]
    // Broken capitals: strokes for letters ("l'" for T, "l)" for D), a space OCR put inside a word, a stray mark.
    [InlineData("FISI II1RIES ,\\ND SIIIPPING l'ALKS", "FISHERIES AND SHIPPING TALKS")]
    [InlineData("TR,\\l)E BET\\\\'EEN THE PORTS", "TRADE BETWEEN THE PORTS")]
    [InlineData("COOPERATION ON SHIP PING", "COOPERATION ON SHIPPING")]
    // Numbers and words joined as print joins them are taken as they are.
    [InlineData("TR,\\l)E IN 1998 AND THE G-8", "TRADE IN 1998 AND THE G-8")]
    // A name the lexicon lacks but the document repeats; a K broken into a bar and an angle.
    [InlineData("THE VI,ADIVOSTOI< TAI,KS", "THE VLADIVOSTOK TALKS")]
    public void A_heading_in_broken_capitals_reads_as_printed(string ocr, string printed)
    {
        Assert.Equal(printed, Reader.Read(ocr));
    }

    [Theory]
    [InlineData("Trade and Shipping")]
    [InlineData("FISHERIES")]
    public void A_clean_heading_reads_as_it_is(string heading)
    {
        Assert.Equal(heading, Reader.Read(heading));
    }

    [Theory]
    [InlineData("%% ## // %%")]
    [InlineData("]]]] ;;;; ''''")]
    public void Text_with_no_cheap_reading_is_not_read(string heading)
    {
        Assert.Null(Reader.Read(heading));
    }

    // Found by fuzzing: a word read up to the line's end, then a later prefix close to the end, ran the search past its row.
    [Theory]
    [InlineData("Axrna OnII. o")]
    [InlineData("When the Sakhalin projects were firve")]
    [InlineData("THE ECONO[^1]MIC TIES")]
    public void A_reading_that_reaches_the_end_of_the_line_stays_inside_it(string heading)
    {
        var reader = new HeadingReader(Lexicon.WithDomain(DomainWords.Empty), string.Empty);
        Assert.Null(Record.Exception(() => reader.Read(heading)));
    }

    // The lexicon remembers where a heading's words may be read, for every document read with it; how likely each word
    // is stays the reading document's own. "TRA(E": the curve may be a c or a d.
    [Fact]
    public void A_heading_reads_by_its_own_documents_words_whichever_document_read_it_before()
    {
        const string OnTrade = "The trade grew. Trade talks and trade fairs: trade, trade and more trade in the ports.";
        const string OnTraces = "No trace was found. Every trace of the ships, a trace of oil: the trace led to the ports.";
        var lexicon = Lexicon.WithDomain(DomainWords.Count(new[] { OnTrade, OnTraces, Body }));

        Assert.Equal("TRADE IN THE PORTS", new HeadingReader(lexicon, OnTrade).Read("TRA(E IN THE PORTS"));
        Assert.Equal("TRACE IN THE PORTS", new HeadingReader(lexicon, OnTraces).Read("TRA(E IN THE PORTS"));
        Assert.Equal("TRADE IN THE PORTS", new HeadingReader(lexicon, OnTrade).Read("TRA(E IN THE PORTS"));
    }

    [Fact]
    public void A_heading_longer_than_any_heading_is_not_read()
    {
        Assert.Null(Reader.Read(string.Join(" ", Enumerable.Repeat("TRADE", 40))));
    }

    [Theory]
    [InlineData("THE f PAN he OTTO LOOK", true)]
    [InlineData("Political urd. S e curitt Framework", true)]
    [InlineData("tlr\\SIII\\lOTO AN", true)]
    [InlineData("NATIONAL SECURI'fY", true)]
    [InlineData("A Peace 'lieatt", true)]
    [InlineData("APEC, ASEAN AND THE ARF", false)]
    [InlineData("U.S.-JAPAN SECURITY AND THE G-8", false)]
    [InlineData("Primakov's Visit", false)]
    [InlineData("Developing the Russian Far East", false)]
    [InlineData("ENDNOTES", false)]
    [InlineData("Relations after 1991", false)]
    public void Titles_that_stay_garbled_after_word_correction_are_recognised(string title, bool garbled)
    {
        Assert.Equal(garbled, OcrCorrection.IsGarbled(title));
    }

    [Fact]
    public void Watanabe1999_garbled_headings_read_as_printed()
    {
        var titles = SeedDocuments.Get("Watanabe1999").Sections.Select(s => s.Title).ToList();

        Assert.Equal("CHALLENGING ISSUES FOR JAPAN RUSSIA RELATIONS", titles[1]);
        Assert.Equal("The Need for a Peace Treaty to Normalize Relations", titles[2]);
        Assert.Equal("THE JAPANESE OUTLOOK ON NATIONAL SECURITY", titles[6]);
        Assert.Equal("HASHIMOTO AND YELTSIN PUSH RELATIONS FORWARD", titles[0]);
    }

    [Fact]
    public void A_title_left_with_a_lower_case_word_no_list_knows_is_read_as_a_line()
    {
        // Word by word, "Political utd. S e curitt F r arnewor k" came out as "Political urd. Se curitt Framework".
        var title = SeedDocuments.Get("Watanabe1999").Sections[5].Title;

        Assert.StartsWith("Russia in Northeast Asia's Political", title);
        Assert.EndsWith("Security Framework", title);
        Assert.DoesNotContain("urd", title);
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using TypedCorpus.Parsing.Model;
using TypedCorpus.Parsing.Ocr;
using TypedCorpus.Testing;
using Xunit.Abstractions;

namespace TypedCorpus.Parsing.Tests.Ocr;

public class OcrCorrectorTests
{
    private const int RandomSeed = 1998;
    private const double CorruptionRate = 0.2;

    private static readonly ParsedDocument[] Clean = CorpusFolder.Load(Repository.Seeds).Documents.Where(d => !d.IsOcr).ToArray();
    private static readonly Lexicon CorpusLexicon = Lexicon.WithDomain(DomainWords.FromDocuments(Clean.Select(d => d.Text)));
    private readonly ITestOutputHelper _output;

    public OcrCorrectorTests(ITestOutputHelper output) => _output = output;

    /// <summary>Body paragraphs of the clean seeds: prose of a fair length, not tables or bibliography entries.</summary>
    private static IEnumerable<string> CleanParagraphs() =>
        Clean.SelectMany(d => d.Paragraphs.Where(p => p.Kind == SpanKind.Paragraph && p.TextLength > 300).Select(p => d.Text.Substring(p.TextStart, p.TextLength)))
            .Where((_, i) => i % 3 == 0);

    [Fact]
    public void The_confusion_model_gives_its_costs_to_a_tenth_as_the_search_counts_them()
    {
        Assert.All(ConfusionModel.Default.Confusions, c => Assert.True(Math.Abs((c.Cost * 10) - Math.Round(c.Cost * 10)) < 1e-9, $"{c.Read} -> {c.Printed}: {c.Cost}"));
    }

    [Theory]
    [InlineData("roughly fifteen thousand Eshernren and close to", "roughly fifteen thousand fishermen and close to")]
    [InlineData("a new Ieadcrship in Moscow", "a new leadership in Moscow")]
    [InlineData("and Chinese President Jiang Zenrin both", "and Chinese President Jiang Zemin both")]
    [InlineData("the war with Iraq in the next months", "the war with Iraq in the next months")]
    [InlineData("talks with Jiang Zemin", "talks with Jiang Zemin")]
    public void A_word_whose_small_letters_were_read_as_a_capital_is_read_as_a_word_unless_it_may_be_a_name(string ocr, string printed)
    {
        // J for l is a misreading a page teaches (ConfusionLearner), not one of every page's.
        var model = ConfusionModel.Default.With(new[] { new Confusion("J", "l", 0.9) });
        Assert.Equal(printed, new OcrCorrector(CorpusLexicon, model).Correct(ocr));
    }

    [Theory]
    [InlineData("some of these Ieaders have shady connections", "some of these leaders have shady connections")]
    [InlineData("the few Russian Jeaders with a long interest", "the few Russian leaders with a long interest")]
    [InlineData("He left. Ieaders met again.", "He left. Leaders met again.")]
    [InlineData("a visit to Iondon in May", "a visit to London in May")]
    public void A_capital_I_or_J_read_for_the_stroke_of_an_l_inside_a_sentence_leaves_a_small_l(string ocr, string printed)
    {
        // J for l is a misreading a page teaches (ConfusionLearner), not one of every page's.
        var model = ConfusionModel.Default.With(new[] { new Confusion("J", "l", 0.9) });
        Assert.Equal(printed, new OcrCorrector(CorpusLexicon, model).Correct(ocr));
    }

    [Theory]
    [InlineData("Interview with an LDP member of the Diet.", "Interview with an LDP member of the Diet.")]
    [InlineData("Russia's GDP fell again, and the KGB's heirs gained.", "Russia's GDP fell again, and the KGB's heirs gained.")]
    [InlineData("the JDA and the SDF held talks on KEDO and the DPRK", "the JDA and the SDF held talks on KEDO and the DPRK")]
    [InlineData("TIIE PUSII FOR TRADE", "THE PUSH FOR TRADE")]
    public void A_word_in_capitals_that_is_no_word_is_an_acronym_and_only_a_cheap_misreading_of_strokes_changes_it(string ocr, string printed)
    {
        Assert.Equal(printed, new OcrCorrector(CorpusLexicon).Correct(ocr));
    }

    [Theory]
    [InlineData("signed behveen the two leaders", "signed between the two leaders")]
    [InlineData("the raihvay to the west", "the railway to the west")]
    [InlineData("hventy years of talks", "twenty years of talks")]
    public void A_w_whose_left_stroke_joined_the_t_or_l_before_it_reads_as_hv(string ocr, string printed)
    {
        Assert.Equal(printed, new OcrCorrector(CorpusLexicon).Correct(ocr));
    }

    [Theory]
    [InlineData("the end of the superpou cr rivalry", "the end of the superpower rivalry")]
    [InlineData("relations bctu een the two countries", "relations between the two countries")]
    [InlineData("what you are told", "what you are told")]
    public void A_w_whose_right_half_was_set_apart_as_a_u_and_a_space_is_read_with_its_word(string ocr, string printed)
    {
        Assert.Equal(printed, new OcrCorrector(CorpusLexicon).Correct(ocr));
    }

    [Theory]
    [InlineData("talks with laparr.", "talks with Japan.")]
    [InlineData("a lapse in the talks", "a lapse in the talks")]
    public void A_corpus_name_whose_capital_was_read_as_a_small_letter_may_hold_as_many_misreadings_as_a_name_with_its_capital(string ocr, string printed)
    {
        Assert.Equal(printed, new OcrCorrector(CorpusLexicon).Correct(ocr));
    }

    [Theory]
    [InlineData("Hashimoto met LI.S. President Bill Clinton.", "Hashimoto met U.S. President Bill Clinton.")]
    [InlineData("as Japan depends on LI.S. military capabilities", "as Japan depends on U.S. military capabilities")]
    [InlineData("trade with the U.K. and the U.S. grew", "trade with the U.K. and the U.S. grew")]
    [InlineData("see p.96 and e.g. the table", "see p.96 and e.g. the table")]
    public void An_abbreviation_whose_capital_was_read_as_two_strokes_keeps_its_stops(string ocr, string printed)
    {
        Assert.Equal(printed, new OcrCorrector(CorpusLexicon).Correct(ocr));
    }

    [Theory]
    [InlineData("a territorial problem with Japan.'I'his stance was", "a territorial problem with Japan. This stance was")]
    [InlineData("the general atmosphere of bilateral relations.'fhev included:", "the general atmosphere of bilateral relations. They included:")]
    [InlineData("at the end of the war.They met in r997.The talks", "at the end of the war. They met in 1997. The talks")]
    [InlineData("Why?They did not say.", "Why? They did not say.")]
    [InlineData("the Japan-U.S. alliance and the U.S.-Japan treaty", "the Japan-U.S. alliance and the U.S.-Japan treaty")]
    [InlineData("see www.carnegieendowment.Org for the text", "see www.carnegieendowment.Org for the text")]
    public void A_sentence_run_into_the_next_where_ocr_lost_the_space_after_its_stop_gets_the_space_back(string ocr, string printed)
    {
        Assert.Equal(printed, new OcrCorrector(CorpusLexicon).Correct(ocr));
    }

    [Theory]
    [InlineData("and he garc tlrc clistinct inpression", "and he gave the distinct impression")]
    [InlineData("he garc a speech", "he gave a speech")]
    public void A_reading_that_is_a_rare_word_is_read_again_as_a_likelier_word_as_a_printed_rare_word_is(string ocr, string printed)
    {
        Assert.Equal(printed, new OcrCorrector(CorpusLexicon).Correct(ocr));
    }

    [Theory]
    [InlineData("in the 2rst century", "in the 21st century")]
    [InlineData("the r9th century and the zoth", "the 19th century and the 20th")]
    [InlineData("its 5oth anniversary", "its 50th anniversary")]
    [InlineData("on March zrst, 1998", "on March 21st, 1998")]
    [InlineData("The 6rst concerns trade.", "The first concerns trade.")]
    [InlineData("during the Erst three months", "during the first three months")]
    [InlineData("both sides met on the 21st", "both sides met on the 21st")]
    public void An_ordinal_whose_digits_ocr_read_as_letters_is_the_number_unless_a_word_lies_as_close(string ocr, string printed)
    {
        Assert.Equal(printed, new OcrCorrector(CorpusLexicon).Correct(ocr));
    }

    [Theory]
    [InlineData("Trade fell. Particrrlarlv noteworthy was the drop.", "Trade fell. Particularly noteworthy was the drop.")]
    [InlineData("Recogrritiort of Seoul", "Recognition of Seoul")]
    [InlineData("He left. Kunadze met him.", "He left. Kunadze met him.")]
    [InlineData("Nihon Keizai Shimbun, 15 July 1996.", "Nihon Keizai Shimbun, 15 July 1996.")]
    public void A_sentences_first_word_that_looks_like_no_english_is_read_as_an_everyday_word_but_a_name_stays(string ocr, string printed)
    {
        Assert.Equal(printed, new OcrCorrector(CorpusLexicon).Correct(ocr));
    }

    [Theory]
    [InlineData("It was so. '1'he pipeline went east.", "It was so. The pipeline went east.")]
    [InlineData("the 'lbrritories issue", "the Territories issue")]
    [InlineData("'lable 7.1. Russian trade", "Table 7.1. Russian trade")]
    public void A_capital_t_read_as_a_mark_and_a_stroke_is_a_t(string ocr, string printed)
    {
        Assert.Equal(printed, new OcrCorrector(CorpusLexicon).Correct(ocr));
    }

    // With English words alone (a corpus of OCR'd pages only), where "and" outweighs "aid" by far.
    [Theory]
    [InlineData("Trade ancl aicl", "Trade and aid")]
    [InlineData("food and aicl", "food and aid")]
    public void A_misreading_is_not_read_as_the_word_before_it(string ocr, string printed)
    {
        Assert.Equal(printed, new OcrCorrector(Lexicon.General).Correct(ocr));
    }

    [Theory]
    [InlineData("I n the spring of 1997 the two sides met.", "In the spring of 1997 the two sides met.")]
    [InlineData("talks. I t was a year of visits.", "talks. It was a year of visits.")]
    [InlineData("I f the talks fail, nothing changes.", "If the talks fail, nothing changes.")]
    public void A_drop_capital_printed_apart_from_its_word_is_joined_to_it(string ocr, string printed)
    {
        Assert.Equal(printed, new OcrCorrector(CorpusLexicon).Correct(ocr));
    }

    [Theory]
    [InlineData("fter the collapse of the Soviet Union", "After the collapse of the Soviet Union")]
    [InlineData("Yeltsin came.\n\nfter the collapse he left.", "Yeltsin came.\n\nAfter the collapse he left.")]
    [InlineData("Yeltsin came. fter the collapse he left.", "Yeltsin came. after the collapse he left.")]
    [InlineData("l)cspitc the hope", "Despite the hope")]
    [InlineData("Yeltsin came.\n\nrvas the hope", "Yeltsin came.\n\nwas the hope")]
    public void A_paragraphs_first_word_that_lost_its_drop_capital_takes_a_capital(string ocr, string printed)
    {
        Assert.Equal(printed, new OcrCorrector(CorpusLexicon).Correct(ocr));
    }

    [Theory]
    [InlineData("economic cooperatile projects", "economic cooperative projects")]
    [InlineData("an investureut protection treaty", "an investment protection treaty")]
    [InlineData("peace and stabilitr in Asia", "peace and stability in Asia")]
    [InlineData("two subcommittees within", "two subcommittees within")]
    [InlineData("the actual handover of", "the actual handover of")]
    [InlineData("a constraint on growth", "a constraint on growth")]
    [InlineData("the oligarchs and the Kremlin", "the oligarchs and the Kremlin")]
    [InlineData("a strident tone", "a strident tone")]
    public void A_long_word_that_looks_like_english_is_read_as_a_corpus_word_a_letter_away_but_not_as_its_own_form(string ocr, string printed)
    {
        Assert.Equal(printed, new OcrCorrector(CorpusLexicon).Correct(ocr));
    }

    [Theory]
    [InlineData("in that nonth's election", "in that month's election")]
    [InlineData("constraint on the regior's development", "constraint on the region's development")]
    [InlineData("Moscorv's Options", "Moscow's Options")]
    public void A_possessive_is_kept_and_the_word_before_it_read_alone(string ocr, string printed)
    {
        Assert.Equal(printed, new OcrCorrector(CorpusLexicon).Correct(ocr));
    }

    [Fact]
    public void Clean_text_comes_back_unchanged()
    {
        var corrector = new OcrCorrector(CorpusLexicon);
        foreach (var paragraph in CleanParagraphs().Take(60))
        {
            Assert.Equal(paragraph, corrector.Correct(paragraph));
        }
    }

    [Fact]
    public void Words_corrupted_through_the_confusion_model_are_restored_and_right_words_are_left_alone()
    {
        var random = new Random(RandomSeed);
        var corrector = new OcrCorrector(CorpusLexicon);
        int corrupted = 0, restored = 0, right = 0, damaged = 0;
        foreach (var paragraph in CleanParagraphs())
        {
            var words = paragraph.Split(' ');
            var noisy = words.Select(w => random.NextDouble() < CorruptionRate ? Corrupt(w, random) : w).ToArray();
            var corrected = corrector.Correct(string.Join(" ", noisy)).Split(' ');

            // Words are compared along the longest common subsequence of the original and the corrected
            // paragraph, so a split or a join costs only the words it touches.
            var aligned = Align(words, corrected);
            for (var i = 0; i < words.Length; i++)
            {
                var same = aligned[i];
                if (noisy[i] != words[i])
                {
                    corrupted++;
                    restored += same ? 1 : 0;
                    if (!same && Environment.GetEnvironmentVariable("TYPEDCORPUS_SHOW_DAMAGE") == "1")
                    {
                        _output.WriteLine("missed: " + words[i] + " -> " + noisy[i]);
                    }
                }
                else
                {
                    right++;
                    damaged += same ? 0 : 1;
                    if (!same && Environment.GetEnvironmentVariable("TYPEDCORPUS_SHOW_DAMAGE") == "1")
                    {
                        _output.WriteLine("damaged: " + words[i] + " in " + string.Join(" ", corrected.Skip(Math.Max(0, i - 3)).Take(7)));
                    }
                }
            }
        }

        _output.WriteLine($"restored {restored} of {corrupted} corrupted words ({100.0 * restored / corrupted:F1}%); damaged {damaged} of {right} right words ({100.0 * damaged / right:F2}%)");
        Assert.True(restored >= 0.9 * corrupted, $"restored {restored} of {corrupted}");
        Assert.True(damaged < 0.01 * right, $"damaged {damaged} of {right}");
    }

    [Theory]
    [InlineData("he said lhat the talks were over", "he said that the talks were over")]
    [InlineData("more lhan a year", "more than a year")]
    public void A_short_token_is_read_as_a_common_word_that_lies_past_its_cheapest_rare_readings(string ocr, string printed)
    {
        Assert.Equal(printed, new OcrCorrector(CorpusLexicon).Correct(ocr));
    }

    [Theory]
    [InlineData("in the irLernational arena", "in the international arena")]
    [InlineData("Tokyo mairLained its position", "Tokyo maintained its position")]
    [InlineData("an iPhone and an eBay account", "an iPhone and an eBay account")]
    [InlineData("the MacArthur plan", "the MacArthur plan")]
    public void A_capital_inside_a_small_word_is_a_misread_letter_but_a_brand_or_name_keeps_its_own(string ocr, string printed)
    {
        Assert.Equal(printed, new OcrCorrector(CorpusLexicon).Correct(ocr));
    }

    [Fact]
    public void A_page_s_own_misreadings_do_not_crowd_the_likely_word_out_of_a_short_token_s_readings()
    {
        // A page that reads a as il, l and r and e as c makes "arc", "are", "anc", "il ac"... cheaper readings of "ilrc" than "the".
        var model = ConfusionModel.Default.With(new[] { new Confusion("il", "a", 1.2), new Confusion("l", "a", 1.1), new Confusion("r", "a", 0.8), new Confusion("c", "e", 0.5) });

        Assert.Equal("a case study of the bilateral relations in the present order", new OcrCorrector(CorpusLexicon, model).Correct("a case study of ilrc bilateral relations in ilrc present order"));
    }

    [Fact]
    public void A_lone_letter_is_a_piece_of_a_broken_word_however_often_abbreviations_leave_it_in_the_counts()
    {
        // The corpus writes "U.S." hundreds of times, so "u" counts as common; on a page that reads w as u, "u ith" is "with".
        Assert.True(CorpusLexicon.Count("u") > 20_000);
        var readsWAsU = ConfusionModel.Default.With(new[] { new Confusion("u", "w", 1.1) });

        Assert.Equal("could do business with Hashimoto", new OcrCorrector(CorpusLexicon, readsWAsU).Correct("could do business u ith Hashimoto"));
    }

    [Theory]
    [InlineData("It n as feared that", "It was feared that")]
    [InlineData("its security treaty n ith the United States", "its security treaty with the United States")]
    [InlineData("the policy h as two pillars", "the policy has two pillars")]
    public void A_stray_letter_and_the_piece_after_it_are_one_word_when_together_they_make_a_common_one(string ocr, string printed)
    {
        // n read for w costs more than a pair of pieces may, and "as" is a word of its own: only "was" being a common
        // word lets the two be joined.
        Assert.Equal(printed, new OcrCorrector(CorpusLexicon).Correct(ocr));
    }

    [Theory]
    [InlineData("the Asia-Pacific Economic Coope ration forum", "the Asia-Pacific Economic Cooperation forum")]
    [InlineData("exploration of such rrulti lateral consultations", "exploration of such multilateral consultations")]
    [InlineData("considered. Japar rese security and defense policy", "considered. Japanese security and defense policy")]
    public void Two_long_pieces_are_one_word_when_one_of_them_is_no_word(string ocr, string printed)
    {
        Assert.Equal(printed, new OcrCorrector(CorpusLexicon).Correct(ocr));
    }

    [Theory]
    [InlineData("any one of them could go")]
    [InlineData("the Far East region grew")]
    [InlineData("some times it rained")]
    public void Two_words_stay_two_words(string text)
    {
        Assert.Equal(text, new OcrCorrector(CorpusLexicon).Correct(text));
    }

    [Theory]
    [InlineData("cannot be overemphasized. Ever", "cannot be overemphasized. Ever")]
    [InlineData("cannot be overernphasized. Ever", "cannot be overemphasized. Ever")]
    [InlineData("it was undcrestimated by many", "it was underestimated by many")]
    [InlineData("overthe years", "over the years")]
    public void A_verb_with_over_under_or_out_before_it_is_one_word(string ocr, string printed)
    {
        Assert.Equal(printed, new OcrCorrector(CorpusLexicon).Correct(ocr));
    }

    [Theory]
    [InlineData("a Eeld of study", "a field of study")]
    [InlineData("in a Erst step", "in a first step")]
    public void A_common_word_keeps_its_place_before_a_piece_that_reads_as_a_word_through_its_capital(string ocr, string printed)
    {
        Assert.Equal(printed, new OcrCorrector(CorpusLexicon).Correct(ocr));
    }

    [Theory]
    [InlineData("see chapter q in this volume", "see chapter 9 in this volume")]
    [InlineData("as section z showed", "as section 2 showed")]
    [InlineData("in Chapter II of the book", "in Chapter II of the book")]
    [InlineData("the section or the note", "the section or the note")]
    public void After_a_word_that_numbers_things_a_token_of_digit_letters_is_the_number(string ocr, string printed)
    {
        Assert.Equal(printed, new OcrCorrector(CorpusLexicon).Correct(ocr));
    }

    [Theory]
    [InlineData("since the end of World War IL The agreement", "since the end of World War II. The agreement")]
    [InlineData("at the close of World War I[. The Soviet Union", "at the close of World War II. The Soviet Union")]
    [InlineData("after World War I], Japan", "after World War II, Japan")]
    [InlineData("leader Kim Jong Il chose", "leader Kim Jong Il chose")]
    [InlineData("when Phase IIl began", "when Phase III began")]
    [InlineData("Tsar Nicholas I1 and", "Tsar Nicholas II and")]
    [InlineData("World War IL and after", "World War II and after")]
    [InlineData("an Ill Wind", "an Ill Wind")]
    [InlineData("in World War I. The", "in World War I. The")]
    [InlineData("he said. Il y a", "he said. Il y a")]
    public void After_a_name_an_i_and_strokes_read_for_i_are_a_roman_numeral(string ocr, string printed)
    {
        Assert.Equal(printed, new OcrCorrector(CorpusLexicon).Correct(ocr));
    }

    [Theory]
    [InlineData("took place in Norcrtbcr 1997.", "took place in November 1997.")]
    [InlineData("in Dcccrrber 1993 the", "in December 1993 the")]
    [InlineData("in Arrgrrst r998", "in August 1998")]
    [InlineData("the Declaration ofOctober 1993, signed", "the Declaration of October 1993, signed")]
    [InlineData("signed inmarch 1998", "signed in March 1998")]
    public void A_word_no_list_knows_before_a_year_is_read_as_the_month_it_is_closest_to(string ocr, string printed)
    {
        // "Norcrtbcr" is too far from any word for the word search; before a year, only twelve words are candidates.
        Assert.Equal(printed, new OcrCorrector(CorpusLexicon).Correct(ocr));
    }

    [Theory]
    [InlineData("the Yeltsirr 1997 visit")]
    [InlineData("the Kozyrev 1993 plan")]
    [InlineData("the Lee 1997 report")]
    public void A_name_before_a_year_is_not_read_as_a_month(string ocr)
    {
        var corrected = new OcrCorrector(CorpusLexicon).Correct(ocr);

        Assert.DoesNotContain(MonthNames, month => corrected.Contains(month, StringComparison.OrdinalIgnoreCase));
    }

    private static readonly string[] MonthNames =
        { "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december" };

    [Fact]
    public void A_stray_letter_is_not_joined_into_a_rare_word()
    {
        // "o rnd" costs as much as "n as" to read as one word, but what it makes ("om") is no common word.
        Assert.DoesNotContain("Om", new OcrCorrector(CorpusLexicon).Correct("at track tg o rnd three levels"));
    }

    [Theory]
    [InlineData("in the sunrnrer o[ rqq8, ]apan ancl Russia", "in the summer of 1998, Japan and Russia")]
    [InlineData("Hashinoto visitecl Krasnoyarsk in r997.", "Hashimoto visited Krasnoyarsk in 1997.")]
    [InlineData("the Kuril Islancls ancl Yeltsin rvas", "the Kuril Islands and Yeltsin was")]
    [InlineData("aborrtthe futLrre", "about the future")]
    [InlineData("a Peace Treaty to Normalize Re latiotts", "a Peace Treaty to Normalize Relations")]
    [InlineData("Political and Security F r arnewor k", "Political and Security Framework")]
    [InlineData("the Japanese Defense Minister met I Iashimoto", "the Japanese Defense Minister met Hashimoto")]
    [InlineData("in N ortheast Asia", "in Northeast Asia")]
    [InlineData("TIIE JAPANESE OUTLOOK", "THE JAPANESE OUTLOOK")]
    [InlineData("YELTSIN PUSII RELATIONS", "YELTSIN PUSH RELATIONS")]
    [InlineData("F-,conotnic Issues", "Economic Issues")]
    [InlineData("the islands ofEtorofu and PresidentYeltsin", "the islands of Etorofu and President Yeltsin")]
    [InlineData("FOR JAPAN ,\\N llU S S Ir\\", "FOR JAPAN AN RUSSIA")]
    [InlineData("relations in mid-r998", "relations in mid-1998")]
    [InlineData("peace and stability \\\\oulcl prevail", "peace and stability would prevail")]
    [InlineData("trade between them \\vas small", "trade between them was small")]
    [InlineData("talks in \\Vashington and \\/ladivostok", "talks in Washington and Vladivostok")]
    [InlineData("concluded in ear\\, 1999, which", "concluded in early 1999, which")]
    [InlineData("chose not to sign the trea\\,. Talks", "chose not to sign the treaty. Talks")]
    [InlineData("always assurned to be strongll, interested", "always assumed to be strongly interested")]
    [InlineData("they hacl, in fact, left", "they had, in fact, left")]
    [InlineData("the worlcl, as it was", "the world, as it was")]
    [InlineData("After tl.re collapse of the Soviet IJnion", "After the collapse of the Soviet Union")]
    [InlineData("a substarti\\,e population", "a substantive population")]
    [InlineData("at the end ofr997, Yeltsin", "at the end of 1997, Yeltsin")]
    [InlineData("signed in1956 and", "signed in 1956 and")]
    [InlineData("in the summer o[1998 the rouble fell", "in the summer of 1998 the rouble fell")]
    [InlineData("TI-IE SAKI-IALIN PROJECTS", "THE SAKHALIN PROJECTS")]
    [InlineData("TFIE RUSSIAN FAR EAST", "THE RUSSIAN FAR EAST")]
    [InlineData("of the total. Tl-re Sakhalin projects", "of the total. The Sakhalin projects")]
    [InlineData("a well-read man and an all-round view", "a well-read man and an all-round view")]
    [InlineData("the sumurit was a surall affair", "the summit was a small affair")]
    [InlineData("the Prirue Minister came", "the Prime Minister came")]
    [InlineData("the Llnion and Iiastern Europe", "the Union and Eastern Europe")]
    [InlineData("flew to Nroscow", "flew to Moscow")]
    [InlineData("flew to N4oscorv in May", "flew to Moscow in May")]
    [InlineData("of all the leaders, Ilaslrirnoto was", "of all the leaders, Hashimoto was")]
    [InlineData("has sul:lsequently l>een reported", "has subsequently been reported")]
    [InlineData("the 1;olicy of stal:lle relations", "the policy of stable relations")]
    [InlineData("u'ith tIre Soviet/Il.rrssian side", "with the Soviet/Russian side")]
    [InlineData("the economy Iras suffered in Iiast Asia", "the economy has suffered in East Asia")]
    [InlineData("Gorbachev came. WIren he left", "Gorbachev came. When he left")]
    [InlineData("the tire of ofIndia", "the tire of of India")]
    [InlineData("ihe Soviet Lhion ltas receni troubles", "the Soviet Union has recent troubles")]
    [InlineData("the Efth round of Japanese Eshing talks", "the fifth round of Japanese fishing talks")]
    [InlineData("the parties. I lashinoto announced", "the parties. Hashimoto announced")]
    [InlineData("Japanese Prime M jnister and the conclitjons", "Japanese Prime Minister and the conditions")]
    [InlineData("the program pror,icleci for talks in recent rears", "the program provided for talks in recent years")]
    [InlineData("presented l:li the transitior.r or.r the", "presented by the transition on the")]
    [InlineData("the talks wi]l go on froln the re]ations of Prilne Minister Kozyrev", "the talks will go on from the relations of Prime Minister Kozyrev")]
    // Garbled past the search's usual bound, and searched once more, further.
    [InlineData("a sharp drop in pxrduction and investment", "a sharp drop in production and investment")]
    // A name is no misreading of a word through a dear confusion ("Karl" is no "Kam").
    [InlineData("Karl Marx and Harlan met", "Karl Marx and Harlan met")]
    [InlineData("I was there. I n the spring", "I was there. In the spring")]
    [InlineData("the G4 group met", "the G4 group met")]
    [InlineData("the ALL-ISLAND plan and the U.S.-Japan alliance", "the ALL-ISLAND plan and the U.S.-Japan alliance")]
    [InlineData("Sakhalin-r and Sakhalin-z were signed", "Sakhalin-1 and Sakhalin-2 were signed")]
    [InlineData("Sakhalin-I and Sakhalin-II", "Sakhalin-I and Sakhalin-II")]
    public void Typical_misreadings_broken_words_and_the_domain_names_come_out_as_printed(string ocr, string printed)
    {
        Assert.Equal(printed, new OcrCorrector(CorpusLexicon).Correct(ocr));
    }

    [Theory]
    [InlineData("the question offinal possession", "the question of final possession")]
    [InlineData("thattheywould strive for it", "that they would strive for it")]
    [InlineData("by resolvingthe question", "by resolving the question")]
    [InlineData("awareness oftlie great distance", "awareness of the great distance")]
    [InlineData("the number ofyisits grew", "the number of visits grew")]
    // Compounds of content words, acronyms and prefixes are words of their own.
    [InlineData("living in a glasshouse", "living in a glasshouse")]
    [InlineData("the members of ASEAN", "the members of ASEAN")]
    [InlineData("unless Tokyo reconsiders its demand", "unless Tokyo reconsiders its demand")]
    [InlineData("interregional links", "interregional links")]
    // A capitalised run is split only as a name of the corpus before function words, or "The" before a word; names stay.
    [InlineData("Independently, Chinahas grown", "Independently, China has grown")]
    [InlineData("Thefinal factor", "The final factor")]
    [InlineData("Amit and Blackwell met Haslam", "Amit and Blackwell met Haslam")]
    public void Words_run_together_after_a_function_word_are_split_even_when_misread(string ocr, string printed)
    {
        Assert.Equal(printed, new OcrCorrector(CorpusLexicon).Correct(ocr));
    }

    [Theory]
    [InlineData("a way in to the talks")]
    [InlineData("for a Peace Treaty")]
    [InlineData("I do not see a U turn")]
    [InlineData("General MacArthur and McDonald")]
    public void Words_that_stand_apart_are_not_joined(string text)
    {
        Assert.Equal(text, new OcrCorrector(CorpusLexicon).Correct(text));
    }

    [Theory]
    [InlineData("rqq8", "1998")]
    [InlineData("r997", "1997")]
    [InlineData("4o-5o", "40-50")]
    [InlineData("575,ooo", "575,000")]
    [InlineData("196o", "1960")]
    [InlineData("r99os", "1990s")]
    [InlineData("r970s", "1970s")]
    [InlineData("193os", "1930s")]
    public void Numbers_with_ocr_letters_read_as_numbers(string ocr, string number)
    {
        Assert.True(NumberReading.TryRead(ocr, out var read));
        Assert.Equal(number, read);
    }

    [Theory]
    [InlineData("Tokyo, zo March 1998.", "Tokyo, 20 March 1998.")]
    [InlineData("the first oil flowed in July rqqq.", "the first oil flowed in July 1999.")]
    [InlineData("until the next election in zooo.", "until the next election in 2000.")]
    [InlineData("and by zooo more than ten thousand", "and by 2000 more than ten thousand")]
    [InlineData("from rqq6 to zooo", "from 1996 to 2000")]
    [InlineData("the talks continued into zooz", "the talks continued into 2002")]
    [InlineData("a peace treaty by the year zooo.", "a peace treaty by the year 2000.")]
    [InlineData("Asahi Shimbun, z November 1997.", "Asahi Shimbun, 2 November 1997.")]
    [InlineData("Tokyo, zo Marclr 1998.", "Tokyo, 20 March 1998.")]
    [InlineData("Kommersant, February ro, zooo.", "Kommersant, February 10, 2000.")]
    [InlineData("Japan surrendered on September z.", "Japan surrendered on September 2.")]
    [InlineData("It met on February 12, zooz.", "It met on February 12, 2002.")]
    [InlineData("in May so many came", "in May so many came")]
    [InlineData("a May 1998 visit", "a May 1998 visit")]
    // Words stay words where a date could be: common ones, and a name that a year's letters could spell.
    [InlineData("The deadline is March 1998.", "The deadline is March 1998.")]
    [InlineData("He said so May 1998 would do.", "He said so May 1998 would do.")]
    [InlineData("a speech in Igor Ivanov's name", "a speech in Igor Ivanov's name")]
    [InlineData("zoos in 1998", "zoos in 1998")]
    public void Numbers_ocr_spelled_in_letters_alone_read_as_numbers_where_a_date_has_them(string ocr, string printed)
    {
        Assert.Equal(printed, new OcrCorrector(CorpusLexicon).Correct(ocr));
    }

    [Theory]
    [InlineData("into the region. ln 1997 Tokyo agreed", "into the region. In 1997 Tokyo agreed")]
    [InlineData("as \"interesting.\" ln addition", "as \"interesting.\" In addition")]
    [InlineData("ln the process", "In the process")]
    [InlineData("The end.\n\nlt was over.", "The end.\n\nIt was over.")]
    // A word that reads as itself stays: "let" is no misread "Iet".
    [InlineData("He left. let them talk.", "He left. let them talk.")]
    public void A_sentence_that_starts_with_l_for_a_capital_i_starts_with_i(string ocr, string printed)
    {
        Assert.Equal(printed, new OcrCorrector(CorpusLexicon).Correct(ocr));
    }

    // Each edit as "was>is"; the space put back after a stop is part of the edit of the word before it.
    [Theory]
    [InlineData("Yeltsin rvas reelectecl in r996.", "Yeltsin was reelected in 1996.", "rvas>was", "reelectecl>reelected", "r996.>1996.")]
    [InlineData("with Japan.'I'his stance", "with Japan. This stance", "Japan.>Japan. ", "'I'his>This")]
    public void Edits_say_where_each_changed_word_was_and_is(string input, string corrected, params string[] changes)
    {
        var edits = new List<TextEdit>();

        var output = new OcrCorrector(CorpusLexicon).Correct(input, edits);

        Assert.Equal(corrected, output);
        Assert.All(edits, e => Assert.Equal(e.Original, input.Substring(e.OldStart, e.OldLength)));
        Assert.Equal(changes, edits.Select(e => e.Original + ">" + output.Substring(e.NewStart, e.NewLength)));
    }

    /// <summary>For each word of <paramref name="expected"/>, whether it is matched in <paramref name="actual"/> by their longest common subsequence.</summary>
    private static bool[] Align(string[] expected, string[] actual)
    {
        var lengths = new int[expected.Length + 1, actual.Length + 1];
        for (var i = expected.Length - 1; i >= 0; i--)
        {
            for (var j = actual.Length - 1; j >= 0; j--)
            {
                lengths[i, j] = expected[i] == actual[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        var matched = new bool[expected.Length];
        int a = 0, b = 0;
        while (a < expected.Length && b < actual.Length)
        {
            if (expected[a] == actual[b])
            {
                matched[a++] = true;
                b++;
            }
            else if (lengths[a + 1, b] >= lengths[a, b + 1])
            {
                a++;
            }
            else
            {
                b++;
            }
        }

        return matched;
    }

    /// <summary>One confusion run backwards at a random place it fits: what OCR might have read for this word.</summary>
    private static string Corrupt(string word, Random random)
    {
        var options = new List<(int At, Confusion Confusion)>();
        foreach (var confusion in ConfusionModel.Default.Confusions.Where(c => c.Printed.Length > 0 && c.Printed.All(char.IsLetter)))
        {
            for (var at = word.IndexOf(confusion.Printed, StringComparison.Ordinal); at >= 0; at = word.IndexOf(confusion.Printed, at + 1, StringComparison.Ordinal))
            {
                options.Add((at, confusion));
            }
        }

        // Only words the lexicon knows: the corrector cannot restore a word it has never seen.
        if (options.Count == 0 || !word.All(char.IsLetter) || word.Length < 3 || !CorpusLexicon.Contains(word.ToLowerInvariant()))
        {
            return word;
        }

        var (position, chosen) = options[random.Next(options.Count)];
        return new StringBuilder(word).Remove(position, chosen.Printed.Length).Insert(position, chosen.Read).ToString();
    }
}

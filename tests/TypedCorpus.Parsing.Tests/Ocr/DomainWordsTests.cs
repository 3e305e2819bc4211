using System;
using System.Collections.Generic;
using System.Linq;
using TypedCorpus.Parsing.Ocr;
using Xunit;

namespace TypedCorpus.Parsing.Tests.Ocr;

/// <summary>The clean documents' word and pair counts that the OCR lexicon is built from, checked against a plain count.</summary>
public class DomainWordsTests
{
    [Fact]
    public void Words_and_pairs_seen_once_are_left_out_and_counts_are_rounded_down_to_a_power_of_two()
    {
        var words = DomainWords.Count(new[] { "The treaty. The treaty was signed by Russia. The treaty was signed by Russia again. Once." });

        Assert.Equal(new[] { ("Russia", 2), ("by", 2), ("signed", 2), ("the", 2), ("treaty", 2), ("was", 2) }, words.Words.Select(w => (w.Word, w.Count)));
        Assert.Equal(
            new[] { ("by", "russia", 2), ("signed", "by", 2), ("the", "treaty", 2), ("treaty", "was", 2), ("was", "signed", 2) },
            words.Pairs.Select(p => (p.First, p.Second, p.Count)));
    }

    [Fact]
    public void A_word_is_a_name_when_capitalised_inside_a_sentence_not_where_a_sentence_or_a_line_starts()
    {
        var words = DomainWords.Count(new[] { "Chapter 1: Introduction\nCHAPTER 2\nThe talks. The talks ended in 1998. Putin went home. Then Putin left, and 1998 Japan waited. Japan was calm." });

        // Ordinal order puts capitals first. "Japan" after a number is inside a sentence.
        Assert.Equal(new[] { ("Japan", 2), ("Putin", 2), ("chapter", 2), ("talks", 2), ("the", 2) }, words.Words.Select(w => (w.Word, w.Count)));
    }

    [Fact]
    public void A_document_that_writes_a_word_only_where_sentences_start_leaves_its_case_to_the_others()
    {
        var startsOnly = DomainWords.Count(new[] { "Japan paid. Japan waited. Chapter 2 ends. Chapter 3 too." });
        var inside = DomainWords.Count(new[] { "Russia and Japan met. Then Russia and Japan talked." });
        var lowerCase = DomainWords.Count(new[] { "The chapter ended. The chapter was short." });

        Assert.Contains(new WordCount("japan", 2, CaseSeen: false), startsOnly.Words);
        Assert.Contains(new WordCount("Japan", 4, CaseSeen: true), DomainWords.Merge(new[] { startsOnly, inside }).Words);
        Assert.Contains(new WordCount("Japan", 4, CaseSeen: true), DomainWords.Merge(new[] { inside, startsOnly }).Words);
        Assert.Contains(new WordCount("chapter", 2, CaseSeen: false), startsOnly.Words);
        Assert.Contains(new WordCount("chapter", 4, CaseSeen: true), DomainWords.Merge(new[] { startsOnly, lowerCase }).Words);
    }

    [Fact]
    public void Pairs_are_counted_as_a_plain_count_does_when_the_table_grows_far_past_its_first_size()
    {
        // Two-letter words make a pair every three characters, three times the table's first guess.
        var random = new Random(11);
        var vocabulary = Enumerable.Range(0, 300).Select(i => $"{(char)('a' + (i / 26 % 26))}{(char)('a' + (i % 26))}").ToArray();
        var tokens = Enumerable.Range(0, 40_000).Select(_ => vocabulary[random.Next(vocabulary.Length)]).ToList();
        var expected = new Dictionary<(string, string), int>();
        for (var i = 1; i < tokens.Count; i++)
        {
            expected[(tokens[i - 1], tokens[i])] = expected.TryGetValue((tokens[i - 1], tokens[i]), out var n) ? n + 1 : 1;
        }

        var pairs = DomainWords.Count(new[] { string.Join(" ", tokens) }).Pairs;

        var repeated = expected.Where(p => p.Value >= 2).OrderBy(p => p.Key.Item1, StringComparer.Ordinal).ThenBy(p => p.Key.Item2, StringComparer.Ordinal).ToList();
        Assert.Equal(repeated.Count, pairs.Count());
        Assert.Equal(repeated.Select(p => (p.Key.Item1, p.Key.Item2, Power(p.Value))), pairs.Select(p => (p.First, p.Second, p.Count)));
    }

    [Fact]
    public void Merging_sums_the_same_pair_from_each_part_and_orders_pairs_by_their_words_whatever_the_order_of_parts()
    {
        var first = DomainWords.Count(new[] { "peace treaty. peace treaty. a zone. a zone." });
        var second = DomainWords.Count(new[] { "peace treaty. peace treaty. peace treaty. peace treaty. the Kuril islands. the Kuril islands." });

        var merged = DomainWords.Merge(new[] { first, second });

        Assert.Equal(merged, DomainWords.Merge(new[] { second, first }));
        Assert.Equal(new[] { ("a", "zone", 2), ("kuril", "islands", 2), ("peace", "treaty", 6), ("the", "kuril", 2) }, merged.Pairs.Select(p => (p.First, p.Second, p.Count)));
        Assert.Equal(new[] { ("Kuril", 2), ("a", 2), ("islands", 2), ("peace", 6), ("the", 2), ("treaty", 6), ("zone", 2) }, merged.Words.Select(w => (w.Word, w.Count)));
    }

    private static int Power(int count)
    {
        var power = 1;
        while (power * 2 <= count)
        {
            power *= 2;
        }

        return power;
    }
}

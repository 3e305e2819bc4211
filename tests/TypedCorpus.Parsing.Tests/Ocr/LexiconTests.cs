using System;
using System.IO;
using System.Linq;
using System.Text;
using TypedCorpus.Testing;
using TypedCorpus.Parsing.Ocr;
using Xunit;

namespace TypedCorpus.Parsing.Tests.Ocr;

/// <summary>A lexicon is the general list, worked out once, with the corpus's words added to it.</summary>
public class LexiconTests
{
    [Fact]
    public void The_corpus_words_join_the_general_list_in_the_trie_and_in_the_letter_triples()
    {
        // Letter triples no English word holds: "qzx" looks like English only once three corpus words start and end with them.
        string[] corpus = { "qzxa", "qzxb", "qzxc", "aqzx", "bqzx", "cqzx" };
        var domain = new DomainWords(corpus.Select(w => new WordCount(w, 2)).Append(new WordCount("Treaty", 4)).ToEquatableArray(), EquatableArray<WordPair>.Empty);

        var general = Lexicon.General;
        var lexicon = Lexicon.WithDomain(domain);

        Assert.False(general.LooksLikeEnglish("qzx"));
        Assert.True(lexicon.LooksLikeEnglish("qzx"));
        Assert.True(lexicon.LooksLikeEnglish("treaty"));
        Assert.All(corpus.Append("treaty").Append("the"), word => Assert.True(lexicon.Trie.IsWord(lexicon.Trie.Node(word)), word));
        Assert.Equal(-1, general.Trie.Node("qzxa"));
        Assert.Equal("Treaty", lexicon.Display("treaty"));
        Assert.Equal(general.Count("treaty") + (Lexicon.DomainWeight * 4), lexicon.Count("treaty"));

        // Two words that start with "qzx" are not enough.
        var fewer = Lexicon.WithDomain(new DomainWords(new[] { "qzxa", "qzxb", "aqzx", "bqzx", "cqzx" }.Select(w => new WordCount(w, 2)).ToEquatableArray(), EquatableArray<WordPair>.Empty));
        Assert.False(fewer.LooksLikeEnglish("qzx"));
    }

    [Fact]
    public void The_general_list_is_stored_in_lower_case_and_ordinal_order_and_read_as_it_is()
    {
        // The lexicon looks words up in lower case and builds its trie from the list in file order, with no sort.
        var lines = File.ReadAllLines(Path.Combine(Repository.Root, "src", "TypedCorpus.Parsing", "Ocr", "Data", "subtlex-us.tsv"));
        var words = lines.Select(line => line.Substring(0, line.IndexOf('\t'))).ToArray();

        Assert.All(words, word => Assert.Equal(word.ToLowerInvariant(), word));
        Assert.Equal(words.OrderBy(word => word, StringComparer.Ordinal).Distinct(StringComparer.Ordinal), words);
        var trie = Lexicon.General.Trie;
        Assert.All(words, word => Assert.True(trie.IsWord(trie.Node(word)), word));
        Assert.Equal("I", Lexicon.General.Display("i"));
    }

    [Fact]
    public void The_general_list_is_read_from_its_bytes_with_its_counts_and_their_sum()
    {
        var list = Lexicon.GeneralList.Read(Encoding.ASCII.GetBytes("a\t5\r\ni\t12\nno tab here\nzoo\t300"));

        Assert.Equal(new[] { "a", "i", "zoo" }, list.Sorted);
        Assert.Equal(("I", 12.0), (list.Words["i"].Display, list.Words["i"].Count));
        Assert.Equal(("zoo", 300.0), (list.Words["zoo"].Display, list.Words["zoo"].Count));
        Assert.Equal(317, list.Total);
    }

    [Theory]
    [InlineData("b\t1\na\t2\n", "\"a\" out of order (line 2)")]
    [InlineData("a\t1\na\t2\n", "\"a\" out of order (line 2)")]
    [InlineData("a\t1\nb\t\n", "no count after \"b\" (line 2)")]
    [InlineData("a\t1x\n", "no count after \"a\" (line 1)")]
    public void A_general_list_out_of_order_or_without_a_count_stops_with_the_word_and_its_line(string text, string expected)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Lexicon.GeneralList.Read(Encoding.ASCII.GetBytes(text)));

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void What_a_lexicon_remembers_starts_over_when_it_grows_past_its_bound()
    {
        var remembered = new RememberedValues<int, string>();
        for (var i = 0; i < 100_000; i++)
        {
            remembered.Remember(i, "value " + i);
        }

        Assert.True(remembered.TryGetValue(0, out var first) && first == "value 0");
        Assert.True(remembered.TryGetValue(99_999, out _));

        remembered.Remember(100_000, "one more");

        Assert.False(remembered.TryGetValue(0, out _));
        Assert.True(remembered.TryGetValue(100_000, out var last) && last == "one more");
    }

    [Fact]
    public void A_tokens_searched_bounds_grow_into_a_new_set_and_leave_the_one_a_reader_holds_whole()
    {
        var cheap = new System.Collections.Generic.List<(string[] Words, double Cost)> { (new[] { "the" }, 0.5) };
        var wide = new System.Collections.Generic.List<(string[] Words, double Cost)> { (new[] { "the" }, 0.5), (new[] { "then" }, 2.4) };

        var first = SearchedBounds.None.With(1.2, cheap);
        var both = first.With(4.5, wide);

        Assert.Null(SearchedBounds.None.For(1.2));
        Assert.Same(cheap, first.For(1.2));
        Assert.Null(first.For(4.5));
        Assert.Same(cheap, both.For(1.2));
        Assert.Same(wide, both.For(4.5));
        Assert.Null(both.For(3.0));
    }
}

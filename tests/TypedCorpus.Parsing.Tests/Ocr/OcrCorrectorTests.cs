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
    private static readonly Lexicon CorpusLexicon = Lexicon.WithDomain(DomainWords.Merge(Clean.Select(d => DomainWords.Count(new[] { d.Text }))));
    private readonly ITestOutputHelper _output;

    public OcrCorrectorTests(ITestOutputHelper output) => _output = output;

    /// <summary>Body paragraphs of the clean seeds: prose of a fair length, not tables or bibliography entries.</summary>
    private static IEnumerable<string> CleanParagraphs() =>
        Clean.SelectMany(d => d.Paragraphs.Where(p => p.Kind == SpanKind.Paragraph && p.TextLength > 300).Select(p => d.Text.Substring(p.TextStart, p.TextLength)))
            .Where((_, i) => i % 3 == 0);

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
        int corrupted = 0, restored = 0, right = 0, damaged = 0, failures = 0;
        foreach (var paragraph in CleanParagraphs())
        {
            var words = paragraph.Split(' ');
            var noisy = words.Select(w => random.NextDouble() < CorruptionRate ? Corrupt(w, random) : w).ToArray();
            var corrected = corrector.Correct(string.Join(" ", noisy)).Split(' ');
            if (corrected.Length != words.Length)
            {
                // A split or a join shifts the words after it: count the paragraph's changed words as not restored.
                corrupted += noisy.Where((w, i) => w != words[i]).Count();
                _output.WriteLine("split/join: " + string.Join(" ", corrected.Take(12)));
                continue;
            }

            for (var i = 0; i < words.Length; i++)
            {
                if (noisy[i] != words[i])
                {
                    corrupted++;
                    restored += corrected[i] == words[i] ? 1 : 0;
                    if (corrected[i] != words[i] && failures++ < 80)
                    {
                        _output.WriteLine($"{words[i]} -> {noisy[i]} -> {corrected[i]}");
                    }
                }
                else
                {
                    right++;
                    damaged += corrected[i] != words[i] ? 1 : 0;
                }
            }
        }

        _output.WriteLine($"restored {restored} of {corrupted} corrupted words ({100.0 * restored / corrupted:F1}%); damaged {damaged} of {right} right words ({100.0 * damaged / right:F2}%)");
        Assert.True(restored >= 0.9 * corrupted, $"restored {restored} of {corrupted}");
        Assert.True(damaged < 0.01 * right, $"damaged {damaged} of {right}");
    }

    [Theory]
    [InlineData("in the sunrnrer o[ rqq8, ]apan ancl Russia", "in the summer of 1998, Japan and Russia")]
    [InlineData("Hashinoto visitecl Krasnoyarsk in r997.", "Hashimoto visited Krasnoyarsk in 1997.")]
    [InlineData("the Kuril Islancls ancl Yeltsin rvas", "the Kuril Islands and Yeltsin was")]
    [InlineData("aborrtthe futLrre", "about the future")]
    public void Typical_misreadings_and_the_domain_names_come_out_as_printed(string ocr, string printed)
    {
        Assert.Equal(printed, new OcrCorrector(CorpusLexicon).Correct(ocr));
    }

    [Theory]
    [InlineData("rqq8", "1998")]
    [InlineData("r997", "1997")]
    [InlineData("4o-5o", "40-50")]
    [InlineData("575,ooo", "575,000")]
    [InlineData("196o", "1960")]
    public void Numbers_with_ocr_letters_read_as_numbers(string ocr, string number)
    {
        Assert.True(NumberReading.TryRead(ocr, out var read));
        Assert.Equal(number, read);
    }

    [Fact]
    public void Edits_say_where_each_changed_word_was_and_is()
    {
        var edits = new List<TextEdit>();
        const string input = "Yeltsin rvas reelectecl in r996.";

        var output = new OcrCorrector(CorpusLexicon).Correct(input, edits);

        Assert.Equal("Yeltsin was reelected in 1996.", output);
        Assert.All(edits, e => Assert.Equal(e.Original, input.Substring(e.OldStart, e.OldLength)));
        Assert.Equal(new[] { "was", "reelected", "1996." }, edits.Select(e => output.Substring(e.NewStart, e.NewLength)));
    }

    /// <summary>One confusion run backwards at a random place it fits: what OCR might have read for this word.</summary>
    private static string Corrupt(string word, Random random)
    {
        var options = new List<(int At, Confusion Confusion)>();
        foreach (var confusion in ConfusionModel.Confusions.Where(c => c.Printed.Length > 0 && c.Printed.All(char.IsLetter)))
        {
            for (var at = word.IndexOf(confusion.Printed, StringComparison.Ordinal); at >= 0; at = word.IndexOf(confusion.Printed, at + 1, StringComparison.Ordinal))
            {
                options.Add((at, confusion));
            }
        }

        if (options.Count == 0 || !word.All(char.IsLetter) || word.Length < 3)
        {
            return word;
        }

        var (position, chosen) = options[random.Next(options.Count)];
        return new StringBuilder(word).Remove(position, chosen.Printed.Length).Insert(position, chosen.Read).ToString();
    }
}

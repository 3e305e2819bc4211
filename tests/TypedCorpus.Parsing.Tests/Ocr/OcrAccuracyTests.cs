using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using TypedCorpus.Parsing.Model;
using TypedCorpus.Parsing.Tests.Seeds;
using TypedCorpus.Testing;
using Xunit.Abstractions;

namespace TypedCorpus.Parsing.Tests.Ocr;

/// <summary>
/// The OCR'd seed's corrected paragraphs against a hand-made key of how they were printed (<c>Ocr/Keys</c>), word
/// by word: how many of the key's words the text has, in order. Prints the counts for the raw OCR and the correction;
/// <c>dotnet test --filter OcrAccuracy --logger "console;verbosity=detailed"</c> shows them.
/// </summary>
public sealed class OcrAccuracyTests
{
    private readonly ITestOutputHelper _output;

    public OcrAccuracyTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Watanabe1999_corrected_paragraphs_have_most_of_the_printed_words()
    {
        var key = ReadKey(Path.Combine(AppContext.BaseDirectory, "Ocr", "Keys", "Watanabe1999.key.txt"));
        var corrected = SeedDocuments.Get("Watanabe1999");
        var seedFile = Repository.Seed(Path.GetFileName(corrected.FilePath));
        var raw = CorpusParser.ParseStructure(seedFile, File.ReadAllText(seedFile), corrected.Entry, CorpusParser.Layouts).Document!;

        var keyWords = 0;
        var (rawRight, correctedRight, correctedExtra) = (0, 0, 0);
        foreach (var (line, printed) in key)
        {
            var words = Words(printed);
            var before = WordAlignment.Of(words, Words(ParagraphAt(raw, line)));
            var after = WordAlignment.Of(words, Words(ParagraphAt(corrected, line)));
            _output.WriteLine($"line {line}: {words.Count} words; raw OCR {before.Matched}, corrected {after.Matched}");
            keyWords += words.Count;
            rawRight += before.Matched;
            correctedRight += after.Matched;
            correctedExtra += after.Inserted;
        }

        _output.WriteLine($"{key.Count} paragraphs, {keyWords} words: raw OCR has {rawRight} right, corrected {correctedRight} right ({correctedExtra} words more than printed)");
        Assert.True(correctedRight >= MinCorrectedRight, $"corrected {correctedRight} of {keyWords} words right; at least {MinCorrectedRight} expected");
    }

    // The count this session measured, less a little: a change that loses words shows here.
    private const int MinCorrectedRight = 1005;

    [Fact]
    public void Words_are_aligned_in_order_and_a_word_missing_or_extra_costs_one()
    {
        var alignment = WordAlignment.Of(Words("the two leaders met"), Words("the tu o leaders met"));
        Assert.Equal((3, 1), (alignment.Matched, alignment.Inserted));
        Assert.Equal(4, WordAlignment.Of(Words("a b c d"), Words("a b c d")).Matched);
        Assert.Equal(0, WordAlignment.Of(Words("a b"), Words("c d")).Matched);
    }

    private static string ParagraphAt(ParsedDocument document, int line)
    {
        var paragraph = document.Paragraphs.Single(p => p.Line == line);
        return document.Text.Substring(paragraph.TextStart, paragraph.TextLength);
    }

    private static List<(int Line, string Text)> ReadKey(string path)
    {
        var key = new List<(int, string)>();
        var lines = File.ReadAllLines(path).Where(l => !l.StartsWith("#", StringComparison.Ordinal)).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].StartsWith("@ ", StringComparison.Ordinal))
            {
                key.Add((int.Parse(lines[i].Substring(2), System.Globalization.CultureInfo.InvariantCulture), lines[i + 1]));
            }
        }

        return key;
    }

    private static List<string> Words(string text) => Regex.Matches(text, "[A-Za-z0-9]+").Select(m => m.Value.ToLowerInvariant()).ToList();

    /// <summary>The alignment of two word sequences with the fewest changes: the words they share in order, and the words only the second has.</summary>
    private readonly record struct WordAlignment(int Matched, int Inserted)
    {
        public static WordAlignment Of(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
        {
            // Edit distance over words, with the matches counted along the cheapest path (ties prefer more matches).
            var cost = new int[expected.Count + 1, actual.Count + 1];
            var matched = new int[expected.Count + 1, actual.Count + 1];
            var inserted = new int[expected.Count + 1, actual.Count + 1];
            for (var j = 1; j <= actual.Count; j++)
            {
                (cost[0, j], inserted[0, j]) = (j, j);
            }

            for (var i = 1; i <= expected.Count; i++)
            {
                cost[i, 0] = i;
                for (var j = 1; j <= actual.Count; j++)
                {
                    var same = expected[i - 1] == actual[j - 1];
                    var options = new[]
                    {
                        (Cost: cost[i - 1, j - 1] + (same ? 0 : 1), Matched: matched[i - 1, j - 1] + (same ? 1 : 0), Inserted: inserted[i - 1, j - 1]),
                        (Cost: cost[i - 1, j] + 1, Matched: matched[i - 1, j], Inserted: inserted[i - 1, j]),
                        (Cost: cost[i, j - 1] + 1, Matched: matched[i, j - 1], Inserted: inserted[i, j - 1] + 1),
                    };
                    var best = options.OrderBy(o => o.Cost).ThenByDescending(o => o.Matched).First();
                    (cost[i, j], matched[i, j], inserted[i, j]) = best;
                }
            }

            return new WordAlignment(matched[expected.Count, actual.Count], inserted[expected.Count, actual.Count]);
        }
    }
}

using System.IO;
using System.Linq;
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
        var key = OcrKey.Read("Watanabe1999");
        var corrected = SeedDocuments.Get("Watanabe1999");
        var seedFile = Repository.Seed(Path.GetFileName(corrected.FilePath));
        var raw = CorpusParser.ParseStructure(seedFile, File.ReadAllText(seedFile), corrected.Entry, CorpusParser.Layouts).Document!;

        var keyWords = 0;
        var (rawRight, correctedRight, correctedExtra) = (0, 0, 0);
        foreach (var (line, printed) in key)
        {
            var words = WordAlignment.Words(printed);
            var before = WordAlignment.Of(words, WordAlignment.Words(OcrKey.ParagraphAt(raw, line)));
            var after = WordAlignment.Of(words, WordAlignment.Words(OcrKey.ParagraphAt(corrected, line)));
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
    private const int MinCorrectedRight = 1080;

    [Fact]
    public void Words_are_aligned_in_order_and_a_word_missing_or_extra_costs_one()
    {
        var alignment = WordAlignment.Of(WordAlignment.Words("the two leaders met"), WordAlignment.Words("the tu o leaders met"));
        Assert.Equal((3, 1), (alignment.Matched, alignment.Inserted));
        Assert.Equal(4, WordAlignment.Of(WordAlignment.Words("a b c d"), WordAlignment.Words("a b c d")).Matched);
        Assert.Equal(0, WordAlignment.Of(WordAlignment.Words("a b"), WordAlignment.Words("c d")).Matched);
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using TypedCorpus.Parsing.Ocr;

namespace TypedCorpus.Cli;

/// <summary>
/// <c>typedcorpus normalize --ocr</c>: reads a JSON array of strings and writes the array of their OCR corrections,
/// same order and length. The lexicon is the general word list plus the words of the corpus's clean documents; the
/// misreadings the strings share (several words with n read as l) are learned from them first.
/// </summary>
public static class NormalizeCommand
{
    public static int Run(IReadOnlyList<Document> corpus, TextReader input, TextWriter output, TextWriter error)
    {
        string[]? texts;
        try
        {
            texts = JsonSerializer.Deserialize<string[]>(input.ReadToEnd());
        }
        catch (JsonException exception)
        {
            error.WriteLine("typedcorpus: normalize reads a JSON array of strings on stdin: " + exception.Message);
            return CommandLine.Usage;
        }

        if (texts is null || texts.Any(t => t is null))
        {
            error.WriteLine("typedcorpus: normalize reads a JSON array of strings on stdin, with no null in it.");
            return CommandLine.Usage;
        }

        var corpusWords = DomainWords.FromDocuments(corpus.Where(d => d.Info.Layout != "ocr-page").Select(d => d.Text));
        // The strings are read together, as one page: misreadings they share teach the corrector their habit.
        var lexicon = Lexicon.WithDomain(corpusWords);
        var corrector = new OcrCorrector(lexicon, ConfusionLearner.ModelFor(texts, lexicon));
        var corrected = texts.Select(corrector.Correct).ToArray();
        output.WriteLine(JsonSerializer.Serialize(corrected, new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        return CommandLine.Success;
    }
}

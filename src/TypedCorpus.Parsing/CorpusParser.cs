using System;
using System.Collections.Generic;
using System.Linq;
using TypedCorpus.Parsing.Assembly;
using TypedCorpus.Parsing.Catalog;
using TypedCorpus.Parsing.Diagnostics;
using TypedCorpus.Parsing.Events;
using TypedCorpus.Parsing.Ocr;
using TypedCorpus.Parsing.Layouts.Common;
using TypedCorpus.Parsing.Layouts.Markdown;
using TypedCorpus.Parsing.Layouts.OcrPage;
using TypedCorpus.Parsing.Layouts.PrintedChapter;
using TypedCorpus.Parsing.Layouts.QuarterlyReview;
using TypedCorpus.Parsing.Layouts.WebArticle;
using TypedCorpus.Parsing.Model;
using TypedCorpus.Parsing.Text;

namespace TypedCorpus.Parsing;

/// <summary>The result of parsing one seed: the document (null when it cannot be parsed) and what was found wrong.</summary>
public sealed record ParseResult(ParsedDocument? Document, EquatableArray<CorpusDiagnostic> Diagnostics);

/// <summary>Parses a seed: recognises its layout from the content, segments it, and assembles the model.</summary>
public static class CorpusParser
{
    /// <summary>The most characters a seed may have; a longer one is refused with TC0011.</summary>
    public const int MaxSeedLength = 64 * 1024 * 1024;

    /// <summary>Below this score no layout is sure of the seed, and a warning says so.</summary>
    public const double ConfidentScore = 0.5;

    /// <summary>The layout families, in the order that breaks a tie.</summary>
    public static readonly IReadOnlyList<LayoutRules> Layouts = new LayoutRules[]
    {
        new OcrPageLayout(),
        new MarkdownLayout(),
        new PrintedChapterLayout(),
        new QuarterlyReviewLayout(),
        new WebArticleLayout(),
    };

    /// <summary>
    /// Parses one seed whole: structure, OCR correction (for an OCR'd seed, with the corpus's clean words when
    /// given), dated sentences. Never throws: bad input is a diagnostic, and a fault of the parser itself is TC0010.
    /// </summary>
    public static ParseResult Parse(string filePath, string text, CatalogEntry entry, DomainWords? corpusWords = null)
    {
        var structure = ParseStructure(filePath, text, entry, Layouts);
        return structure.Document is null ? structure : Finish(structure.Document, corpusWords);
    }

    /// <summary>Parses one seed with the given layout families (the tests use this to check how faults are reported).</summary>
    public static ParseResult Parse(string filePath, string text, CatalogEntry entry, IReadOnlyList<LayoutRules> layouts)
    {
        var structure = ParseStructure(filePath, text, entry, layouts);
        return structure.Document is null ? structure : Finish(structure.Document, null);
    }

    /// <summary>
    /// The second half of parsing, which for an OCR'd seed depends on the rest of the corpus: corrects its text
    /// with the corpus's clean words, then finds the dated sentences (in the corrected text, so OCR'd dates read).
    /// </summary>
    public static ParseResult Finish(ParsedDocument document, DomainWords? corpusWords)
    {
        try
        {
            var corrected = document.IsOcr ? OcrCorrection.Apply(document, Lexicon.WithDomain(corpusWords ?? DomainWords.Empty)) : document;
            var finished = MentionFinder.WithSentenceMentions(corrected);
            return new ParseResult(finished, finished.Diagnostics);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var diagnostics = document.Diagnostics.ToList();
            diagnostics.Add(CorpusDiagnostic.Create(CorpusDiagnostics.ParserFailure, document.FilePath, 1, System.IO.Path.GetFileName(document.FilePath), exception.GetType().Name + ": " + exception.Message));
            return new ParseResult(null, diagnostics.ToEquatableArray());
        }
    }

    /// <summary>The first half of parsing: layout, structure and clean text, before OCR correction and dated sentences.</summary>
    public static ParseResult ParseStructure(string filePath, string text, CatalogEntry entry, IReadOnlyList<LayoutRules> layouts)
    {
        var diagnostics = new List<CorpusDiagnostic>();
        var fileName = System.IO.Path.GetFileName(filePath);
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Add(CorpusDiagnostic.Create(CorpusDiagnostics.UnparseableSeed, filePath, 1, fileName, "the file is empty"));
            return new ParseResult(null, diagnostics.ToEquatableArray());
        }

        if (text.Length > MaxSeedLength)
        {
            diagnostics.Add(CorpusDiagnostic.Create(CorpusDiagnostics.SeedTooLarge, filePath, 1, fileName, text.Length, MaxSeedLength));
            return new ParseResult(null, diagnostics.ToEquatableArray());
        }

        try
        {
            var source = new SourceText(text);
            ReportUndecodable(source, filePath, diagnostics);
            var input = new LayoutInput(source, entry);
            var (layout, score) = Detect(input, layouts);
            if (score < ConfidentScore)
            {
                diagnostics.Add(CorpusDiagnostic.Create(CorpusDiagnostics.UncertainLayout, filePath, 1, fileName, layout.Name));
            }

            var blocks = layout.Segment(input);
            var document = DocumentAssembler.Assemble(input, layout, blocks, filePath, diagnostics);
            return new ParseResult(document, document.Diagnostics);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            diagnostics.Add(CorpusDiagnostic.Create(CorpusDiagnostics.ParserFailure, filePath, 1, fileName, exception.GetType().Name + ": " + exception.Message));
            return new ParseResult(null, diagnostics.ToEquatableArray());
        }
    }

    /// <summary>One warning per line that holds U+FFFD, the mark of bytes that were not valid UTF-8 (at most ten, then one for the rest).</summary>
    private static void ReportUndecodable(SourceText source, string filePath, List<CorpusDiagnostic> diagnostics)
    {
        if (source.Raw.IndexOf('\uFFFD') < 0)
        {
            return;
        }

        var reported = 0;
        for (var i = 0; i < source.Count && reported < 10; i++)
        {
            if (source.Text(i).IndexOf('\uFFFD') >= 0)
            {
                diagnostics.Add(CorpusDiagnostic.Create(CorpusDiagnostics.UndecodableText, filePath, i + 1, i + 1));
                reported++;
            }
        }
    }

    /// <summary>
    /// What the catalog's kind of a document adds to the score of the layout it names: enough to choose between
    /// layouts the content leaves close (a short article), not enough to outweigh a layout the content is sure of.
    /// </summary>
    public const double CatalogKindWeight = 0.3;

    /// <summary>The best-scoring layout; the plain review layout when none scores at all.</summary>
    public static (LayoutRules Layout, double Score) Detect(LayoutInput input) => Detect(input, Layouts);

    private static (LayoutRules Layout, double Score) Detect(LayoutInput input, IReadOnlyList<LayoutRules> layouts)
    {
        var best = layouts
            .Select(l => (Layout: l, Score: l.Score(input) + (l.IsNamedBy(input.Entry.Kind) ? CatalogKindWeight : 0)))
            .OrderByDescending(p => p.Score)
            .First();
        return best.Score > 0 ? best : (layouts.FirstOrDefault(l => l is QuarterlyReviewLayout) ?? best.Layout, 0);
    }
}

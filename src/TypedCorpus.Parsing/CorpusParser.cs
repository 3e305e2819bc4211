using System;
using System.Collections.Generic;
using System.Linq;
using TypedCorpus.Parsing.Assembly;
using TypedCorpus.Parsing.Catalog;
using TypedCorpus.Parsing.Diagnostics;
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

    /// <summary>Parses one seed. Never throws: a fault becomes a TC0006 diagnostic.</summary>
    public static ParseResult Parse(string filePath, string text, CatalogEntry entry)
    {
        var diagnostics = new List<CorpusDiagnostic>();
        var fileName = System.IO.Path.GetFileName(filePath);
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Add(CorpusDiagnostic.Create(CorpusDiagnostics.UnparseableSeed, filePath, 1, fileName, "the file is empty"));
            return new ParseResult(null, diagnostics.ToEquatableArray());
        }

        try
        {
            var input = new LayoutInput(new SourceText(text), entry);
            var (layout, score) = Detect(input);
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
            diagnostics.Add(CorpusDiagnostic.Create(CorpusDiagnostics.UnparseableSeed, filePath, 1, fileName, exception.GetType().Name + ": " + exception.Message));
            return new ParseResult(null, diagnostics.ToEquatableArray());
        }
    }

    /// <summary>The best-scoring layout; the plain review layout when none scores at all.</summary>
    public static (LayoutRules Layout, double Score) Detect(LayoutInput input)
    {
        var best = Layouts.Select(l => (Layout: l, Score: l.Score(input))).OrderByDescending(p => p.Score).First();
        return best.Score > 0 ? best : (Layouts.First(l => l is QuarterlyReviewLayout), 0);
    }
}

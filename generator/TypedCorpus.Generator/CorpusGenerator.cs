using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using TypedCorpus.Generator.Model;
using TypedCorpus.Parsing;
using TypedCorpus.Parsing.Catalog;
using TypedCorpus.Parsing.Ocr;

namespace TypedCorpus.Generator;

/// <summary>
/// Turns seed documents (<c>*.txt</c> AdditionalFiles in a folder that has a <c>catalog.json</c>) into a typed
/// corpus: one file per document, plus <c>Documents.All</c> and <c>Chronology</c>.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed partial class CorpusGenerator : IIncrementalGenerator
{
    public const string CatalogStep = "Catalog";
    public const string SeedStep = "Seed";
    public const string SeedInputStep = "SeedInput";
    public const string StructureStep = "Structure";
    public const string CorpusWordsStep = "CorpusWords";
    public const string DocumentStep = "Document";
    public const string SummaryStep = "Summaries";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // The namespace, from MSBuild: TypedCorpusNamespace, else RootNamespace. Changes only with the project file.
        var options = context.AnalyzerConfigOptionsProvider.Select(static (provider, _) => Parser.ReadOptions(provider.GlobalOptions));

        // Catalogs are the few files named catalog.json; each is parsed once per edit of that file.
        var catalogs = context.AdditionalTextsProvider
            .Where(static file => string.Equals(Path.GetFileName(file.Path), Catalog.FileName, StringComparison.OrdinalIgnoreCase))
            .Select(static (file, token) => Parser.ReadCatalog(file.Path, file.GetText(token)?.ToString() ?? string.Empty))
            .WithTrackingName(CatalogStep);
        var catalogSet = catalogs.Collect().Select(static (all, _) => new CatalogSet(all.OrderBy(c => c.Catalog.FilePath, StringComparer.Ordinal).ToEquatableArray()));

        // Seeds are .txt files, filtered by name before their text is read.
        var seeds = context.AdditionalTextsProvider
            .Where(static file => file.Path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            .Select(static (file, token) => new SeedFile(file.Path, Parser.ReadSeedText(file.GetText(token)?.ToString())))
            .WithTrackingName(SeedStep);

        // Every combination in the pipeline is a pair of classes, whose pipeline code is compiled once for all of them;
        // a pair holding a struct (a bool, an array, another pair) needs its own, which a process's first build compiles.
        var settings = catalogSet.Combine(options).Select(static (pair, _) => new CorpusSettings(pair.Left, pair.Right));

        // Each seed keeps only its own catalog entry, so an edit to another entry leaves it cached.
        var seedInputs = seeds.Combine(settings)
            .Select(static (pair, _) => Parser.Match(pair.Left, pair.Right.Catalogs, pair.Right.Options))
            .Where(static input => input != null)
            .Select(static (input, _) => input!)
            .WithTrackingName(SeedInputStep);

        // The expensive step: parse one seed's structure. Runs again only when that seed or its entry changes.
        var structures = seedInputs.Select(static (input, token) => Parser.ParseStructure(input, token)).WithTrackingName(StructureStep);

        // The clean seeds' words, for correcting OCR'd seeds. Counts are coarse, so most edits leave this equal.
        var corpusWords = structures.Select(static (s, _) => s.Words).Collect()
            .Select(static (all, _) => DomainWords.Merge(all)).WithTrackingName(CorpusWordsStep);

        // Finish each document: a clean one on its own; an OCR'd one with the corpus's words.
        var cleanDocuments = structures.Where(static s => !s.IsOcr)
            .Select(static (s, token) => Parser.BuildDocument(s, DomainWords.Empty, token)).WithTrackingName(DocumentStep);
        var ocrDocuments = structures.Where(static s => s.IsOcr).Combine(corpusWords)
            .Select(static (pair, token) => Parser.BuildDocument(pair.Left, pair.Right, token)).WithTrackingName(DocumentStep);
        context.RegisterSourceOutput(cleanDocuments, static (output, result) => Emitter.EmitDocument(output, result));
        context.RegisterSourceOutput(ocrDocuments, static (output, result) => Emitter.EmitDocument(output, result));

        // The shared files need only each document's id and dated mentions, and the seed paths for the cross-checks.
        // Each input comes as a record of the same class and joins the others one at a time, so every pair is of classes.
        var cleanSummaries = cleanDocuments.Select(static (result, _) => result.Summary).Collect().Select(static (all, _) => SharedInputs.Of(all));
        var ocrSummaries = ocrDocuments.Select(static (result, _) => result.Summary).Collect().Select(static (all, _) => SharedInputs.Of(all));
        var summaries = cleanSummaries.Combine(ocrSummaries)
            .Select(static (pair, _) => SharedInputs.Of(pair.Left.Documents.Concat(pair.Right.Documents)))
            .WithTrackingName(SummaryStep);
        var seedPaths = seeds.Select(static (seed, _) => seed.Path).Collect()
            .Select(static (all, _) => new SharedInputs { SeedPaths = all.OrderBy(p => p, StringComparer.Ordinal).ToEquatableArray() });
        // The runtime library is looked for among the references, which change rarely: asking the compilation for one of
        // its types re-ran on every edit and bound every reference first (140 ms of a process's first build).
        var runtimeReferenced = context.MetadataReferencesProvider.Where(static reference => Parser.IsRuntimeLibrary(reference)).Collect()
            .Select(static (found, _) => new SharedInputs { RuntimeReferenced = found.Length > 0 });
        var shared = summaries
            .Combine(settings).Select(static (pair, _) => pair.Left with { Settings = pair.Right })
            .Combine(seedPaths).Select(static (pair, _) => pair.Left with { SeedPaths = pair.Right.SeedPaths })
            .Combine(runtimeReferenced).Select(static (pair, _) => pair.Left with { RuntimeReferenced = pair.Right.RuntimeReferenced });
        context.RegisterSourceOutput(shared, static (output, inputs) =>
            Emitter.EmitShared(output, inputs.Documents, inputs.Settings!.Catalogs, inputs.SeedPaths, inputs.Settings.Options, inputs.RuntimeReferenced));
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TypedCorpus.Parsing.Catalog;
using TypedCorpus.Parsing.Diagnostics;
using TypedCorpus.Parsing.Model;
using TypedCorpus.Parsing.Ocr;

namespace TypedCorpus.Parsing;

/// <summary>The checks that look across a catalog and its seeds: missing entries, missing seeds, repeated ids.</summary>
public static class CorpusChecks
{
    /// <summary>Diagnostics for seeds without entries, entries without seeds and ids used twice.</summary>
    public static List<CorpusDiagnostic> CrossCheck(Catalog.Catalog catalog, IEnumerable<string> seedPaths)
    {
        var diagnostics = new List<CorpusDiagnostic>();
        var seeds = seedPaths.ToList();
        var names = new HashSet<string>(seeds.Select(Path.GetFileName), StringComparer.Ordinal);
        foreach (var seed in seeds)
        {
            if (catalog.Find(Path.GetFileName(seed)) is null && catalog.Diagnostics.All(d => d.Id != CorpusDiagnostics.InvalidCatalogJson.Id))
            {
                diagnostics.Add(CorpusDiagnostic.Create(CorpusDiagnostics.SeedWithoutCatalogEntry, seed, 1, Path.GetFileName(seed)));
            }
        }

        var firstById = new Dictionary<string, CatalogEntry>(StringComparer.Ordinal);
        foreach (var entry in catalog.Entries)
        {
            if (!names.Contains(entry.SeedFile))
            {
                diagnostics.Add(CorpusDiagnostic.Create(CorpusDiagnostics.CatalogEntryWithoutSeed, catalog.FilePath, entry.Line, entry.SeedFile, entry.Id));
            }

            if (firstById.TryGetValue(entry.Id, out var first))
            {
                diagnostics.Add(CorpusDiagnostic.Create(CorpusDiagnostics.DuplicateDocumentId, catalog.FilePath, entry.Line, entry.Id, first.SeedFile, entry.SeedFile));
            }
            else
            {
                firstById[entry.Id] = entry;
            }
        }

        return diagnostics;
    }

    /// <summary>True when an entry's id is taken by an earlier entry of the catalog (the later one is not generated).</summary>
    public static bool IsDuplicateId(Catalog.Catalog catalog, CatalogEntry entry) =>
        catalog.Entries.TakeWhile(e => !ReferenceEquals(e, entry) && e != entry).Any(e => e.Id == entry.Id);
}

/// <summary>A seed folder read from disk: what <c>typedcorpus check</c> and the tests use.</summary>
public sealed class CorpusFolder
{
    private CorpusFolder(IReadOnlyList<ParsedDocument> documents, IReadOnlyList<CorpusDiagnostic> diagnostics)
    {
        Documents = documents;
        Diagnostics = diagnostics;
    }

    public IReadOnlyList<ParsedDocument> Documents { get; }

    public IReadOnlyList<CorpusDiagnostic> Diagnostics { get; }

    /// <summary>Parses every <c>*.txt</c> seed of a folder against its <c>catalog.json</c>, in file-name order.</summary>
    public static CorpusFolder Load(string folder)
    {
        var diagnostics = new List<CorpusDiagnostic>();
        var documents = new List<ParsedDocument>();
        var catalogPath = Path.Combine(folder, Catalog.Catalog.FileName);
        var catalog = File.Exists(catalogPath)
            ? Catalog.Catalog.Read(catalogPath, File.ReadAllText(catalogPath))
            : new Catalog.Catalog(catalogPath, EquatableArray<CatalogEntry>.Empty, new[]
            {
                CorpusDiagnostic.Create(CorpusDiagnostics.InvalidCatalogJson, catalogPath, 0, "the file does not exist"),
            }.ToEquatableArray());
        diagnostics.AddRange(catalog.Diagnostics);
        var seeds = Directory.GetFiles(folder, "*.txt").OrderBy(p => p, StringComparer.Ordinal).ToList();
        diagnostics.AddRange(CorpusChecks.CrossCheck(catalog, seeds));
        var structures = new List<ParsedDocument>();
        foreach (var seed in seeds)
        {
            var entry = catalog.Find(Path.GetFileName(seed));
            if (entry is null || CorpusChecks.IsDuplicateId(catalog, entry))
            {
                continue;
            }

            var result = CorpusParser.ParseStructure(seed, File.ReadAllText(seed), entry, CorpusParser.Layouts);
            if (result.Document is null)
            {
                diagnostics.AddRange(result.Diagnostics);
            }
            else
            {
                structures.Add(result.Document);
            }
        }

        // OCR'd seeds are corrected with the words of the clean ones.
        var corpusWords = DomainWords.FromDocuments(structures.Where(d => !d.IsOcr).Select(d => d.Text));
        foreach (var structure in structures)
        {
            var result = CorpusParser.Finish(structure, corpusWords);
            diagnostics.AddRange(result.Diagnostics);
            if (result.Document != null)
            {
                documents.Add(result.Document);
            }
        }

        return new CorpusFolder(documents, diagnostics);
    }
}

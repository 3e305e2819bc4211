using System;
using System.Collections.Generic;
using System.Linq;
using TypedCorpus.Parsing;
using TypedCorpus.Parsing.Catalog;

namespace TypedCorpus.Generator.Model;

/// <summary>A candidate seed as read from AdditionalFiles: its path and text, nothing from Roslyn.</summary>
internal sealed record SeedFile(string Path, string Text);

/// <summary>The catalogs of the compilation, by folder. Equatable, so a seed's step re-runs only when they change.</summary>
internal sealed record CatalogSet(EquatableArray<CatalogFile> Catalogs)
{
    public Catalog? ForFolder(string folder)
    {
        foreach (var file in Catalogs)
        {
            if (string.Equals(System.IO.Path.GetDirectoryName(file.Catalog.FilePath), folder, System.StringComparison.Ordinal))
            {
                return file.Catalog;
            }
        }

        return null;
    }
}

/// <summary>A parsed catalog and where its lines start, to place diagnostics about it.</summary>
internal sealed record CatalogFile(Catalog Catalog, LineMap Lines);

/// <summary>Where each line of a file starts and how long it is, so a diagnostic's line becomes a text span.</summary>
internal sealed record LineMap(EquatableArray<int> Starts, EquatableArray<int> Lengths)
{
    public static LineMap Of(string text)
    {
        var source = new TypedCorpus.Parsing.Text.SourceText(text);
        var starts = new int[source.Count];
        var lengths = new int[source.Count];
        for (var i = 0; i < source.Count; i++)
        {
            starts[i] = source[i].Start;
            lengths[i] = source[i].Length;
        }

        return new LineMap(new EquatableArray<int>(starts), new EquatableArray<int>(lengths));
    }

    /// <summary>The span of a 1-based line without its break; line 0 (the whole file) is placed at its start.</summary>
    public (int Start, int Length) Span(int line) =>
        line < 1 || line > Starts.Count ? (0, 0) : (Starts[line - 1], Lengths[line - 1]);
}

/// <summary>A seed with the one catalog entry it needs; a catalog edit elsewhere leaves it unchanged.</summary>
/// <param name="Entry">The entry, or null when the catalog has none for it (the shared output reports that).</param>
internal sealed record SeedInput(SeedFile Seed, CatalogEntry? Entry, string Namespace);

/// <summary>The generator's options, from MSBuild properties.</summary>
internal sealed record GeneratorOptions(string Namespace)
{
    public const string DefaultNamespace = "TypedCorpus.Generated";
}

/// <summary>A diagnostic ready to report: id and message from the parsing library, location as offsets.</summary>
internal sealed record DiagnosticData(string Id, string Message, string FilePath, int Start, int Length, int Line, int Column, int EndColumn);

/// <summary>A section as the emitter writes it: its class name, its doc summary, its index and its parent.</summary>
internal sealed record SectionSpec(int Index, int Parent, string MemberName, string Summary);

/// <summary>Everything needed to write one document's file, by value.</summary>
internal sealed record DocumentSpec(
    string Namespace,
    string Id,
    string HintName,
    string SeedFile,
    string Title,
    EquatableArray<string> Authors,
    int? Year,
    string? Kind,
    string? Container,
    string Layout,
    bool IsOcr,
    string Summary,
    string Extra,
    EquatableArray<int> PieceTable,
    int TextByteLength,
    string RawText,
    EquatableArray<SectionSpec> Sections,
    EquatableArray<int> SectionTable,
    EquatableArray<int> ParagraphTable,
    EquatableArray<int> FootnoteTable,
    EquatableArray<int> MarkerTable,
    EquatableArray<int> MentionTable,
    EquatableArray<int> SpanTable,
    EquatableArray<int> CorrectionTable,
    EquatableArray<MentionKey> Mentions);

/// <summary>
/// The first step of one seed: its structure (null when it cannot be parsed), its diagnostics so far, and for a
/// clean seed the words it adds to the corpus lexicon that OCR'd seeds are corrected with.
/// </summary>
internal sealed record StructureResult(TypedCorpus.Parsing.Model.ParsedDocument? Document, EquatableArray<DiagnosticData> Diagnostics, TypedCorpus.Parsing.Ocr.DomainWords Words, string Namespace, LineMap Lines)
{
    public bool IsOcr => Document?.IsOcr == true;
}

/// <summary>The result of one seed's step: the document to write (null when none) and its diagnostics.</summary>
internal sealed record DocumentResult(DocumentSpec? Document, EquatableArray<DiagnosticData> Diagnostics)
{
    public DocumentSummary? Summary => Document is null ? null : new DocumentSummary(Document.Id, Document.SeedFile, Document.IsOcr, Document.Mentions);
}

/// <summary>
/// What merging needs of a dated mention (its date and the name words of its sentence), and what ordering an event's
/// sources needs: whether it is an entry of a chronology.
/// </summary>
internal sealed record MentionKey(string Date, EquatableArray<string> Terms, bool IsEntry);

/// <summary>
/// What the shared files (Documents, Chronology) need of a document: its id, whether it was OCR'd (its sentences tell
/// a shared event last) and its dated mentions, not its text.
/// </summary>
internal sealed record DocumentSummary(string Id, string SeedFile, bool IsOcr, EquatableArray<MentionKey> Mentions);

/// <summary>The catalogs and the generator's options: what every seed is matched with and the shared files are written with.</summary>
internal sealed record CorpusSettings(CatalogSet Catalogs, GeneratorOptions Options);

/// <summary>What the shared files (Documents, Chronology) are written from, gathered one input at a time.</summary>
internal sealed record SharedInputs
{
    public EquatableArray<DocumentSummary> Documents { get; init; }

    public CorpusSettings? Settings { get; init; }

    public EquatableArray<string> SeedPaths { get; init; }

    public bool RuntimeReferenced { get; init; }

    /// <summary>The summaries of the documents written, in the order of their seed files.</summary>
    public static SharedInputs Of(IEnumerable<DocumentSummary?> summaries) => new()
    {
        Documents = summaries.Where(s => s != null).Select(s => s!).OrderBy(s => s.SeedFile, StringComparer.Ordinal).ToEquatableArray(),
    };
}

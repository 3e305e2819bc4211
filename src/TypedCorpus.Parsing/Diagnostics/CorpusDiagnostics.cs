namespace TypedCorpus.Parsing.Diagnostics;

/// <summary>Every diagnostic the parser and the generator raise. docs/diagnostics.md describes each.</summary>
public static class CorpusDiagnostics
{
    public static readonly CorpusDiagnosticDescriptor InvalidCatalogJson = new(
        "TC0001", "The catalog is not valid JSON", "catalog.json is not valid JSON: {0}", CorpusSeverity.Error);

    public static readonly CorpusDiagnosticDescriptor SeedWithoutCatalogEntry = new(
        "TC0002", "A seed has no catalog entry", "Seed '{0}' has no entry in catalog.json, so no document is generated for it; add an entry keyed by the file name", CorpusSeverity.Error);

    public static readonly CorpusDiagnosticDescriptor CatalogEntryWithoutSeed = new(
        "TC0003", "A catalog entry has no seed", "catalog.json lists '{0}' (id '{1}') but no such seed file is in the corpus", CorpusSeverity.Error);

    public static readonly CorpusDiagnosticDescriptor DuplicateDocumentId = new(
        "TC0004", "Two documents share an id", "Document id '{0}' is used by '{1}' and '{2}'; ids must be unique", CorpusSeverity.Error);

    public static readonly CorpusDiagnosticDescriptor InvalidCatalogEntry = new(
        "TC0005", "A catalog entry is malformed", "catalog.json entry '{0}': {1}", CorpusSeverity.Error);

    public static readonly CorpusDiagnosticDescriptor UnparseableSeed = new(
        "TC0006", "A seed cannot be parsed", "Seed '{0}' cannot be parsed: {1}", CorpusSeverity.Error);

    public static readonly CorpusDiagnosticDescriptor UncertainLayout = new(
        "TC0007", "The layout of a seed is uncertain", "Seed '{0}' does not clearly match a known layout; it was parsed as {1}", CorpusSeverity.Warning);

    public static readonly CorpusDiagnosticDescriptor MultipleCatalogs = new(
        "TC0008", "A folder has more than one catalog", "More than one catalog.json is given for folder '{0}'; only '{1}' is used", CorpusSeverity.Error);

    public static readonly CorpusDiagnosticDescriptor ParserFailure = new(
        "TC0010", "The parser failed on a seed", "The parser failed on seed '{0}' ({1}); no document is generated for it. Please report this with the seed", CorpusSeverity.Error);

    public static readonly CorpusDiagnosticDescriptor SeedTooLarge = new(
        "TC0011", "A seed is too large", "Seed '{0}' has {1:N0} characters, more than the {2:N0} a seed may have; split it into several documents", CorpusSeverity.Error);

    public static readonly CorpusDiagnosticDescriptor UndecodableText = new(
        "TC0105", "A seed holds text that could not be decoded", "Line {0} holds U+FFFD: the file has bytes that are not valid UTF-8 (or unpaired surrogates); they cannot be kept and read as U+FFFD", CorpusSeverity.Warning);

    public static readonly CorpusDiagnosticDescriptor IdentifierCollision = new(
        "TC0101", "Two members would get the same name", "'{0}' and an earlier member both make the identifier '{1}'; this one is named '{2}'", CorpusSeverity.Warning);

    public static readonly CorpusDiagnosticDescriptor MarkerWithoutNote = new(
        "TC0102", "A footnote marker has no note", "Footnote marker {0} has no note with that number{1}", CorpusSeverity.Warning);

    public static readonly CorpusDiagnosticDescriptor NoteWithoutMarker = new(
        "TC0103", "A note has no marker", "Note {0} has no marker in the text that points to it", CorpusSeverity.Info);

    public static readonly CorpusDiagnosticDescriptor DuplicateNote = new(
        "TC0104", "Two notes share a number", "Note {0} appears twice in the same numbering scope; the second is kept as a separate note", CorpusSeverity.Warning);

    public static readonly CorpusDiagnosticDescriptor UnreadableCatalogDate = new(
        "TC0106", "A catalog date cannot be read", "catalog.json entry '{0}': \"{1}\" is '{2}', which is not {3}; it is ignored, so months the text names without a year may go undated", CorpusSeverity.Warning);

    public static readonly CorpusDiagnosticDescriptor[] All =
    {
        InvalidCatalogJson, SeedWithoutCatalogEntry, CatalogEntryWithoutSeed, DuplicateDocumentId, InvalidCatalogEntry,
        UnparseableSeed, UncertainLayout, MultipleCatalogs, ParserFailure, SeedTooLarge, IdentifierCollision, MarkerWithoutNote,
        NoteWithoutMarker, DuplicateNote, UndecodableText, UnreadableCatalogDate,
    };
}

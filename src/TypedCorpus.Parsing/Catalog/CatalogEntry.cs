namespace TypedCorpus.Parsing.Catalog;

/// <summary>The bibliographic facts the catalog gives for one seed file.</summary>
/// <param name="SeedFile">The seed's file name, the key of its entry.</param>
/// <param name="Line">The catalog line the entry starts on.</param>
public sealed record CatalogEntry(
    string SeedFile,
    string Id,
    string Title,
    EquatableArray<string> Authors,
    int? Year,
    string? Kind,
    string? Container,
    string? Date,
    string? SourceQuality,
    string? Structure,
    int Line)
{
    /// <summary>The period the document reports on ("2000-01/2000-03"), when the catalog gives one.</summary>
    public string? Covers { get; init; }

    /// <summary>When the text was written ("1999-03"), for a document published later, when the catalog gives it.</summary>
    public string? Written { get; init; }

    /// <summary>True when the catalog says the seed is the OCR of a printed page.</summary>
    public bool IsOcr => SourceQuality != null && SourceQuality.IndexOf("OCR", System.StringComparison.Ordinal) >= 0;
}

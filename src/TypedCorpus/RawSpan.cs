namespace TypedCorpus;

/// <summary>What a span of the raw text is.</summary>
public enum RawSpanKind
{
    Blank,
    Title,
    Metadata,
    Heading,
    Paragraph,
    ListItem,
    Footnote,
    Caption,
    Table,
    Furniture,
    Separator,
    Duplicate,
    ChronologyEntry,
    Contents,
}

/// <summary>A run of <see cref="Document.RawText"/> and what it is; a document's spans tile its raw text.</summary>
public readonly record struct RawSpan(RawSpanKind Kind, int Start, int Length, int Line);

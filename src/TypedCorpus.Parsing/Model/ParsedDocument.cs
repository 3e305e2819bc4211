using TypedCorpus.Parsing.Catalog;
using TypedCorpus.Parsing.Diagnostics;

namespace TypedCorpus.Parsing.Model;

/// <summary>What a span of the raw text is. Every character of a seed belongs to exactly one span.</summary>
public enum SpanKind
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

/// <summary>A run of the raw text and what it is.</summary>
public sealed record RawSpan(SpanKind Kind, int Start, int Length, int Line);

/// <summary>
/// A section, flattened in document order. Offsets <c>Text*</c> point into <see cref="ParsedDocument.Text"/>,
/// offsets <c>Raw*</c> into <see cref="ParsedDocument.RawText"/>.
/// </summary>
/// <param name="Parent">Index of the parent section, or -1 for a top-level section.</param>
/// <param name="MemberName">The C# name of the section in the generated API, unique among its siblings.</param>
/// <param name="RawStart">Start of the heading in the raw text.</param>
/// <param name="RawLength">Length of the heading in the raw text (all its lines).</param>
/// <param name="TextStart">Start of the section's own text (its paragraphs before any subsection).</param>
/// <param name="TextLength">Length of the section's own text.</param>
/// <param name="FullTextLength">Length from <paramref name="TextStart"/> to the end of the last subsection.</param>
public sealed record SectionNode(
    int Parent,
    int Level,
    string? Number,
    string Title,
    string RawTitle,
    string MemberName,
    int Line,
    int RawStart,
    int RawLength,
    int TextStart,
    int TextLength,
    int FullTextLength)
{
    /// <summary>The heading as the clean text holds it: "VI. Conclusion", or the title alone when it has no number.</summary>
    public string Heading => HeadingOf(Number, Title);

    public static string HeadingOf(string? number, string title) => number is null ? title : number + ". " + title;
}

/// <summary>A paragraph of clean text: lines joined, hyphenation undone, markup and footnote markers removed.</summary>
/// <param name="Section">Index of the section it belongs to, or -1 before the first heading.</param>
/// <param name="RawStart">Start of its first line in the raw text.</param>
/// <param name="RawLength">Up to the end of its last line; a paragraph continued across a note block spans the block too.</param>
public sealed record ParagraphNode(SpanKind Kind, int Section, int TextStart, int TextLength, int Line, int RawStart, int RawLength);

/// <summary>Where a footnote marker stands: its line, its raw offset and the offset in the clean text it was removed from.</summary>
public sealed record MarkerNode(int Line, int RawOffset, int TextOffset);

/// <summary>A note body. Its identity is <see cref="Scope"/> plus <see cref="Number"/> where numbering restarts per chapter.</summary>
/// <param name="Label">The label as printed (for OCR, possibly garbled: 'r' for 1).</param>
/// <param name="Scope">Index of the top-level section whose numbering it belongs to, or -1 when numbering runs through the document.</param>
public sealed record FootnoteNode(
    string Label,
    int Number,
    int Scope,
    string Text,
    int Line,
    int RawStart,
    int RawLength,
    EquatableArray<MarkerNode> Markers);

/// <summary>Where a dated mention comes from.</summary>
public enum MentionKind
{
    /// <summary>An entry of an explicit chronology ("Jan. 1, 2000: ...").</summary>
    ChronologyEntry,

    /// <summary>A sentence of the body that says something happened at a date.</summary>
    Sentence,
}

/// <summary>
/// A dated mention: an ISO 8601 date at the precision given, what happened (the entry's text after its date, or
/// the whole sentence, as a slice of <see cref="ParsedDocument.Text"/>), where it stands in the seed, and the name
/// words that identify the event for merging across documents.
/// </summary>
public sealed record DatedMention(string Date, int TextStart, int TextLength, int Line, int Section, int RawStart, int RawLength, MentionKind Kind, EquatableArray<string> Terms);

/// <summary>Where the text of a seed line begins in the clean text, so a clean-text offset can be traced to its line.</summary>
public readonly record struct TextLine(int TextOffset, int Line);

/// <summary>
/// A word the OCR corrector changed: where the corrected word is in the clean text, and where the OCR'd one is in the raw
/// text (a word broken over lines spans the break; RawStart -1 when it could not be found there).
/// </summary>
public sealed record OcrEdit(int TextStart, int TextLength, int RawStart, int RawLength, string Original);

/// <summary>A parsed seed: its metadata, raw text, clean text and the structure over both.</summary>
public sealed record ParsedDocument(
    CatalogEntry Entry,
    string FilePath,
    string Layout,
    string RawText,
    string Text,
    EquatableArray<SectionNode> Sections,
    EquatableArray<ParagraphNode> Paragraphs,
    EquatableArray<FootnoteNode> Footnotes,
    EquatableArray<DatedMention> Mentions,
    EquatableArray<RawSpan> Spans,
    EquatableArray<CorpusDiagnostic> Diagnostics,
    EquatableArray<TextLine> TextLines,
    EquatableArray<OcrEdit> Corrections)
{
    /// <summary>True for the OCR of a printed page, by its layout or the catalog's word: its text needs correcting.</summary>
    public bool IsOcr => Layout == Layouts.OcrPage.OcrPageLayout.LayoutName || Entry.IsOcr;

    /// <summary>The seed line a clean-text offset came from: the last line whose text begins at or before it.</summary>
    public int LineAt(int textOffset)
    {
        int low = 0, high = TextLines.Count - 1, line = 1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (TextLines[mid].TextOffset <= textOffset)
            {
                line = TextLines[mid].Line;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return line;
    }

    /// <summary>What a mention says: its slice of the clean text.</summary>
    public string TextOf(DatedMention mention) => Text.Substring(mention.TextStart, mention.TextLength);
}

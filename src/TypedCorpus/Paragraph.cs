namespace TypedCorpus;

/// <summary>What kind of block of text a paragraph is.</summary>
public enum ParagraphKind
{
    Paragraph = 4,
    ListItem = 5,
    Caption = 7,
    Table = 8,
    ChronologyEntry = 12,
    Contents = 13,
}

/// <summary>A paragraph of clean text, and where it came from in the seed.</summary>
public sealed class Paragraph
{
    private readonly LazyText _text;

    internal Paragraph(ParagraphKind kind, Section? section, LazyText text, int line, int rawStart, int rawLength)
    {
        Kind = kind;
        Section = section;
        _text = text;
        Line = line;
        RawStart = rawStart;
        RawLength = rawLength;
    }

    public ParagraphKind Kind { get; }

    /// <summary>The section it belongs to, or null before the first heading.</summary>
    public Section? Section { get; }

    /// <summary>Lines joined, hyphenation undone, markup and note markers removed.</summary>
    public string Text => _text.Value;

    /// <summary>The 1-based seed line it starts on.</summary>
    public int Line { get; }

    /// <summary>Where it starts in the raw text.</summary>
    public int RawStart { get; }

    /// <summary>Its length in the raw text; a paragraph continued across a note block spans the block too.</summary>
    public int RawLength { get; }

    public override string ToString() => Text;
}

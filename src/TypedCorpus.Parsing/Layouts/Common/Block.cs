using TypedCorpus.Parsing.Model;

namespace TypedCorpus.Parsing.Layouts.Common;

/// <summary>A run of whole lines that a layout has classified. Blank lines between blocks need no block.</summary>
public sealed class Block
{
    public Block(SpanKind kind, int first, int last)
    {
        Kind = kind;
        First = first;
        Last = last;
    }

    public SpanKind Kind { get; set; }

    /// <summary>0-based index of the first line.</summary>
    public int First { get; }

    /// <summary>0-based index of the last line, inclusive.</summary>
    public int Last { get; set; }

    /// <summary>For a heading: its logical level, 1 for the top.</summary>
    public int Level { get; set; }

    /// <summary>For a heading: its number as printed ("I", "2.1"); for a note: its label as printed.</summary>
    public string? Number { get; set; }

    /// <summary>For a heading: the readable title.</summary>
    public string? Title { get; set; }

    /// <summary>For a note: the number it stands for.</summary>
    public int NoteNumber { get; set; }

    /// <summary>For a note markdown names ("[^treaty]"): the name its markers show; it is numbered where first referred to.</summary>
    public string? NoteName { get; set; }

    /// <summary>For a note: the rest of the note before it, cut at a page's foot and carried to the next page's.</summary>
    public bool ContinuesNote { get; set; }

    /// <summary>For a note: how many characters of its first line are the label, to drop from its text.</summary>
    public int LabelLength { get; set; }

    /// <summary>For a chronology entry: the ISO date.</summary>
    public string? Date { get; set; }

    public override string ToString() => $"{Kind} {First + 1}-{Last + 1} {Level} {Number} {Title}";
}

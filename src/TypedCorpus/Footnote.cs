using System.Collections.Generic;

namespace TypedCorpus;

/// <summary>Where a note's marker stands in the text.</summary>
/// <param name="Line">The 1-based seed line of the marker.</param>
/// <param name="RawOffset">Its offset in <see cref="Document.RawText"/>.</param>
/// <param name="TextOffset">The offset in <see cref="Document.Text"/> it was removed from.</param>
public readonly record struct FootnoteMarker(int Line, int RawOffset, int TextOffset);

/// <summary>
/// A footnote or endnote. Where numbering restarts in each chapter, a note is identified by its
/// <see cref="Scope"/> (the chapter) and its <see cref="Number"/>; <see cref="Key"/> says both.
/// </summary>
public sealed class Footnote
{
    private readonly LazyText _text;

    internal Footnote(string label, int number, Section? scope, LazyText text, int line, int rawStart, int rawLength, IReadOnlyList<FootnoteMarker> markers)
    {
        Label = label;
        Number = number;
        Scope = scope;
        _text = text;
        Line = line;
        RawStart = rawStart;
        RawLength = rawLength;
        Markers = markers;
    }

    /// <summary>The label as printed ("¹", "(2)", "r." where OCR read 1 as r).</summary>
    public string Label { get; }

    /// <summary>The note's number.</summary>
    public int Number { get; }

    /// <summary>The chapter whose numbering the note belongs to, or null when numbering runs through the document.</summary>
    public Section? Scope { get; }

    /// <summary>"3", or "II:3" (chapter number or name, then note number) where numbering restarts.</summary>
    public string Key => Scope is null ? Number.ToString(System.Globalization.CultureInfo.InvariantCulture) : (Scope.Number ?? Scope.Name) + ":" + Number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The note's text, label removed.</summary>
    public string Text => _text.Value;

    /// <summary>The 1-based seed line the note starts on.</summary>
    public int Line { get; }

    public int RawStart { get; }

    public int RawLength { get; }

    /// <summary>The markers in the text that point to this note.</summary>
    public IReadOnlyList<FootnoteMarker> Markers { get; }

    public override string ToString() => Key + " " + Text;
}

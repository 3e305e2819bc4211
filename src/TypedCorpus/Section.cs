using System;
using System.Collections.Generic;
using System.Text;

namespace TypedCorpus;

/// <summary>A section of a document: its heading, its own paragraphs, and its subsections.</summary>
public sealed class Section
{
    private readonly LazyText _text;
    private readonly LazyText _fullText;
    private Section[] _sections = Array.Empty<Section>();
    private Paragraph[] _paragraphs = Array.Empty<Paragraph>();

    internal Section(
        Document document, Section? parent, int level, string? number, string title, string rawTitle, string name, int line,
        LazyText text, LazyText fullText, int rawStart, int rawLength)
    {
        Document = document;
        Parent = parent;
        Level = level;
        Number = number;
        Title = title;
        RawTitle = rawTitle;
        Name = name;
        Line = line;
        _text = text;
        _fullText = fullText;
        RawStart = rawStart;
        RawLength = rawLength;
    }

    public Document Document { get; }

    /// <summary>The enclosing section, or null for a top-level one.</summary>
    public Section? Parent { get; }

    /// <summary>1 for a top-level section, 2 for its subsections, and so on.</summary>
    public int Level { get; }

    /// <summary>The number printed with the heading ("I", "2.1"), or null.</summary>
    public string? Number { get; }

    /// <summary>The readable title.</summary>
    public string Title { get; }

    /// <summary>The heading exactly as it stands in the seed (all its lines, joined by spaces).</summary>
    public string RawTitle { get; }

    /// <summary>The name of the section's class in the generated API.</summary>
    public string Name { get; }

    /// <summary>The 1-based seed line of the heading.</summary>
    public int Line { get; }

    /// <summary>The section's own text: its paragraphs before the first subsection.</summary>
    public string Text => _text.Value;

    /// <summary>The section's text with all its subsections, headings included.</summary>
    public string FullText => _fullText.Value;

    /// <summary>Where the heading starts in <see cref="TypedCorpus.Document.RawText"/>.</summary>
    public int RawStart { get; }

    /// <summary>The length of the heading in <see cref="TypedCorpus.Document.RawText"/>.</summary>
    public int RawLength { get; }

    public IReadOnlyList<Section> Sections => _sections;

    /// <summary>The section's own paragraphs, in order.</summary>
    public IReadOnlyList<Paragraph> Paragraphs => _paragraphs;

    /// <summary>The member names from the top-level section down to this one, separated by '/'.</summary>
    public string Path => Parent is null ? Name : Parent.Path + "/" + Name;

    public override string ToString()
    {
        var builder = new StringBuilder();
        if (Number != null)
        {
            builder.Append(Number).Append(". ");
        }

        return builder.Append(Title).ToString();
    }

    internal void SetChildren(Section[] sections, Paragraph[] paragraphs)
    {
        _sections = sections;
        _paragraphs = paragraphs;
    }
}

using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Threading;

namespace TypedCorpus;

/// <summary>The facts the catalog gives about a document.</summary>
/// <param name="Id">The stable public identifier, also the name of the generated class.</param>
/// <param name="SeedFile">The seed file the document was generated from.</param>
/// <param name="Layout">The layout family the parser recognised ("markdown", "ocr-page", ...).</param>
public sealed record DocumentInfo(
    string Id,
    string SeedFile,
    string Title,
    IReadOnlyList<string> Authors,
    int? Year,
    string? Kind,
    string? Container,
    string Layout);

/// <summary>
/// A document of the corpus: its metadata, its clean text and its raw text exactly as in the seed, the tree of
/// its sections, its notes, and the dated entries it states. Text is decoded on first read and cached.
/// </summary>
public sealed class Document
{
    private readonly LazyText _text;
    private readonly LazyText _rawText;
    private Section[] _sections = Array.Empty<Section>();
    private Section[] _allSections = Array.Empty<Section>();
    private Paragraph[] _paragraphs = Array.Empty<Paragraph>();

    // Notes, dated mentions, spans and corrections are built from their tables when first read: a program that reads
    // one section's text runs none of their code (dates, for one, are parsed).
    private int[] _footnoteTable = Array.Empty<int>();
    private int[] _markerTable = Array.Empty<int>();
    private int[] _mentionTable = Array.Empty<int>();
    private int[] _spanTable = Array.Empty<int>();
    private int[] _correctionTable = Array.Empty<int>();
    private Footnote[]? _footnotes;
    private DatedMention[]? _mentions;
    private RawSpan[]? _spans;
    private OcrCorrection[]? _corrections;

    private Document(DocumentInfo info, Utf8Text data, int textLength, Utf8Text raw)
    {
        Info = info;
        Data = data;
        _text = new LazyText(data, 0, textLength);
        _rawText = new LazyText(raw, 0, raw.Length);
    }

    public DocumentInfo Info { get; }

    public string Id => Info.Id;

    public string Title => Info.Title;

    public IReadOnlyList<string> Authors => Info.Authors;

    public int? Year => Info.Year;

    public string SeedFile => Info.SeedFile;

    /// <summary>The readable text: headings and paragraphs separated by blank lines; notes and page furniture left out.</summary>
    public string Text => _text.Value;

    /// <summary>The seed's text exactly as it is in the seed file.</summary>
    public string RawText => _rawText.Value;

    /// <summary>The top-level sections, in order.</summary>
    public IReadOnlyList<Section> Sections => _sections;

    /// <summary>Every section at every level, in document order.</summary>
    public IReadOnlyList<Section> AllSections => _allSections;

    /// <summary>Every paragraph, in document order, including those before the first heading.</summary>
    public IReadOnlyList<Paragraph> Paragraphs => _paragraphs;

    public IReadOnlyList<Footnote> Footnotes => _footnotes ?? Publish(ref _footnotes, BuildFootnotes());

    /// <summary>The dated statements of the document: its chronology's entries and the dated sentences of its body, in order.</summary>
    public IReadOnlyList<DatedMention> DatedMentions => _mentions ?? Publish(ref _mentions, BuildMentions());

    /// <summary>
    /// For an OCR'd document, every word the corrector changed: where the corrected word is in <see cref="Text"/>,
    /// and where the OCR'd word stands in <see cref="RawText"/>. Empty for other documents.
    /// </summary>
    public IReadOnlyList<OcrCorrection> OcrCorrections => _corrections ?? Publish(ref _corrections, BuildCorrections());

    /// <summary>Spans that cover the raw text with no gap or overlap, each saying what its text is.</summary>
    public IReadOnlyList<RawSpan> Spans => _spans ?? Publish(ref _spans, BuildSpans());

    internal Utf8Text Data { get; }

    /// <summary>
    /// Finds a section by its generated member name, its number ("II", "V") or its title, ignoring case;
    /// a path of such keys separated by '/' walks down the tree. Null when none matches.
    /// </summary>
    public Section? FindSection(string key)
    {
        IReadOnlyList<Section> candidates = _sections;
        Section? found = null;
        foreach (var part in key.Split('/'))
        {
            found = Match(candidates, part.Trim()) ?? (found is null ? Match(_allSections, part.Trim()) : null);
            if (found is null)
            {
                return null;
            }

            candidates = found.Sections;
        }

        return found;
    }

    public override string ToString() => $"{Id}: {Title}";

    private static Section? Match(IReadOnlyList<Section> sections, string key)
    {
        foreach (var section in sections)
        {
            if (string.Equals(section.Name, key, StringComparison.OrdinalIgnoreCase)
                || string.Equals(section.Number, key, StringComparison.OrdinalIgnoreCase)
                || string.Equals(section.Title, key, StringComparison.OrdinalIgnoreCase))
            {
                return section;
            }
        }

        return null;
    }

    /// <summary>
    /// Builds a document from the tables the generator emits. The document's data (clean text, then titles, notes and
    /// other strings) is joined once from <paramref name="pieces"/> of <paramref name="raw"/> and <paramref name="extra"/>
    /// (see <see cref="Utf8Text.Splice"/>); offsets into it are in bytes.
    /// </summary>
    /// <param name="sections">Per section (16 values): parent, level, line, number start and length (start -1 for none), title, raw title,
    /// member name (start, length each), text start, text length, full text length, raw start, raw length.</param>
    /// <param name="paragraphs">Per paragraph (7): kind, section, text start, text length, line, raw start, raw length.</param>
    /// <param name="footnotes">Per note (11): label start and length, number, scope section, text start and length, line, raw start, raw length, first marker, marker count.</param>
    /// <param name="markers">Per marker (3): line, raw offset, offset in <see cref="Text"/>.</param>
    /// <param name="mentions">Per dated mention (9): date start and length, text start and length, line, section, raw start, raw length, kind.</param>
    /// <param name="spans">Per raw span (4): kind, start, length, line.</param>
    /// <param name="corrections">Per OCR correction (6): text start and length (characters of <see cref="Text"/>), raw start and length, original start and length in the data.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Document Create(
        DocumentInfo info,
        Utf8Source raw,
        Utf8Source extra,
        ReadOnlySpan<int> pieces,
        int textLength,
        ReadOnlySpan<int> sections,
        ReadOnlySpan<int> paragraphs,
        ReadOnlySpan<int> footnotes,
        ReadOnlySpan<int> markers,
        ReadOnlySpan<int> mentions,
        ReadOnlySpan<int> spans,
        ReadOnlySpan<int> corrections)
    {
        var text = Utf8Text.Splice(raw(), extra(), pieces);
        var document = new Document(info, text, textLength, new Utf8Text(raw));
        var all = new Section[sections.Length / 16];
        var children = new List<Section>?[all.Length];
        var topLevel = new List<Section>();
        for (var i = 0; i < all.Length; i++)
        {
            var r = sections.Slice(i * 16, 16);
            var parent = r[0] >= 0 ? all[r[0]] : null;
            var section = new Section(
                document, parent, r[1], text.DecodeOptional(r[3], r[4]), text.Decode(r[5], r[6]), text.Decode(r[7], r[8]),
                text.Decode(r[9], r[10]), r[2], new LazyText(text, r[11], r[12]), new LazyText(text, r[11], r[13]), r[14], r[15]);
            all[i] = section;
            if (parent is null)
            {
                topLevel.Add(section);
            }
            else
            {
                (children[r[0]] ??= new List<Section>()).Add(section);
            }
        }

        var paragraphList = new Paragraph[paragraphs.Length / 7];
        var bySection = new List<Paragraph>?[all.Length];
        for (var i = 0; i < paragraphList.Length; i++)
        {
            var r = paragraphs.Slice(i * 7, 7);
            var section = r[1] >= 0 ? all[r[1]] : null;
            paragraphList[i] = new Paragraph((ParagraphKind)r[0], section, new LazyText(text, r[2], r[3]), r[4], r[5], r[6]);
            if (section != null)
            {
                (bySection[r[1]] ??= new List<Paragraph>()).Add(paragraphList[i]);
            }
        }

        for (var i = 0; i < all.Length; i++)
        {
            all[i].SetChildren(children[i]?.ToArray() ?? Array.Empty<Section>(), bySection[i]?.ToArray() ?? Array.Empty<Paragraph>());
        }

        document._sections = topLevel.ToArray();
        document._allSections = all;
        document._paragraphs = paragraphList;
        document._footnoteTable = footnotes.ToArray();
        document._markerTable = markers.ToArray();
        document._mentionTable = mentions.ToArray();
        document._spanTable = spans.ToArray();
        document._correctionTable = corrections.ToArray();
        return document;
    }

    // The first of two threads to build a list keeps it, so every reader sees the same objects.
    private static T[] Publish<T>(ref T[]? field, T[] built) => Interlocked.CompareExchange(ref field, built, null) ?? built;

    private Footnote[] BuildFootnotes()
    {
        var table = _footnoteTable;
        var notes = new Footnote[table.Length / 11];
        for (var i = 0; i < notes.Length; i++)
        {
            var r = i * 11;
            var markers = new FootnoteMarker[table[r + 10]];
            for (var m = 0; m < markers.Length; m++)
            {
                var at = (table[r + 9] + m) * 3;
                markers[m] = new FootnoteMarker(_markerTable[at], _markerTable[at + 1], _markerTable[at + 2]);
            }

            notes[i] = new Footnote(
                Data.Decode(table[r], table[r + 1]), table[r + 2], table[r + 3] >= 0 ? _allSections[table[r + 3]] : null,
                new LazyText(Data, table[r + 4], table[r + 5]), table[r + 6], table[r + 7], table[r + 8], markers);
        }

        return notes;
    }

    private DatedMention[] BuildMentions()
    {
        var table = _mentionTable;
        var mentions = new DatedMention[table.Length / 9];
        for (var i = 0; i < mentions.Length; i++)
        {
            var r = i * 9;
            mentions[i] = new DatedMention(
                this, (MentionKind)table[r + 8], CorpusDate.Parse(Data.Decode(table[r], table[r + 1])), new LazyText(Data, table[r + 2], table[r + 3]),
                table[r + 4], table[r + 5] >= 0 ? _allSections[table[r + 5]] : null, table[r + 6], table[r + 7]);
        }

        return mentions;
    }

    private RawSpan[] BuildSpans()
    {
        var table = _spanTable;
        var spans = new RawSpan[table.Length / 4];
        for (var i = 0; i < spans.Length; i++)
        {
            spans[i] = new RawSpan((RawSpanKind)table[i * 4], table[i * 4 + 1], table[i * 4 + 2], table[i * 4 + 3]);
        }

        return spans;
    }

    private OcrCorrection[] BuildCorrections()
    {
        var table = _correctionTable;
        var list = new OcrCorrection[table.Length / 6];
        for (var i = 0; i < list.Length; i++)
        {
            var r = i * 6;
            list[i] = new OcrCorrection(table[r], table[r + 1], table[r + 2], table[r + 3], Data.Decode(table[r + 4], table[r + 5]));
        }

        return list;
    }
}

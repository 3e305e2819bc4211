using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using TypedCorpus.Parsing.Diagnostics;
using TypedCorpus.Parsing.Events;
using TypedCorpus.Parsing.Layouts.Common;
using TypedCorpus.Parsing.Model;
using TypedCorpus.Parsing.Text;

namespace TypedCorpus.Parsing.Assembly;

/// <summary>
/// Builds the document model from a layout's blocks. Layout-independent: section tree from heading levels,
/// clean text, a paragraph continued across a note block or page break joined back, notes with their
/// numbering scope, markers linked to notes, and spans that tile the raw text.
/// </summary>
public sealed class DocumentAssembler
{
    // A hyphen spaced on one side only joins the words around it in a title ("Soviet -Japan Political Relations").
    private static readonly Regex LooseHyphen = TextPatterns.Create(@"(?<=\p{L}) -(?=\p{L})|(?<=\p{L})- (?=\p{L})");

    private readonly LayoutInput _input;
    private readonly LayoutRules _layout;
    private readonly string _filePath;
    private readonly List<CorpusDiagnostic> _diagnostics;
    private readonly StringBuilder _text = new();
    private readonly List<SectionBuilder> _sections = new();
    private readonly List<ParagraphNode> _paragraphs = new();
    private readonly List<NoteBuilder> _notes = new();
    private readonly List<MarkerBuilder> _markers = new();
    private readonly List<DatedMention> _entries = new();
    private readonly List<SectionBuilder> _open = new();
    private readonly List<(int TextOffset, int Line)> _anchors = new();
    private OpenParagraph? _paragraph;

    private DocumentAssembler(LayoutInput input, LayoutRules layout, string filePath, List<CorpusDiagnostic> diagnostics)
    {
        _input = input;
        _layout = layout;
        _filePath = filePath;
        _diagnostics = diagnostics;
    }

    public static ParsedDocument Assemble(LayoutInput input, LayoutRules layout, List<Block> blocks, string filePath, List<CorpusDiagnostic> diagnostics) =>
        new DocumentAssembler(input, layout, filePath, diagnostics).Run(blocks);

    private ParsedDocument Run(List<Block> blocks)
    {
        var spans = Tile(blocks);
        foreach (var block in blocks)
        {
            switch (block.Kind)
            {
                case SpanKind.Heading:
                    AddHeading(block);
                    break;
                case SpanKind.Paragraph:
                case SpanKind.ListItem:
                case SpanKind.Caption:
                case SpanKind.Table:
                case SpanKind.Contents:
                case SpanKind.ChronologyEntry:
                    AddParagraph(block);
                    break;
                case SpanKind.Footnote:
                    AddNote(block);
                    break;
            }
        }

        ClosePararaph();
        while (_open.Count > 0)
        {
            Close(_open[_open.Count - 1]);
        }

        var footnotes = LinkNotes();
        NameSections();
        var sections = _sections.Select(s => s.Build(_text.Length)).ToEquatableArray();
        return new ParsedDocument(
            _input.Entry, _filePath, _layout.Name, _input.Source.Raw, _text.ToString(), sections, _paragraphs.ToEquatableArray(),
            footnotes, _entries.ToEquatableArray(), spans, _diagnostics.ToEquatableArray(),
            _anchors.Select(a => new TextLine(a.TextOffset, a.Line)).ToEquatableArray(), EquatableArray<OcrEdit>.Empty);
    }

    /// <summary>Spans for every block and every run of blank lines between them, in order, covering the raw text.</summary>
    private EquatableArray<RawSpan> Tile(List<Block> blocks)
    {
        var source = _input.Source;
        var spans = new List<RawSpan>();
        var next = 0;
        void Blank(int upTo)
        {
            if (upTo > next)
            {
                var start = source[next].Start;
                spans.Add(new RawSpan(SpanKind.Blank, start, source[upTo - 1].End - start, next + 1));
            }
        }

        foreach (var block in blocks)
        {
            if (block.First < next || block.Last < block.First)
            {
                throw new InvalidOperationException($"Layout '{_layout.Name}' produced overlapping blocks at line {block.First + 1}.");
            }

            Blank(block.First);
            var start = source[block.First].Start;
            spans.Add(new RawSpan(block.Kind, start, source[block.Last].End - start, block.First + 1));
            next = block.Last + 1;
        }

        Blank(source.Count);
        return spans.ToEquatableArray();
    }

    private void AddHeading(Block block)
    {
        ClosePararaph();
        while (_open.Count > 0 && _open[_open.Count - 1].Level >= block.Level)
        {
            Close(_open[_open.Count - 1]);
        }

        var parent = _open.Count > 0 ? _open[_open.Count - 1].Index : -1;
        var rawTitle = string.Join(" ", Enumerable.Range(block.First, block.Last - block.First + 1).Select(_input.Line).Select(l => l.Trim()).Where(l => l.Length > 0));
        var headingMarkers = _layout.Markers & FootnoteMarkers.HeadingStyles;
        var title = LooseHyphen.Replace(TextPatterns.Squeeze(CleanLine.From(block.Title ?? rawTitle, 0, headingMarkers, _layout.HasMarkup).Text), "-");
        var section = new SectionBuilder(_sections.Count, parent, block.Level, block.Number, title.Length > 0 ? title : rawTitle, rawTitle, block.First + 1)
        {
            RawStart = _input.Source[block.First].Start,
            RawEnd = _input.Source[block.Last].Start + _input.Source[block.Last].Length,
            ListsReferences = ReferenceLists.IsTitle(title) || (parent >= 0 && _sections[parent].ListsReferences),
        };
        var headingText = SectionNode.HeadingOf(section.Number, section.Title);
        AppendPiece(headingText);
        AnchorHeading(block, _text.Length - headingText.Length);
        section.TextStart = _text.Length + 2;
        _sections.Add(section);
        _open.Add(section);
        AddHeadingMarkers(block, headingMarkers, section.TextStart - 2, section.Index);
    }

    // A note's marker set on a heading ("### The legacy of the war<sup>2</sup>") stands at the title's end.
    private void AddHeadingMarkers(Block block, MarkerStyles styles, int titleEnd, int section)
    {
        if (styles == MarkerStyles.None)
        {
            return;
        }

        for (var i = block.First; i <= block.Last; i++)
        {
            foreach (var marker in CleanLine.From(_input.Line(i), _input.Source[i].Start, styles, _layout.HasMarkup).Markers)
            {
                _markers.Add(new MarkerBuilder(marker.Marker.Number, marker.Marker.Name, i + 1, marker.RawOffset, titleEnd, section));
            }
        }
    }

    // A heading's text starts on its first line; a heading over several lines anchors each line where its first word
    // stands in the title, so a word of the title is found on its own line.
    private void AnchorHeading(Block block, int textStart)
    {
        _anchors.Add((textStart, block.First + 1));
        var from = textStart;
        for (var i = block.First + 1; i <= block.Last; i++)
        {
            var words = TextPatterns.Squeeze(CleanLine.From(_input.Line(i), 0, MarkerStyles.None, _layout.HasMarkup).Text).Split(' ');
            var at = words[0].Length == 0 ? -1 : _text.ToString(from, _text.Length - from).IndexOf(words[0], StringComparison.Ordinal);
            if (at > 0)
            {
                from += at;
                _anchors.Add((from, i + 1));
            }
        }
    }

    private void Close(SectionBuilder section)
    {
        section.TextStart = Math.Min(section.TextStart, _text.Length);
        section.FullTextEnd = _text.Length;
        _open.Remove(section);
    }

    // The markers of a line (index i) whose clean text starts at offset `at` of the document's text.
    private void AddMarkers(CleanLine line, int i, int at, int section)
    {
        foreach (var marker in line.Markers)
        {
            var offset = ParagraphText.CollapsedOffset(line.Text, marker.CleanOffset);
            _markers.Add(new MarkerBuilder(marker.Marker.Number, marker.Marker.Name, i + 1, marker.RawOffset, at + offset, section));
        }
    }

    // Enough of a paragraph's end to tell whether it ends a sentence (an abbreviation's stops, quotes, brackets).
    private const int SentenceEndLength = 40;

    // Whether the line, opening with a bracket where the layout marks notes with them, goes on a paragraph whose text
    // so far ends a sentence.
    private bool FollowsSentence(OpenParagraph paragraph, string line)
    {
        if ((_layout.Markers & (MarkerStyles.Parenthesized | MarkerStyles.Bracketed)) == 0 || _text.Length == paragraph.TextStart)
        {
            return false;
        }

        var first = line.TrimStart();
        var tail = Math.Max(paragraph.TextStart, _text.Length - SentenceEndLength);
        return first.Length > 0 && first[0] is '(' or '[' && ParagraphText.EndsSentence(_text.ToString(tail, _text.Length - tail));
    }

    private void AddParagraph(Block block)
    {
        var section = _open.Count > 0 ? _open[_open.Count - 1] : null;
        var continues = block.Kind == SpanKind.Paragraph
            && _paragraph is { } open
            && (open.Kind == SpanKind.Paragraph
                || (open.Kind is SpanKind.ListItem or SpanKind.ChronologyEntry && (ParagraphText.StartsLowercase(_input.Line(block.First)) || !ItemsGoWithoutStops(open.Kind))))
            && open.Section == (section?.Index ?? -1)
            && GoesOn(_text.ToString(open.TextStart, _text.Length - open.TextStart), _input.Line(block.First), section?.ListsReferences == true);
        if (!continues)
        {
            ClosePararaph();
            AppendPiece(string.Empty);
            _paragraph = new OpenParagraph(block.Kind, section?.Index ?? -1, _text.Length, block.First + 1, _input.Source[block.First].Start);
        }

        var paragraph = _paragraph!;
        var lineBreaks = block.Kind is SpanKind.Table or SpanKind.Contents;

        // A list item's bullet or number marks its kind; it is no part of its text (the raw span keeps it).
        var bullet = block.Kind == SpanKind.ListItem ? LineShapes.ItemMarkLength(_input.Line(block.First))
            : block.Kind == SpanKind.ChronologyEntry ? LineShapes.BulletLength(_input.Line(block.First))
            : 0;
        for (var i = block.First; i <= block.Last; i++)
        {
            var skip = i == block.First ? bullet : 0;
            var markers = (i == block.Last ? _layout.Markers | MarkerStyles.EndsParagraph : _layout.Markers)
                | (FollowsSentence(paragraph, _input.Line(i)) ? MarkerStyles.FollowsSentence : MarkerStyles.None);
            var line = CleanLine.From(_input.Line(i).Substring(skip), _input.Source[i].Start + skip, markers, _layout.HasMarkup, keepTabs: lineBreaks);
            if (line.Text.Length == 0)
            {
                // A line that held only a marker ("(3)" wrapped under its sentence) sets it at the text's end.
                AddMarkers(line, i, _text.Length, paragraph.Section);
                continue;
            }

            int at;
            if (lineBreaks)
            {
                if (_text.Length > paragraph.TextStart)
                {
                    _text.Append('\n');
                }

                at = _text.Length;
                _text.Append(ParagraphText.Row(line.Text));
            }
            else
            {
                at = ParagraphText.Append(_text, paragraph.TextStart, line.Text, _input.Compounds);
            }

            _anchors.Add((at, i + 1));
            AddMarkers(line, i, at, paragraph.Section);
        }

        paragraph.RawEnd = _input.Source[block.Last].Start + _input.Source[block.Last].Length;
        if (section != null)
        {
            section.OwnTextEnd = _text.Length;
        }

        if (block.Kind == SpanKind.ChronologyEntry && block.Date != null)
        {
            _entries.Add(EntryMention(paragraph, block.Date, block.First + 1));
        }
        else if (continues && paragraph.Kind == SpanKind.ChronologyEntry && _entries.Count > 0 && _entries[_entries.Count - 1] is { } entry && entry.RawStart == paragraph.RawStart)
        {
            // An entry cut by a page break: its text and raw span take in the rest.
            _entries[_entries.Count - 1] = EntryMention(paragraph, entry.Date, entry.Line);
        }
    }

    private DatedMention EntryMention(OpenParagraph paragraph, string date, int line)
    {
        var full = _text.ToString(paragraph.TextStart, _text.Length - paragraph.TextStart);
        var prefix = LineShapes.EntryTextStart(full, date);
        var text = full.Substring(prefix);
        return new DatedMention(date, paragraph.TextStart + prefix, text.Length, line, paragraph.Section, paragraph.RawStart, paragraph.RawEnd - paragraph.RawStart, MentionKind.ChronologyEntry, EventMerger.Terms(text).ToEquatableArray());
    }

    // A list or chronology whose items before the open one end with no stop ("Energy projects on Sakhalin"): its open
    // item is whole, and a block after it in capitals is the next paragraph, not the item's rest.
    private bool ItemsGoWithoutStops(SpanKind kind) =>
        _paragraphs.Count > 0 && _paragraphs[_paragraphs.Count - 1] is { } item && item.Kind == kind
        && !ParagraphText.EndsSentence(_text.ToString(item.TextStart, item.TextLength));

    // A paragraph goes on in the next block when it stopped mid-sentence, or at an abbreviation's stop ("with the
    // U.S.") and the block goes on in lower case ("holding frequent consultations ..."). In a list of references an
    // entry need not end with a stop: there a block goes on only if it starts with no capital ("<http://...>").
    private static bool GoesOn(string open, string nextLine, bool references) =>
        references
            ? !LineShapes.StartsCapitalOrDigit(nextLine)
            : !ParagraphText.EndsSentence(open) || (ParagraphText.StartsLowercase(nextLine) && ParagraphText.EndsWithAbbreviation(open));

    private void ClosePararaph()
    {
        if (_paragraph is null)
        {
            return;
        }

        var p = _paragraph;
        _paragraph = null;
        if (_text.Length == p.TextStart)
        {
            // Nothing readable ("- **" cut off at the seed's end): drop the separator written for it, which its
            // section's own text was taken to reach.
            _text.Length = Math.Max(0, p.TextStart - 2);
            if (p.Section >= 0)
            {
                var section = _sections[p.Section];
                section.OwnTextEnd = Math.Min(section.OwnTextEnd, _text.Length);
            }

            return;
        }

        _paragraphs.Add(new ParagraphNode(p.Kind, p.Section, p.TextStart, _text.Length - p.TextStart, p.Line, p.RawStart, p.RawEnd - p.RawStart));
        if (p.Section >= 0)
        {
            _sections[p.Section].OwnTextEnd = _text.Length;
        }
    }

    private void AddNote(Block block)
    {
        var continued = block.ContinuesNote && _notes.Count > 0 ? _notes[_notes.Count - 1] : null;
        var builder = new StringBuilder(continued?.Text ?? string.Empty);
        for (var i = block.First; i <= block.Last; i++)
        {
            var raw = _input.Line(i);
            var skip = i == block.First ? Math.Min(block.LabelLength, raw.Length) : 0;
            var line = CleanLine.From(raw.Substring(skip), _input.Source[i].Start + skip, MarkerStyles.None, _layout.HasMarkup);
            ParagraphText.Append(builder, 0, line.Text, _input.Compounds);
        }

        if (continued != null)
        {
            continued.Text = builder.ToString();
            continued.RawLength = _input.Source[block.Last].End - continued.RawStart;
            return;
        }

        var start = _input.Source[block.First].Start;
        var topLevel = _open.Count > 0 ? _open[0].Index : -1;
        _notes.Add(new NoteBuilder(block.Number ?? string.Empty, block.NoteNumber, block.NoteName, topLevel, builder.ToString(), block.First + 1, start, _input.Source[block.Last].End - start));
    }

    /// <summary>
    /// Numbering restarts when a note's number is not above the one before; then a note's identity is its
    /// top-level section plus its number. Markers whose number OCR lost take the next number in order. A named note
    /// (markdown's "[^treaty]") is found by its name and numbered where it is first referred to, with the next number
    /// no other note of its scope has.
    /// </summary>
    private EquatableArray<FootnoteNode> LinkNotes()
    {
        var numbered = _notes.Where(n => !n.IsNamed).ToList();
        var restarts = false;
        for (var i = 1; i < numbered.Count; i++)
        {
            restarts |= numbered[i].Number <= numbered[i - 1].Number;
        }

        int ScopeOf(int section) => restarts ? TopLevel(section) : -1;

        var byKey = new Dictionary<(int Scope, int Number), NoteBuilder>();
        var byName = new Dictionary<(int Scope, string Name), NoteBuilder>();
        foreach (var note in _notes)
        {
            note.Scope = restarts ? note.Scope : -1;
            if (!(note.IsNamed ? TryAdd(byName, (note.Scope, note.Name!), note) : TryAdd(byKey, (note.Scope, note.Number), note)))
            {
                _diagnostics.Add(CorpusDiagnostic.Create(CorpusDiagnostics.DuplicateNote, _filePath, note.Line, note.Label));
            }
        }

        var taken = new HashSet<(int Scope, int Number)>(byKey.Keys);
        var lastNumber = new Dictionary<int, int>();
        foreach (var marker in _markers)
        {
            var scope = ScopeOf(marker.Section);
            lastNumber.TryGetValue(scope, out var previous);
            var where = scope >= 0 ? $" in '{_sections[scope].Title}'" : string.Empty;
            if (marker.Name != null)
            {
                if (byName.TryGetValue((scope, marker.Name), out var named))
                {
                    named.Number = named.Number > 0 ? named.Number : NextFreeNumber(taken, scope, previous);
                    lastNumber[scope] = named.Number;
                    named.Markers.Add(new MarkerNode(marker.Line, marker.RawOffset, marker.TextOffset));
                }
                else
                {
                    _diagnostics.Add(CorpusDiagnostic.Create(CorpusDiagnostics.MarkerWithoutNote, _filePath, marker.Line, marker.Name, where));
                }

                continue;
            }

            var number = marker.Number > 0 ? marker.Number : previous + 1;
            lastNumber[scope] = number;
            if (byKey.TryGetValue((scope, number), out var note))
            {
                note.Markers.Add(new MarkerNode(marker.Line, marker.RawOffset, marker.TextOffset));
            }
            else if (marker.Number > 0 || _notes.Count > 0)
            {
                _diagnostics.Add(CorpusDiagnostic.Create(CorpusDiagnostics.MarkerWithoutNote, _filePath, marker.Line, number, where));
            }
        }

        foreach (var note in _notes.Where(n => n.Markers.Count == 0))
        {
            _diagnostics.Add(CorpusDiagnostic.Create(CorpusDiagnostics.NoteWithoutMarker, _filePath, note.Line, note.Label));
        }

        return _notes.Select(n => new FootnoteNode(n.Label, n.Number, n.Scope, n.Text, n.Line, n.RawStart, n.RawLength, n.Markers.ToEquatableArray())).ToEquatableArray();
    }

    // A named note's number: the next after the marker before it that no other note of its scope has.
    private static int NextFreeNumber(HashSet<(int Scope, int Number)> taken, int scope, int previous)
    {
        var number = previous + 1;
        while (!taken.Add((scope, number)))
        {
            number++;
        }

        return number;
    }

    // Dictionary.TryAdd, which netstandard2.0 lacks.
    private static bool TryAdd<TKey>(Dictionary<TKey, NoteBuilder> notes, TKey key, NoteBuilder note)
    {
        if (notes.ContainsKey(key))
        {
            return false;
        }

        notes[key] = note;
        return true;
    }

    private int TopLevel(int section)
    {
        while (section >= 0 && _sections[section].Parent >= 0)
        {
            section = _sections[section].Parent;
        }

        return section;
    }

    private void NameSections()
    {
        var names = SectionNaming.Assign(_sections.Select(s => (s.Parent, s.Title, s.Line)).ToList(), _filePath, _diagnostics);
        for (var i = 0; i < names.Length; i++)
        {
            _sections[i].MemberName = names[i];
        }
    }

    private void AppendPiece(string piece)
    {
        if (_text.Length > 0)
        {
            _text.Append("\n\n");
        }

        _text.Append(piece);
    }

    private sealed class OpenParagraph
    {
        public OpenParagraph(SpanKind kind, int section, int textStart, int line, int rawStart)
        {
            Kind = kind;
            Section = section;
            TextStart = textStart;
            Line = line;
            RawStart = rawStart;
            RawEnd = rawStart;
        }

        public SpanKind Kind { get; }

        public int Section { get; }

        public int TextStart { get; }

        public int Line { get; }

        public int RawStart { get; }

        public int RawEnd { get; set; }
    }

    private sealed class SectionBuilder
    {
        public SectionBuilder(int index, int parent, int level, string? number, string title, string rawTitle, int line)
        {
            Index = index;
            Parent = parent;
            Level = level;
            Number = number;
            Title = title;
            RawTitle = rawTitle;
            Line = line;
            MemberName = Identifiers.FromTitle(title);
        }

        public int Index { get; }

        /// <summary>A bibliography or a part of one: each block is an entry of its own.</summary>
        public bool ListsReferences { get; init; }

        public int Parent { get; }

        public int Level { get; }

        public string? Number { get; }

        public string Title { get; }

        public string RawTitle { get; }

        public int Line { get; }

        public string MemberName { get; set; }

        public int RawStart { get; set; }

        public int RawEnd { get; set; }

        public int TextStart { get; set; }

        public int OwnTextEnd { get; set; } = -1;

        public int FullTextEnd { get; set; } = -1;

        public SectionNode Build(int textLength)
        {
            var start = Math.Min(TextStart, textLength);
            var full = Math.Max(start, FullTextEnd);
            var own = OwnTextEnd < start ? start : OwnTextEnd;
            return new SectionNode(Parent, Level, Number, Title, RawTitle, MemberName, Line, RawStart, RawEnd - RawStart, start, own - start, full - start);
        }
    }

    private sealed class NoteBuilder
    {
        public NoteBuilder(string label, int number, string? name, int scope, string text, int line, int rawStart, int rawLength)
        {
            Label = label;
            Number = number;
            Name = name;
            Scope = scope;
            Text = text;
            Line = line;
            RawStart = rawStart;
            RawLength = rawLength;
        }

        public string Label { get; }

        /// <summary>A named note's is set by its first marker.</summary>
        public int Number { get; set; }

        /// <summary>Markdown's "[^treaty]": the name its markers show.</summary>
        public string? Name { get; }

        public bool IsNamed => Name != null;

        public int Scope { get; set; }

        /// <summary>Grows when the note goes on at the next page's foot.</summary>
        public string Text { get; set; }

        public int Line { get; }

        public int RawStart { get; }

        /// <summary>A note continued on the next page spans the text between its pieces too, as a paragraph does.</summary>
        public int RawLength { get; set; }

        public List<MarkerNode> Markers { get; } = new();
    }

    /// <summary>A marker as found: the number it shows (0 when none is readable) or the name of its note.</summary>
    private sealed record MarkerBuilder(int Number, string? Name, int Line, int RawOffset, int TextOffset, int Section);
}

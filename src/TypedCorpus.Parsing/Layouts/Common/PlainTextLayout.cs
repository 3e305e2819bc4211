using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using TypedCorpus.Parsing.Model;
using TypedCorpus.Parsing.Text;

namespace TypedCorpus.Parsing.Layouts.Common;

/// <summary>
/// What plain-text layouts (no markup for headings) share: top matter, then chunk by chunk note blocks, page
/// furniture, captions, dated entries, headings, list items and paragraphs. A layout overrides the steps it
/// does differently: how a heading looks and how a note is labelled.
/// </summary>
public abstract class PlainTextLayout : LayoutRules
{
    private static readonly Regex NumberedNote = TextPatterns.Create(@"^\s*(?<n>\d{1,3})[.)]\s+\S");
    private static readonly Regex SupNoteLabel = TextPatterns.Create(@"^<sup>\s*(\d{1,4})\s*</sup>", RegexOptions.IgnoreCase);
    // What may stand before an author's name in a bio: a lead ("About the author:") and a title ("Dr."), either
    // set in emphasis as a page's italic bio is ("*Hiroshi Tanaka is ...*", "**About the author:** ...").
    private static readonly Regex BeforeName = TextPatterns.Create(@"\G[*_]{0,3}(?:(?i:about\s+the\s+authors?)[*_]{0,3}\s*[:\u2013\u2014-][*_]{0,3}\s*[*_]{0,3})?(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Ambassador)\.?\s+)?");
    private static readonly Regex AfterName = TextPatterns.Create(@"\G[*_]{0,3}");
    private static readonly Regex ReferencesTitle = TextPatterns.Create(@"^\s*references\s*$", RegexOptions.IgnoreCase);

    // What a note's text may open with, glued to its label: emphasis, a quotation mark, a bracket.
    private const string NoteTextOpening = "*_\"'\u2018\u201C([";

    private const int MaxHeadingLength = 80;
    private const int MaxHeadingWords = 14;

    public override MarkerStyles Markers => MarkerStyles.Superscript | MarkerStyles.SupTag;

    /// <summary>Notes that come only at the very end, in a style a body paragraph could also start with: "(1) ...".</summary>
    protected virtual Regex? TrailingNoteLabel => null;

    /// <summary>Whether the text is read as OCR'd: the catalog says so, or (an OCR page) the layout itself.</summary>
    protected virtual bool ReadsOcr(LayoutInput input) => input.Entry.IsOcr;

    /// <summary>Whether the layout's pages set pull quotes apart (see <see cref="MarkPullQuotes"/>): a magazine's web page does, a book does not.</summary>
    protected virtual bool SetsPullQuotes => false;

    public override List<Block> Segment(LayoutInput input)
    {
        var blocks = new List<Block>();
        var start = TopMatter.Classify(input, blocks, line => IsFurniture(input, line));
        var chunks = input.Chunks;
        var trailingNotesFrom = FirstTrailingNote(input, start);
        var context = new HeadingContext(input, start, trailingNotesFrom, this);
        var inNotes = false;
        var chronology = new ChronologyDates();
        Block? chronologyHeading = null;
        var notes = new NoteContinuation(input, this);
        for (var c = start; c < chunks.Count; c++)
        {
            var chunk = chunks[c];
            var first = input.Line(chunk.First);
            if (c >= trailingNotesFrom || IsNoteStart(input, chunk.First, inNotes, out _, out _))
            {
                var underNotes = inNotes || c >= trailingNotesFrom;
                AddSplit(blocks, chunk, SpanKind.Footnote, line => NoteAt(input, line, underNotes));
                continue;
            }

            if (chunk.LineCount == 1 && IsFurniture(input, first))
            {
                blocks.Add(new Block(SpanKind.Furniture, chunk.First, chunk.Last));
                continue;
            }

            if (chunk.LineCount == 1 && LineShapes.IsSeparator(first))
            {
                blocks.Add(new Block(SpanKind.Separator, chunk.First, chunk.Last));
                continue;
            }

            if (IsCaption(input, first))
            {
                blocks.Add(new Block(SpanKind.Caption, chunk.First, chunk.Last));
                continue;
            }

            if (chronology.Peek(first) != null)
            {
                AddSplit(blocks, chunk, SpanKind.ChronologyEntry, line => chronology.Read(input.Line(line)) is { } date ? new Block(SpanKind.ChronologyEntry, line, line) { Date = date } : null);
                continue;
            }

            // After the chronology: an entry may set its date off with a tab ("Jan. 5, 2001:\tPutin ...").
            if (IsTable(input, chunk))
            {
                blocks.Add(new Block(SpanKind.Table, chunk.First, chunk.Last));
                continue;
            }

            // "ll. Trade and aid": a section's numeral OCR read as small l's starts in lower case, yet opens the next section.
            if (ContinuesOpenNote(input, notes, blocks, chunk)
                && !(chunk.LineCount == 1 && ReadsOcr(input) && LineShapes.TryOcrRomanHeading(first, context.LastRoman + 1, out _, out _)))
            {
                // The page's own notes may follow the rest with no blank line between ("... official record." over "³ Text in ...").
                AddSplit(blocks, chunk, SpanKind.Footnote, line => line == chunk.First ? new Block(SpanKind.Footnote, line, line) { ContinuesNote = true } : NoteAt(input, line, inNotes: false));
                continue;
            }

            var heading = DetectHeading(context, c, out var lastChunk);
            if (heading != null)
            {
                AddHeading(heading);
                c = lastChunk;
                continue;
            }

            // A heading set on the line above its paragraph, with no blank line between: the rest is the paragraph.
            if (GluedHeading(context, c) is { } glued)
            {
                AddHeading(glued);
                chunk = new Chunk(chunk.First + 1, chunk.Last);
            }

            if (IsAuthorBio(input, chunk) || GoesOnAboutTheAuthor(input, blocks, chunk) || IsPublicationNote(input, chunk))
            {
                blocks.Add(new Block(SpanKind.Metadata, chunk.First, chunk.Last));
                continue;
            }

            // A list may go on into dated entries ("- Spring 2002: ...", then "- **May 9:** ..."); a page's notes may
            // stand right under its last line of text, no blank line between ("... whether the" over "¹ IISS, ...").
            AddSplit(blocks, chunk, SpanKind.Paragraph, line =>
                (line > chunk.First ? NoteAt(input, line, inNotes: false) : null)
                ?? (input.IsListItem(line) && chronology.Read(input.Line(line)) is var date
                    ? new Block(date != null ? SpanKind.ChronologyEntry : SpanKind.ListItem, line, line) { Date = date }
                    : null));
        }

        MarkRepeatedParagraphs(input, blocks);
        if (SetsPullQuotes)
        {
            MarkPullQuotes(input, blocks);
        }

        return blocks;

        void AddHeading(Block heading)
        {
            blocks.Add(heading);
            if (chronology.EnterSection(heading.Title))
            {
                // "January 2004" under "Chronology of ... January-March 2004": a part of the chronology, one level under it.
                heading.Level = chronologyHeading!.Level + 1;
            }
            else if (chronology.IsOpen)
            {
                chronologyHeading = heading;
            }

            inNotes = LineShapes.IsNotesTitle(heading.Title ?? string.Empty) || ReferencesTitle.IsMatch(heading.Title ?? string.Empty);
        }
    }

    /// <summary>The rest of a note cut at a page's foot: text in lower case, where no body sentence is open to take it.</summary>
    private static bool ContinuesOpenNote(LayoutInput input, NoteContinuation notes, List<Block> blocks, Chunk chunk) =>
        ParagraphText.StartsLowercase(input.Line(chunk.First)) && notes.LastNoteIsOpen(blocks) && notes.BodyEndsSentence(blocks);

    /// <summary>A heading that starts at chunk <paramref name="index"/>, or null; <paramref name="lastChunk"/> is the last chunk it takes.</summary>
    protected virtual Block? DetectHeading(HeadingContext context, int index, out int lastChunk)
    {
        lastChunk = index;
        var chunk = context.Input.Chunks[index];
        var title = chunk.LineCount == 1 ? context.Input.Line(chunk.First).Trim() : chunk.LineCount == 2 ? WrappedTitle(context.Input, chunk) : null;
        if (title is null)
        {
            return null;
        }

        // A heading marked as markdown marks it ("## The Fisheries Quarrel"), wherever it stands.
        if (chunk.LineCount == 1 && HasMarkup && MarkedHeading.Match(title) is { Success: true } marked)
        {
            return LineHeading(context, chunk, marked.Groups["title"].Value.TrimEnd('#', ' '), () => true);
        }

        // "Notes", "Notes:" over the notes: a heading, though no paragraph follows it.
        if (LineShapes.IsNotesTitle(title) && context.PrecedesNotes(index))
        {
            return LineHeading(context, chunk, title.TrimEnd(':', ' '), () => true);
        }

        return LineHeading(context, chunk, title, () => context.FollowsCompleteText(index) && context.PrecedesNewParagraph(index));
    }

    private static readonly Regex MarkedHeading = TextPatterns.Create(@"^#{1,6}\s+(?<title>\S.*)$");

    /// <summary>
    /// "Chronology of Japan-Russia Relations" over "October-December 2003": a title wrapped onto a second line, read as
    /// one line; null when the first line ends a clause, the second leads a list, or the second is a paragraph's (twice as
    /// long, see <see cref="GluedHeading"/>).
    /// </summary>
    private static string? WrappedTitle(LayoutInput input, Chunk chunk)
    {
        var first = input.Line(chunk.First).Trim();
        var second = input.Line(chunk.Last).Trim();
        // A quotation's last line ("... through Pyongyang.’") ends a sentence inside its quotes: an epigraph, not a title.
        var end = first.TrimEnd('"', '\'', '\u2019', '\u201D', '*');
        // A comma may end the first line when the second holds only the years the title covers ("..., 1990\u20132002").
        var endsClause = end.Length == 0 || ".?!:;,".IndexOf(end[end.Length - 1]) >= 0;
        return (endsClause && !(end.EndsWith(",", StringComparison.Ordinal) && YearsOnly.IsMatch(second)))
            || second.EndsWith(":", StringComparison.Ordinal) || RunsOnAsParagraph(first, second)
            ? null
            : first + " " + second;
    }

    private static readonly Regex YearsOnly = TextPatterns.Create(@"^[12][0-9]{3}(?:\s*[-\u2013]\s*[0-9]{2,4})?$");

    /// <summary>
    /// The heading a line (<paramref name="line"/>, the text of <paramref name="lines"/>) makes by its shape: numbered
    /// (Roman, decimal), or plain where <paramref name="placedAsHeading"/> says the text around it allows one. A
    /// numbered heading sets the level that plain ones sit under.
    /// </summary>
    private Block? LineHeading(HeadingContext context, Chunk lines, string line, Func<bool> placedAsHeading)
    {
        if (line.Length > MaxHeadingLength + 20 || line.EndsWith(".", StringComparison.Ordinal))
        {
            return null;
        }

        var ocr = ReadsOcr(context.Input);
        if (RomanNumberedHeading(context, lines, line, ocr) is { } numbered)
        {
            return numbered;
        }

        if (LineShapes.TryArabicHeading(line, out var arabic, out var arabicTitle) && !ParagraphText.EndsSentence(line))
        {
            var level = arabic.Split('.').Length;
            context.NumberedLevel = level;
            context.LastLetter = null;
            return new Block(SpanKind.Heading, lines.First, lines.Last) { Level = level, Number = arabic, Title = arabicTitle };
        }

        // A sentence ending in a note marker ("claim.¹") is still a sentence.
        var shape = CleanLine.From(line, 0, Markers, HasMarkup).Text;
        if (!LooksLikePlainHeading(ocr ? LineShapes.WithOcrCapitalT(shape) : shape) || !placedAsHeading())
        {
            return null;
        }

        // "Appendix 21A. Chronology ..." after section VI stands beside the sections, not under the last one.
        if (LineShapes.IsAppendixLabel(line))
        {
            context.NumberedLevel = 1;
            context.LastLetter = null;
            return new Block(SpanKind.Heading, lines.First, lines.Last) { Level = 1, Title = line };
        }

        return SubHeading(context, lines, line);
    }

    /// <summary>A heading one level under the last numbered one; a lettered one ("(a) 1992–1996", "B. The abductions") keeps its letter apart.</summary>
    protected static Block SubHeading(HeadingContext context, Chunk lines, string title)
    {
        var block = new Block(SpanKind.Heading, lines.First, lines.Last) { Level = context.NumberedLevel + 1, Title = title };
        if (LineShapes.TryLetterHeading(title, out var letter, out var letterTitle))
        {
            (block.Number, block.Title) = (letter, letterTitle);
            context.LastLetter = char.ToUpperInvariant(letter[0]);
        }

        return block;
    }

    /// <summary>
    /// "II. The Sakhalin projects": a section numbered with a Roman numeral; in an OCR'd text also as OCR read its
    /// strokes ("Il.", "HI.", "l."), where that reads as the number after the last section's.
    /// </summary>
    protected static Block? RomanNumberedHeading(HeadingContext context, Chunk lines, string line, bool ocr)
    {
        // "C. The reactor" after "B. The abductions" is the next letter, not section 100.
        var printed = LineShapes.TryRomanHeading(line, out var number, out var title) && !(number.Length == 1 && number[0] == context.LastLetter + 1);
        if (!printed && !(ocr && LineShapes.TryOcrRomanHeading(line, context.LastRoman + 1, out number, out title)))
        {
            return null;
        }

        context.NumberedLevel = 1;
        context.LastLetter = null;
        context.LastRoman = RomanNumerals.TryParse(number, out var value) ? value : context.LastRoman;
        return new Block(SpanKind.Heading, lines.First, lines.Last) { Level = 1, Number = number, Title = title };
    }

    /// <summary>
    /// A heading on a chunk's first line, with its paragraph on the next lines: the next line starts a sentence and is
    /// at least twice as long, as a paragraph's first line is and a heading's second line (a long title) is not.
    /// </summary>
    private Block? GluedHeading(HeadingContext context, int index)
    {
        var chunk = context.Input.Chunks[index];
        if (chunk.LineCount < 2)
        {
            return null;
        }

        var line = context.Input.Line(chunk.First).Trim();
        var next = context.Input.Line(chunk.First + 1).Trim();
        if (!RunsOnAsParagraph(line, next) || ParagraphText.StartsLowercase(next) || LineShapes.OpensItem(next) || line.EndsWith(":", StringComparison.Ordinal))
        {
            return null;
        }

        return LineHeading(context, new Chunk(chunk.First, chunk.First), line, () => context.FollowsCompleteText(index));
    }

    // A line at least twice as long as the one above it is a paragraph's, not the rest of a title.
    private static bool RunsOnAsParagraph(string line, string next) => next.Length >= 2 * line.Length;

    /// <summary>A figure's or table's caption; in an OCR'd text also as OCR read its label.</summary>
    private bool IsCaption(LayoutInput input, string line) => LineShapes.IsCaption(line) || (ReadsOcr(input) && LineShapes.IsOcrCaption(line));

    /// <summary>A page number or running head on a line of its own; in an OCR'd text also as OCR read it.</summary>
    protected virtual bool IsFurniture(LayoutInput input, string line) => LineShapes.IsFurniture(line) || (ReadsOcr(input) && LineShapes.IsOcrFurniture(line));

    /// <summary>A short capitalised line (after a letter that numbers it: "(a) 1992–1996") that is not a sentence and does not run on.</summary>
    protected static bool LooksLikePlainHeading(string line) =>
        line.Length <= MaxHeadingLength
        && LineShapes.WordCount(line) is > 0 and <= MaxHeadingWords
        && (!ParagraphText.EndsSentence(line) || IsTitleCaseQuestion(line))
        && !line.EndsWith(",", StringComparison.Ordinal)
        && !line.EndsWith("-", StringComparison.Ordinal)
        && LineShapes.StartsCapitalOrDigit(LineShapes.TryLetterHeading(line, out _, out var title) ? title : line)
        && !LineShapes.IsBullet(line);

    /// <summary>"Is Moscow Listening?": a short question in title case reads as a heading, not a sentence.</summary>
    private static bool IsTitleCaseQuestion(string line)
    {
        if (!line.TrimEnd().EndsWith("?", StringComparison.Ordinal))
        {
            return false;
        }

        // A run of marks ("----") is no word.
        var words = line.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 3 && w.Any(char.IsLetterOrDigit)).ToList();
        return words.Count > 0 && words.Count <= 8 && words.All(w => char.IsUpper(w.First(char.IsLetterOrDigit)));
    }

    /// <summary>Does the line start a note? <paramref name="inNotes"/> is true under a Notes heading or in trailing notes.</summary>
    protected virtual bool IsNoteStart(LayoutInput input, int line, bool inNotes, out int number, out int labelLength)
    {
        var text = input.Line(line);
        var trimmed = text.TrimStart();
        var indent = text.Length - trimmed.Length;
        // "¹ Japanese Ministry ...", or with the space lost in extraction: "¹Japanese Ministry ...".
        labelLength = FootnoteMarkers.ReadSuperscriptNumber(trimmed, 0, out number);
        if (labelLength > 0 && labelLength < trimmed.Length && (char.IsWhiteSpace(trimmed[labelLength]) || char.IsLetter(trimmed[labelLength]) || NoteTextOpening.IndexOf(trimmed[labelLength]) >= 0))
        {
            labelLength += indent;
            return true;
        }

        var sup = SupNoteLabel.Match(trimmed);
        if (sup.Success)
        {
            number = TextPatterns.Number(sup.Groups[1].Value);
            labelLength = indent + sup.Length;
            return true;
        }

        if (inNotes)
        {
            var trailing = TrailingNoteLabel?.Match(trimmed);
            var match = trailing is { Success: true } ? trailing : NumberedNote.Match(trimmed);
            if (match.Success)
            {
                number = TextPatterns.Number(match.Groups["n"].Value);
                labelLength = indent + match.Groups["n"].Index + match.Groups["n"].Length + 1;
                return true;
            }
        }

        number = 0;
        labelLength = 0;
        return false;
    }

    /// <summary>
    /// Whether a line labelled with a plain number (<paramref name="shown"/>) is that note: the text above has its marker in
    /// one of <paramref name="styles"/>, or, a block's note set before the sentence that carries its marker, the text has
    /// it anywhere and the note right above is the one before it.
    /// </summary>
    protected bool IsMarkedNote(LayoutInput input, int line, bool inNotes, int shown, MarkerStyles styles)
    {
        var marked = input.FirstLineMarked(styles, shown);
        return marked >= 0 && (marked < line || NoteAbove(input, line, inNotes) == shown - 1);
    }

    /// <summary>The number of the note that ends right above the line (its last line may be a wrapped one), or -1.</summary>
    protected int NoteAbove(LayoutInput input, int line, bool inNotes)
    {
        for (var i = input.NearestText(line, -1); i >= 0 && !input.Source.IsBlank(i); i--)
        {
            if (IsNoteStart(input, i, inNotes, out var number, out _))
            {
                return number;
            }
        }

        return -1;
    }

    // The block of a note that starts at the line, with its number and label; null when none starts there.
    private Block? NoteAt(LayoutInput input, int line, bool inNotes) =>
        IsNoteStart(input, line, inNotes, out var number, out var labelLength)
            ? new Block(SpanKind.Footnote, line, line) { NoteNumber = number, LabelLength = labelLength, Number = input.Line(line).Substring(0, labelLength).Trim() }
            : null;

    private int FirstTrailingNote(LayoutInput input, int start)
    {
        var chunks = input.Chunks;
        if (TrailingNoteLabel is null)
        {
            return chunks.Count;
        }

        var from = chunks.Count;
        while (from - 1 >= start && TrailingNoteLabel.IsMatch(input.Line(chunks[from - 1].First)))
        {
            from--;
        }

        return from;
    }

    /// <summary>
    /// "Rouben Azizian is Associate Professor...", "Dr. Elena Petrova, a senior fellow at ...", "About the author: Ivan
    /// Petrov is ...": a paragraph that opens with an author's name, as an author's note about himself does and a body
    /// paragraph does not, is metadata.
    /// </summary>
    private static bool IsAuthorBio(LayoutInput input, Chunk chunk)
    {
        var text = input.Line(chunk.First).TrimStart();
        var at = 0;
        var names = 0;
        while (AuthorAt(input.Entry.Authors, text, ref at))
        {
            names++;
            if (FollowedBy(text, at, names == 1 ? AboutOneName : AboutNames))
            {
                return true;
            }

            // "Anna Petrova and Joseph Ferguson are ...", "A, B and C were ...".
            if (!FollowedBy(text, at, NameJoins, out var join))
            {
                return false;
            }

            at += join.Length;
        }

        return false;
    }

    /// <summary>"He was a visiting fellow at ...": a paragraph right after the author's bio that goes on about him.</summary>
    private static bool GoesOnAboutTheAuthor(LayoutInput input, List<Block> blocks, Chunk chunk)
    {
        if (blocks.Count == 0 || blocks[blocks.Count - 1] is not { Kind: SpanKind.Metadata } previous || !IsAuthorBio(input, new Chunk(previous.First, previous.Last)))
        {
            return false;
        }

        var text = input.Line(chunk.First).TrimStart();
        return AboutThem.Any(pronoun => text.StartsWith(pronoun, StringComparison.Ordinal));
    }

    // "This article first appeared in the Spring 2003 issue of ...", "A version of this essay was published in ...".
    private static readonly Regex PublicationNote = TextPatterns.Create(
        @"^\s*[*_]{0,2}(?:this\s+(?:article|essay|piece|commentary|review)\s+(?:was\s+|is\s+)?(?:first\s+|originally\s+)?(?:appeared|published|ran|adapted)\b|an?\s+(?:\w+\s+)?version\s+of\s+this\s+(?:article|essay|piece)\b|originally\s+published\b)",
        RegexOptions.IgnoreCase);

    /// <summary>Where the article was published before, on a short paragraph of its own: metadata, not text.</summary>
    private static bool IsPublicationNote(LayoutInput input, Chunk chunk) =>
        chunk.LineCount <= 3 && PublicationNote.IsMatch(input.Line(chunk.First)) && input.Joined(chunk).Length <= 250;

    private static readonly string[] AboutThem = { "He ", "She ", "His ", "Her ", "They ", "Their " };

    // An author's name (after a lead and a title: "About the author: Dr.") at `at`; `at` moves past it.
    private static bool AuthorAt(EquatableArray<string> authors, string text, ref int at)
    {
        var start = at + BeforeName.Match(text, at).Length;
        for (var i = 0; i < authors.Count; i++)
        {
            var author = authors[i];
            if (author.Length > 0 && string.CompareOrdinal(text, start, author, 0, author.Length) == 0)
            {
                at = start + author.Length;
                at += AfterName.Match(text, at).Length;
                return true;
            }
        }

        return false;
    }

    private static bool FollowedBy(string text, int at, string[] words) => FollowedBy(text, at, words, out _);

    private static bool FollowedBy(string text, int at, string[] words, out string found)
    {
        found = words.FirstOrDefault(w => string.CompareOrdinal(text, at, w, 0, w.Length) == 0) ?? string.Empty;
        return found.Length > 0;
    }

    // What follows the names in a note about their bearers; not a comma alone, which a reference to an author's own
    // work has.
    private static readonly string[] AboutOneName = { " is ", " was ", ", a ", ", an ", ", the " };
    private static readonly string[] AboutNames = { " are ", " were " };
    private static readonly string[] NameJoins = { ", and ", " and ", ", " };

    /// <summary>
    /// Rows of columns set off by tabs ("1992\t1 077\t1 780"), or by runs of spaces on two lines or more whose rows
    /// under the first hold figures ("1992      2 400      1 100"): a table, kept row by row and run into no paragraph.
    /// </summary>
    private static bool IsTable(LayoutInput input, Chunk chunk)
    {
        var tabs = true;
        for (var line = chunk.First; line <= chunk.Last; line++)
        {
            var text = input.Line(line).Trim();
            tabs &= text.IndexOf('\t') >= 0;
            if (!tabs && (!ColumnGap.IsMatch(text) || (line > chunk.First && !text.Any(char.IsDigit))))
            {
                return false;
            }
        }

        return tabs || chunk.LineCount >= 2;
    }

    // Two spaces or more between columns; not after a sentence's stop, where a typist puts two ("environment.  Northeast").
    private static readonly Regex ColumnGap = TextPatterns.Create(@"[^\s.?!:;] {2,}\S");

    /// <summary>
    /// Splits a chunk into blocks: a new one at every line <paramref name="blockAt"/> starts one for (read once per
    /// line), and one of <paramref name="kind"/> at the chunk's first line when it starts none there.
    /// </summary>
    protected static void AddSplit(List<Block> blocks, Chunk chunk, SpanKind kind, Func<int, Block?> blockAt)
    {
        Block? current = null;
        for (var line = chunk.First; line <= chunk.Last; line++)
        {
            var started = blockAt(line) ?? (current is null ? new Block(kind, line, line) : null);
            if (started != null)
            {
                current = started;
                blocks.Add(current);
            }
            else
            {
                current!.Last = line;
            }
        }
    }

    /// <summary>
    /// A paragraph printed again as the start of the next one (a standfirst, perhaps with a picture's caption or the
    /// byline between) is kept once.
    /// </summary>
    private static void MarkRepeatedParagraphs(LayoutInput input, List<Block> blocks)
    {
        for (var i = 0; i + 1 < blocks.Count; i++)
        {
            var following = i + 1;
            while (following + 1 < blocks.Count && blocks[following].Kind is SpanKind.Caption or SpanKind.Metadata)
            {
                following++;
            }

            if (blocks[i].Kind != SpanKind.Paragraph || blocks[following].Kind != SpanKind.Paragraph)
            {
                continue;
            }

            var text = input.Joined(new Chunk(blocks[i].First, blocks[i].Last));
            var next = input.Joined(new Chunk(blocks[following].First, blocks[following].Last));
            if (!SameStart(text, next))
            {
                continue;
            }

            text = TextPatterns.Squeeze(text);
            next = TextPatterns.Squeeze(next);
            if (text.Length > 20 && next.Length >= text.Length && next.StartsWith(text, StringComparison.Ordinal))
            {
                blocks[i].Kind = SpanKind.Duplicate;
            }
        }
    }

    /// <summary>
    /// A pull quote: a short paragraph that repeats, word for word, a passage of a longer one ("Two islands are not half
    /// of four." set apart from the sentence that quotes it), as magazines and their web pages print one. Kept once, in
    /// the paragraph it comes from.
    /// </summary>
    private static void MarkPullQuotes(LayoutInput input, List<Block> blocks)
    {
        // Plain loops over lists of classes, not queries over tuples: a fresh compiler process compiles each generic
        // instantiation it meets.
        if (!blocks.Exists(b => b.Kind == SpanKind.Paragraph && b.Last - b.First < MaxPullQuoteLines))
        {
            return;
        }

        var paragraphs = blocks.FindAll(b => b.Kind == SpanKind.Paragraph);
        var texts = paragraphs.ConvertAll(b => TextPatterns.Squeeze(input.Joined(new Chunk(b.First, b.Last))));
        for (var q = 0; q < paragraphs.Count; q++)
        {
            var passage = texts[q].Trim(PullQuoteMarks);
            if (paragraphs[q].Last - paragraphs[q].First >= MaxPullQuoteLines || texts[q].Length > MaxPullQuoteLength || passage.Length < MinPullQuoteLength)
            {
                continue;
            }

            for (var k = 0; k < texts.Count; k++)
            {
                if (texts[k].Length > texts[q].Length && texts[k].IndexOf(passage, StringComparison.Ordinal) >= 0)
                {
                    paragraphs[q].Kind = SpanKind.Duplicate;
                    break;
                }
            }
        }
    }

    // A pull quote is a sentence or two, set off by quotation marks or not, its stop left out where the passage has a comma.
    private const int MinPullQuoteLength = 20;
    private const int MaxPullQuoteLength = 300;
    private const int MaxPullQuoteLines = 5;
    private static readonly char[] PullQuoteMarks = { '"', '\'', '\u201C', '\u201D', '\u2018', '\u2019', '.', ',', '!', '?', ' ' };

    // Whether the two texts' first characters other than white space agree, as they do when one repeats the other.
    private static bool SameStart(string text, string next)
    {
        int i = 0, j = 0;
        for (var compared = 0; compared < SameStartLength; compared++)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            while (j < next.Length && char.IsWhiteSpace(next[j]))
            {
                j++;
            }

            if (i == text.Length || j == next.Length)
            {
                return i == text.Length;
            }

            if (text[i++] != next[j++])
            {
                return false;
            }
        }

        return true;
    }

    private const int SameStartLength = 16;

    /// <summary>What heading rules need to know about the chunks around one.</summary>
    public sealed class HeadingContext
    {
        private readonly int _textFrom;
        private readonly int _notesFrom;
        private readonly PlainTextLayout _layout;

        /// <param name="textFrom">The first chunk under the top matter: what stands above it is no text.</param>
        public HeadingContext(LayoutInput input, int textFrom, int notesFrom, PlainTextLayout layout)
        {
            Input = input;
            _textFrom = textFrom;
            _notesFrom = notesFrom;
            _layout = layout;
        }

        public LayoutInput Input { get; }

        /// <summary>The level of the last numbered heading, 0 before any; unnumbered headings sit one below it.</summary>
        public int NumberedLevel { get; set; }

        /// <summary>The capital letter of the last lettered heading ("B" of "B. The abductions"), null after a numbered one.</summary>
        public char? LastLetter { get; set; }

        /// <summary>The number of the last section numbered with a Roman numeral, 0 before any.</summary>
        public int LastRoman { get; set; }

        /// <summary>The number of the last section an OCR'd page numbered with digits, 0 before any.</summary>
        public int LastArabic { get; set; }

        /// <summary>The text before the chunk (notes and furniture skipped) ends a sentence, or there is none.</summary>
        public bool FollowsCompleteText(int index)
        {
            for (var c = index - 1; c >= _textFrom; c--)
            {
                if (IsAside(c))
                {
                    continue;
                }

                // Read as the end of a paragraph, where a marker may be OCR's r for 1 ("for credit.r").
                var text = CleanLine.From(Input.Joined(Input.Chunks[c]), 0, _layout.Markers | MarkerStyles.EndsParagraph, _layout.HasMarkup).Text;
                return ParagraphText.EndsSentence(text) || LooksLikePlainHeading(text) || Input.Chunks[c].LineCount == 1 && text.Length < 50;
            }

            return true;
        }

        /// <summary>The next text chunk starts a new paragraph: a capital, not the rest of a broken sentence.</summary>
        public bool PrecedesNewParagraph(int index)
        {
            for (var c = index + 1; c < Input.Chunks.Count && c < _notesFrom; c++)
            {
                if (IsAside(c))
                {
                    continue;
                }

                // A lettered heading ("(a) 1992-1996") starts something new too.
                var line = Input.Line(Input.Chunks[c].First);
                return !ParagraphText.StartsLowercase(line) || LineShapes.TryLetterHeading(line, out _, out _);
            }

            return false;
        }

        /// <summary>The next chunk is a note, or the notes at the end start there.</summary>
        public bool PrecedesNotes(int index) =>
            index + 1 < Input.Chunks.Count && (index + 1 >= _notesFrom || _layout.IsNoteStart(Input, Input.Chunks[index + 1].First, true, out _, out _));

        private bool IsAside(int c)
        {
            var chunk = Input.Chunks[c];
            var first = Input.Line(chunk.First);
            return _layout.IsNoteStart(Input, chunk.First, false, out _, out _)
                || (chunk.LineCount == 1 && (_layout.IsFurniture(Input, first) || LineShapes.IsSeparator(first)))
                || _layout.IsCaption(Input, first);
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using TypedCorpus.Parsing.Layouts.Common;
using TypedCorpus.Parsing.Model;
using TypedCorpus.Parsing.Text;

namespace TypedCorpus.Parsing.Layouts.Markdown;

/// <summary>
/// A long document converted to markdown, such as a thesis. The '#' count is not trusted for levels (converters
/// use it inconsistently): a chapter label ("CHAPTER - III") joined with the heading after it, an entry of the
/// contents table, or a standard part name (Declaration, Preface, Bibliography...) is a top-level section; any
/// other heading belongs one level under the last top-level one. The title page and a letterhead (a heading that
/// names the title, an author, the institution or the degree) are metadata. Notes are blocks of "&lt;sup&gt;n&lt;/sup&gt;"
/// lines after a '---' rule, numbered afresh in each chapter.
/// </summary>
public sealed class MarkdownLayout : LayoutRules
{
    // The closing marks ("## Notes ##") are trimmed in code (TryHeading): a lazy text before "\s*#*\s*$" tried every
    // split of a long run of spaces at every position, and a heading line with one gave the seed up to the regex timeout.
    private static readonly Regex HeadingLine = TextPatterns.Create(@"^\s{0,3}(?<marks>#{1,6})\s+(?<text>.*)$");
    // A line underlined as some converters write the first two levels: "Chapter II" over "==========", or "---".
    private static readonly Regex Underline = TextPatterns.Create(@"^\s{0,3}(?:={3,}|-{3,})\s*$");
    private const int MaxUnderlinedHeadingLength = 100;
    private static readonly Regex DecimalNumbered = TextPatterns.Create(@"^(?<n>\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+(?<title>\S.*)$");
    private static readonly Regex ContentsChapter = TextPatterns.Create(@"^chapt\w*\s*(?<n>[IVXLC]+|\d{1,3})\b\s*[-\u2013\u2014.:]?\s*(?<title>.*)$", RegexOptions.IgnoreCase);
    // A note as converters write it ("<sup>4</sup> Smith ...") or as markdown does ("[^4]: Smith ...", "[^treaty]: ...").
    private const string NoteLabel = @"<sup>\s*(?<n>\d{1,4})\s*</sup>|\[\^" + FootnoteMarkers.MarkdownNoteLabel + @"\]:";
    private static readonly Regex NoteStart = TextPatterns.Create(@"^\s*(?:" + NoteLabel + ")", RegexOptions.IgnoreCase);
    // Under a Notes heading, a numbered line starts a note too ("1. Hasegawa, Tsuyoshi, ...").
    private static readonly Regex NoteStartUnderNotes = TextPatterns.Create(@"^\s*(?:" + NoteLabel + @"|(?<n>\d{1,3})[.)](?=\s+\S))", RegexOptions.IgnoreCase);
    // Under a page's rule, a plain number and a capital ("1 Pravda, 29 July 1986.") where a marker before shows it; not
    // "1. ...", which is as often a numbered list going on after a page's notes.
    private static readonly Regex NoteStartUnderRule = TextPatterns.Create(@"^\s*(?:" + NoteLabel + @"|(?-i:(?<plain>" + FootnoteMarkers.PlainNoteLabel(spaceOnly: true) + ")))", RegexOptions.IgnoreCase);
    private static readonly Regex Symbols = TextPatterns.Create(@"[^\p{L}\p{N}\s\-\u2013\u2014:.,'\u2018\u2019""\u201C\u201D?!&/()]");
    private static readonly Regex DegreeName = TextPatterns.Create(@"^\s*(?:master|doctor|bachelor)(?:'s)?\s+of\s+(?:arts|science|philosophy|laws|letters|literature|business|public)\b[\w\s]*$", RegexOptions.IgnoreCase);
    // The academic units a thesis is submitted from; other bodies (a foundation) are letterheads only when the title page names them.
    private static readonly Regex InstitutionName = TextPatterns.Create(@"^\s*(?:(?:centre|center|school|department|faculty|institute|division)\s+(?:of|for)\b|.*\b(?:university|college|academy)\b)", RegexOptions.IgnoreCase);
    private static readonly Regex BoldLine = TextPatterns.Create(@"^\s*\*\*(?<text>[^*]+)\*\*\s*$");
    private const int MaxBoldHeadingLength = 80;
    private const int MaxBoldHeadingLevel = 3;
    private static readonly Regex ContentsTitle = TextPatterns.Create(@"^(?:table\s+of\s+)?contents$", RegexOptions.IgnoreCase);

    // "LIST OF TABLES", "List of Figures": a front-matter list of captions and their pages, set as the contents are.
    private static readonly Regex ListOfCaptionsTitle = TextPatterns.Create(@"^list\s+of\s+(?:tables|figures|maps|illustrations|charts|graphs|diagrams)(?:\s+and\s+\w+)?$", RegexOptions.IgnoreCase);

    // "![Map of the islands](map.png)" alone on its line: a picture a converter left, its description its caption.
    private static readonly Regex ImageLine = TextPatterns.Create(@"^\s*!\[(?<alt>[^\]]*)\]\([^)]*\)\s*$");

    private static readonly HashSet<string> PartNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "abstract", "acknowledgement", "acknowledgements", "acknowledgment", "acknowledgments", "appendix", "appendices",
        "bibliography", "certificate", "conclusion", "conclusions", "contents", "declaration", "dedication", "epilogue",
        "foreword", "glossary", "index", "list of abbreviations", "abbreviations", "notes", "postscript", "preface",
        "references", "selected bibliography", "table of contents",
    };

    public override string Name => "markdown";

    private const MarkerStyles NoteMarkers = MarkerStyles.SupTag | MarkerStyles.Superscript | MarkerStyles.MarkdownReference;

    public override MarkerStyles Markers => NoteMarkers;

    public override double Score(LayoutInput input)
    {
        var headings = 0;
        for (var i = 0; i < input.Source.Count; i++)
        {
            if (TryHeading(input, i, out _))
            {
                headings++;
            }
        }

        return headings >= 3 ? 0.9 : headings >= 1 ? 0.4 : 0;
    }

    public override List<Block> Segment(LayoutInput input)
    {
        var blocks = new List<Block>();
        var contents = ReadContents(input);
        var source = input.Source;
        var mode = Mode.TitlePage;
        var sawSection = false;
        var topLevelOpen = false;
        int? subheadingMarks = null;
        int? plainTopMarks = null;
        var chronology = new ChronologyDates();
        var notes = new NoteContinuation(input, this);
        var markedLevel = 0;
        // The '#' count of the last top-level heading, and whether the text is under a Notes heading.
        var topMarks = 0;
        var inNotes = false;
        var line = 0;
        while (line < source.Count)
        {
            if (source.IsBlank(line))
            {
                line++;
                continue;
            }

            if (TryHeading(input, line, out var heading))
            {
                var text = Plain(heading.Text);
                if (!sawSection && IsFrontMatterHeading(input, text, line))
                {
                    blocks.Add(new Block(blocks.Count == 0 ? SpanKind.Title : SpanKind.Metadata, line, heading.Last));
                    mode = Mode.TitlePage;
                    line = heading.Last + 1;
                    continue;
                }

                var block = new Block(SpanKind.Heading, line, heading.Last) { Title = text };
                if (LineShapes.TryChapterLabel(text, out var chapterNumber, out var chapterTitle))
                {
                    block.Number = chapterNumber;
                    block.Title = chapterTitle;
                    // Its title on the next line, as a heading ("## THE YELTSIN YEARS") or in bold alone ("**ORIGINS**").
                    var next = NextNonBlank(source, heading.Last + 1);
                    MarkdownHeading titleLine = default;
                    var title = block.Title.Length > 0 || next < 0 ? null
                        : TryHeading(input, next, out titleLine) ? Plain(titleLine.Text)
                        : BoldSubheading(input.Line(next)) is { } bold ? Plain(bold)
                        : null;
                    if (title != null)
                    {
                        block.Title = title;
                        block.Last = Math.Max(next, titleLine.Last);
                    }

                    if (block.Title.Length == 0)
                    {
                        block.Title = text;
                    }

                    block.Level = 1;
                    plainTopMarks = null;
                    Consume(contents, block.Title);
                }
                else if (Consume(contents, text) is { } entry)
                {
                    block.Level = 1;
                    block.Number = entry.Number;
                    plainTopMarks = null;
                }
                else if (TakeDecimalNumber(block))
                {
                    // "2.1 Trade" sits at the depth its number gives, whatever its '#' count; a first subheading
                    // sets the '#' count of level 2 for the unnumbered ones after it ("#### (a) Krasnoyarsk" is under it).
                    if (block.Level == 2)
                    {
                        subheadingMarks ??= heading.Marks;
                    }
                }
                else if (topLevelOpen && LineShapes.IsNotesTitle(text) && heading.Marks > topMarks)
                {
                    // A chapter's own notes ("### Notes" under "# CHAPTER - I"): numbered with the chapter, not a part of their own.
                    block.Level = 2;
                }
                else if (PartNames.Contains(text) || ListOfCaptionsTitle.IsMatch(text) || LineShapes.IsAppendixLabel(text))
                {
                    block.Level = 1;
                    plainTopMarks = null;
                }
                else if (!topLevelOpen || heading.Marks <= plainTopMarks)
                {
                    // A document with no chapters or contents: its first heading's '#' count marks the top level.
                    block.Level = 1;
                    plainTopMarks = heading.Marks;
                }
                else
                {
                    // Under a top-level part, the first subheading's '#' count marks level 2; a heading with more
                    // '#' than that goes one level down, one with fewer is still level 2 (converters are inconsistent).
                    var marks = heading.Marks;
                    subheadingMarks ??= marks;
                    block.Level = marks > subheadingMarks ? 3 : 2;
                }

                if (block.Level == 1)
                {
                    subheadingMarks = null;
                    topMarks = heading.Marks;
                }

                // "### A. The Setting", "#### (a) Krasnoyarsk": the letter numbers the heading; it is no part of the title.
                if (block.Number is null && LineShapes.TryLetterHeading(block.Title, out var letter, out var letterTitle))
                {
                    (block.Number, block.Title) = (letter, letterTitle);
                }

                topLevelOpen = true;
                sawSection = true;
                mode = ContentsTitle.IsMatch(text) || ListOfCaptionsTitle.IsMatch(text) ? Mode.Contents : Mode.Body;
                blocks.Add(block);
                markedLevel = block.Level;
                chronology.EnterSection(block.Title);
                inNotes = LineShapes.IsNotesTitle(block.Title);
                line = block.Last + 1;
                continue;
            }

            var end = ChunkEnd(source, line);
            if (mode == Mode.Body && end == line && BoldSubheading(input.Line(line)) is { } boldTitle)
            {
                // "**Primary Sources**" alone on its line: a subheading set in bold, one level under the last heading
                // of '#' (bold ones after it are its siblings), or at the depth its number gives ("**1.2 Japan's Position**").
                var bold = new Block(SpanKind.Heading, line, line) { Title = boldTitle, Level = Math.Min(markedLevel + 1, MaxBoldHeadingLevel) };
                TakeDecimalNumber(bold);
                blocks.Add(bold);
                chronology.EnterSection(bold.Title);
                line++;
                continue;
            }

            if (mode == Mode.TitlePage || mode == Mode.Contents)
            {
                blocks.Add(new Block(mode == Mode.TitlePage ? SpanKind.Metadata : SpanKind.Contents, line, end));
            }
            else
            {
                // Right under a page's rule, or under a note set under one.
                var underRule = blocks.Count > 0 && blocks[blocks.Count - 1].Kind is SpanKind.Separator or SpanKind.Footnote;
                AddBodyChunk(input, blocks, chronology, notes, line, end, inNotes ? NoteStartUnderNotes : underRule ? NoteStartUnderRule : NoteStart);
            }

            line = end + 1;
        }

        return blocks;
    }

    private static void AddBodyChunk(LayoutInput input, List<Block> blocks, ChronologyDates chronology, NoteContinuation notes, int first, int last, Regex noteStart)
    {
        var firstLine = input.Line(first);
        var noteBefore = blocks.Count > 0 && blocks[blocks.Count - 1] is { Kind: SpanKind.Footnote } previous ? previous : null;
        // Notes, or the rest of a note cut at the last page's foot with this page's notes right under it.
        if (NoteLabelAt(input, noteStart, first, noteBefore).Success || ContinuesOpenNote(input, notes, blocks, first, last))
        {
            AddNotes(input, blocks, noteStart, first, last, noteBefore);
            return;
        }

        // A note's further paragraphs are indented under it, as markdown writes them, or stand between it and the
        // next note of its block (the body never does); the body after the notes is neither.
        if (noteBefore != null
            && (Indent(firstLine) >= Indent(input.Line(noteBefore.First)) + BlockIndent
                || (NextNonBlank(input.Source, last + 1) is var next and >= 0 && NoteLabelAt(input, noteStart, next, noteBefore).Success)))
        {
            noteBefore.Last = last;
            return;
        }

        if (first == last && LineShapes.IsSeparator(firstLine))
        {
            blocks.Add(new Block(SpanKind.Separator, first, last));
        }
        else if (first == last && LineShapes.IsFurniture(firstLine))
        {
            blocks.Add(new Block(SpanKind.Furniture, first, last));
        }
        else if (first == last && ImageLine.Match(firstLine) is { Success: true } image)
        {
            blocks.Add(new Block(image.Groups["alt"].Value.Trim().Length > 0 ? SpanKind.Caption : SpanKind.Furniture, first, last));
        }
        else if (LineShapes.IsCaption(firstLine))
        {
            blocks.Add(new Block(SpanKind.Caption, first, last));
        }
        else if (firstLine.Trim().IndexOf('\t') >= 0 || firstLine.TrimStart().StartsWith("|", StringComparison.Ordinal))
        {
            blocks.Add(new Block(SpanKind.Table, first, last));
        }
        else
        {
            Block? current = null;
            for (var i = first; i <= last; i++)
            {
                var line = input.Line(i);
                var item = input.IsListItem(i);
                // A hard-wrapped sentence may go on in a line that starts with a date ("... was signed in" over
                // "February 1998. After ..."): that line starts no entry.
                var goesOnSentence = !item && current is { Kind: SpanKind.Paragraph } && EndsMidSentence(input.Line(i - 1));
                var date = goesOnSentence ? null : chronology.Read(line);
                if (current is null || date != null || item)
                {
                    var kind = date != null ? SpanKind.ChronologyEntry : item ? SpanKind.ListItem : SpanKind.Paragraph;
                    current = new Block(kind, i, i) { Date = date };
                    blocks.Add(current);
                }
                else
                {
                    current.Last = i;
                }
            }
        }
    }

    private static bool EndsMidSentence(string line)
    {
        var text = line.TrimEnd();
        return text.Length > 0 && (char.IsLetter(text[text.Length - 1]) || text[text.Length - 1] == ',');
    }

    // A note starts at each labelled line; lines before the first label are the rest of the note before.
    private static void AddNotes(LayoutInput input, List<Block> blocks, Regex noteStart, int first, int last, Block? noteBefore)
    {
        Block? note = null;
        for (var i = first; i <= last; i++)
        {
            var match = NoteLabelAt(input, noteStart, i, note ?? noteBefore);
            if (note is null || match.Success)
            {
                var name = match.Groups["name"];
                note = new Block(SpanKind.Footnote, i, i)
                {
                    NoteNumber = match.Success ? TextPatterns.Number(match.Groups["n"].Value) : 0,
                    NoteName = name.Success ? name.Value : null,
                    LabelLength = match.Success ? match.Length : 0,
                    Number = !match.Success ? null : name.Success ? name.Value : match.Groups["n"].Value,
                    ContinuesNote = !match.Success,
                };
                blocks.Add(note);
            }
            else
            {
                note.Last = i;
            }
        }
    }

    // The label of a note on the line, or none. A plain number is one only where a marker on an earlier line shows
    // it and, after a note, where it is that note's next: a numbered list may go on after a page's notes.
    private static Match NoteLabelAt(LayoutInput input, Regex noteStart, int line, Block? noteBefore)
    {
        var match = noteStart.Match(input.Line(line));
        if (!match.Success || !match.Groups["plain"].Success)
        {
            return match;
        }

        var number = TextPatterns.Number(match.Groups["n"].Value);
        var marked = input.FirstLineMarked(NoteMarkers, number);
        return marked >= 0 && marked < line && (noteBefore is null || number == noteBefore.NoteNumber + 1) ? match : Match.Empty;
    }

    /// <summary>
    /// The rest of a note cut at the last page's foot, first under the rule that opens this page's notes: in lower
    /// case, or with this page's notes after it ("Kimura, Hiroshi, ..." before "&lt;sup&gt;3&lt;/sup&gt;").
    /// </summary>
    private static bool ContinuesOpenNote(LayoutInput input, NoteContinuation notes, List<Block> blocks, int first, int last)
    {
        if (blocks.Count == 0 || blocks[blocks.Count - 1].Kind != SpanKind.Separator || !notes.LastNoteIsOpen(blocks))
        {
            return false;
        }

        var next = NextNonBlank(input.Source, last + 1);
        return ParagraphText.StartsLowercase(input.Line(first)) || (next >= 0 && NoteStart.IsMatch(input.Line(next)));
    }

    // Markdown's indent for a block inside another: four spaces, or a tab.
    private const int BlockIndent = 4;

    // The columns of a line's leading spaces and tabs (a tab to the next multiple of four).
    private static int Indent(string line)
    {
        var column = 0;
        foreach (var c in line)
        {
            if (c == ' ')
            {
                column++;
            }
            else if (c == '\t')
            {
                column += BlockIndent - (column % BlockIndent);
            }
            else
            {
                break;
            }
        }

        return column;
    }

    // How far back a letterhead's name is looked for on the title page.
    private const int TitlePageLines = 100;

    /// <summary>
    /// Before the first section: the title, an author or the container named by the catalog, the degree a thesis is
    /// submitted for ("MASTER OF PHILOSOPHY"), the institution ("CENTRE FOR EAST ASIAN STUDIES", "JAWAHARLAL NEHRU
    /// UNIVERSITY"), or a letterhead that repeats a name the title page already gave
    /// ("Dissertation submitted to Jawaharlal Nehru University").
    /// </summary>
    private static bool IsFrontMatterHeading(LayoutInput input, string text, int line)
    {
        if (TopMatter.IsTitle(text, input.Entry.Title) || DegreeName.IsMatch(text) || InstitutionName.IsMatch(text))
        {
            return true;
        }

        var heading = Squeeze(text);
        var names = input.Entry.Authors.Concat((input.Entry.Container ?? string.Empty).Split(','))
            .Select(Squeeze).Where(n => n.Length > 0);
        if (names.Any(n => string.Equals(n, heading, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        if (PartNames.Contains(heading) || LineShapes.WordCount(heading) < 2)
        {
            return false;
        }

        var from = Math.Max(0, line - TitlePageLines);
        var titlePage = Squeeze(string.Join(" ", Enumerable.Range(from, line - from).Select(i => Plain(input.Line(i)))));
        return titlePage.IndexOf(heading, StringComparison.OrdinalIgnoreCase) >= 0;
    }

    private static List<ContentsEntry> ReadContents(LayoutInput input)
    {
        var entries = new List<ContentsEntry>();
        var inContents = false;
        for (var i = 0; i < input.Source.Count; i++)
        {
            if (TryHeading(input, i, out var heading))
            {
                if (inContents)
                {
                    break;
                }

                inContents = ContentsTitle.IsMatch(Plain(heading.Text));
                i = heading.Last;
                continue;
            }

            if (!inContents || input.Source.IsBlank(i))
            {
                continue;
            }

            var firstCell = Plain(input.Line(i).Split('\t').FirstOrDefault(cell => Plain(cell).Length > 0) ?? string.Empty);
            if (firstCell.Length == 0 || firstCell.StartsWith("page", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var chapter = ContentsChapter.Match(firstCell);
            entries.Add(chapter.Success
                ? new ContentsEntry(chapter.Groups["n"].Value, chapter.Groups["title"].Value.Trim())
                : new ContentsEntry(null, firstCell));
        }

        return entries;
    }

    /// <summary>Takes the first unused contents entry whose title matches the heading (one contains the other, as words).</summary>
    private static ContentsEntry? Consume(List<ContentsEntry> contents, string heading)
    {
        var key = " " + Squeeze(heading).ToLowerInvariant() + " ";
        foreach (var entry in contents)
        {
            var title = " " + Squeeze(entry.Title).ToLowerInvariant() + " ";
            if (!entry.Used && title.Trim().Length > 0 && (title.Contains(key) || key.Contains(title)))
            {
                entry.Used = true;
                return entry;
            }
        }

        return null;
    }

    // "2.1 Trade": the number is the heading's, and its parts give its level.
    private static bool TakeDecimalNumber(Block heading)
    {
        var numbered = DecimalNumbered.Match(heading.Title);
        if (!numbered.Success)
        {
            return false;
        }

        heading.Number = numbered.Groups["n"].Value;
        heading.Title = numbered.Groups["title"].Value.Trim();
        heading.Level = heading.Number.Split('.').Length;
        return true;
    }

    // A short line wholly in bold that is no sentence and no caption; its text, or null.
    private static string? BoldSubheading(string line)
    {
        var match = BoldLine.Match(line);
        var text = match.Groups["text"].Value.Trim().TrimEnd(':');
        return match.Success && text.Length is > 0 and <= MaxBoldHeadingLength && !ParagraphText.EndsSentence(text) && !LineShapes.IsCaption(line) ? text : null;
    }

    /// <summary>A heading: its '#' count (1 for a line underlined with '=', 2 with '-'), its text, and its last line.</summary>
    private readonly record struct MarkdownHeading(int Marks, string Text, int Last);

    /// <summary>
    /// "## Title" (its closing marks and the spaces around them left out), or a line alone under a blank one and
    /// underlined ("Chapter II" over "=========="); a sentence over "---" is a page's last line over its notes' rule.
    /// </summary>
    private static bool TryHeading(LayoutInput input, int line, out MarkdownHeading heading)
    {
        var marked = HeadingLine.Match(input.Line(line));
        if (marked.Success)
        {
            heading = new MarkdownHeading(marked.Groups["marks"].Length, marked.Groups["text"].Value.TrimEnd().TrimEnd('#').TrimEnd(), line);
            return true;
        }

        // Only the first line of a run is looked at for text, and only when an underline is under it.
        var source = input.Source;
        heading = default;
        if (line + 1 >= source.Count || (line > 0 && !source.IsBlank(line - 1)) || source.IsBlank(line) || !Underline.IsMatch(input.Line(line + 1)))
        {
            return false;
        }

        var text = input.Line(line).Trim();
        if (text.Length > MaxUnderlinedHeadingLength || Underline.IsMatch(text) || ParagraphText.EndsSentence(text))
        {
            return false;
        }

        heading = new MarkdownHeading(input.Line(line + 1).TrimStart()[0] == '=' ? 1 : 2, text, line + 1);
        return true;
    }

    /// <summary>Heading text without markup: "**BOOKS**" is BOOKS.</summary>
    private static string Plain(string text) => Squeeze(CleanLine.From(text, 0, FootnoteMarkers.HeadingStyles, markup: true).Text);

    private static string Squeeze(string text) => TextPatterns.Squeeze(Symbols.Replace(text, " "));

    private static int NextNonBlank(Text.SourceText source, int from)
    {
        for (var i = from; i < source.Count; i++)
        {
            if (!source.IsBlank(i))
            {
                return i;
            }
        }

        return -1;
    }

    // A run of lines up to a blank one, a heading or a rule (set right under a page's last line: "1998.", "---").
    private static int ChunkEnd(Text.SourceText source, int first)
    {
        var last = first;
        while (last + 1 < source.Count && !source.IsBlank(last + 1) && !HeadingLine.IsMatch(source.Text(last + 1)) && !LineShapes.IsSeparator(source.Text(last + 1)))
        {
            last++;
        }

        return last;
    }

    private enum Mode
    {
        TitlePage,
        Contents,
        Body,
    }

    private sealed class ContentsEntry
    {
        public ContentsEntry(string? number, string title)
        {
            Number = number;
            Title = title;
        }

        public string? Number { get; }

        public string Title { get; }

        public bool Used { get; set; }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using TypedCorpus.Parsing.Assembly;
using TypedCorpus.Parsing.Diagnostics;
using TypedCorpus.Parsing.Model;

namespace TypedCorpus.Parsing.Ocr;

/// <summary>
/// Applies the corrector to an OCR'd document: its clean text, section titles (and so their member names) and
/// notes read as printed; every offset into the clean text is carried over; each changed word is listed with
/// where its OCR'd form stands in the raw text, which is never touched.
/// </summary>
public static class OcrCorrection
{
    public static ParsedDocument Apply(ParsedDocument document, Lexicon lexicon)
    {
        // The document's own misreadings, learned from its text and notes, on top of those of OCR in general.
        var model = ConfusionLearner.ModelFor(new[] { document.Text }.Concat(document.Footnotes.Select(n => n.Text)), lexicon);
        var corrector = new OcrCorrector(lexicon, model);
        var edits = new List<TextEdit>();
        var wordByWord = corrector.Correct(document.Text, edits);

        // Built only for a document with a garbled title: it weighs the document's words.
        var headings = new Lazy<HeadingReader>(() => new HeadingReader(lexicon, wordByWord));
        var titles = document.Sections.Select(s => CorrectTitle(s.Title, corrector, lexicon, headings)).ToList();
        var text = WithHeadingsAsRead(document, wordByWord, edits, titles);
        var map = new OffsetMap(edits);
        var diagnostics = document.Diagnostics.Where(d => d.Id != CorpusDiagnostics.IdentifierCollision.Id).ToList();
        var names = SectionNaming.Assign(document.Sections.Select((s, i) => (s.Parent, titles[i], s.Line)).ToList(), document.FilePath, diagnostics);
        var sections = document.Sections.Select((s, i) =>
        {
            var start = map.Start(s.TextStart);
            return s with
            {
                Title = titles[i],
                MemberName = names[i],
                TextStart = start,
                TextLength = map.End(s.TextStart + s.TextLength) - start,
                FullTextLength = map.End(s.TextStart + s.FullTextLength) - start,
            };
        });
        var paragraphs = document.Paragraphs.Select(p => p with { TextStart = map.Start(p.TextStart), TextLength = map.End(p.TextStart + p.TextLength) - map.Start(p.TextStart) });
        var footnotes = document.Footnotes.Select(n => n with
        {
            Text = corrector.Correct(n.Text),
            // A marker stands after its word: one inside an edited span ("rcighbors.''") stands after the word as read.
            Markers = n.Markers.Select(m => m with { TextOffset = map.End(m.TextOffset) }).ToEquatableArray(),
        });
        var mentions = document.Mentions.Select(m => m with { TextStart = map.Start(m.TextStart), TextLength = map.End(m.TextStart + m.TextLength) - map.Start(m.TextStart) });
        // A line that begins inside an edited span (a word broken over lines, a heading read as a whole) begins after it:
        // the span is traced to the line it starts on.
        var lines = document.TextLines.Select(l => l with { TextOffset = map.End(l.TextOffset) });
        var source = new Text.SourceText(document.RawText);
        var corrections = edits.Select(e =>
        {
            var (rawStart, rawLength) = RawPosition(document, source, e);
            return new OcrEdit(e.NewStart, e.NewLength, rawStart, rawLength, e.Original);
        });

        return document with
        {
            Text = text,
            Sections = sections.ToEquatableArray(),
            Paragraphs = paragraphs.ToEquatableArray(),
            Footnotes = footnotes.ToEquatableArray(),
            Mentions = mentions.ToEquatableArray(),
            TextLines = lines.ToEquatableArray(),
            Corrections = corrections.ToEquatableArray(),
            Diagnostics = diagnostics.ToEquatableArray(),
        };
    }

    /// <summary>
    /// The text with each heading as its title was read: a title read as a whole line replaces the heading's
    /// word-by-word correction, so the text and the section agree. Its word edits become one edit of the heading.
    /// </summary>
    private static string WithHeadingsAsRead(ParsedDocument document, string text, List<TextEdit> edits, List<string> titles)
    {
        var map = new OffsetMap(edits);
        var replaced = new List<HeadingReading>();
        for (var i = 0; i < document.Sections.Count; i++)
        {
            var section = document.Sections[i];
            var heading = section.Heading;
            var oldStart = HeadingStart(document.Text, section, heading);
            if (oldStart < 0)
            {
                continue;
            }

            var oldEnd = oldStart + heading.Length;
            var (newStart, newEnd) = (map.Start(oldStart), map.End(oldEnd));
            var read = SectionNode.HeadingOf(section.Number, titles[i]);
            // An edit that runs across the heading's edge (a word joined over it) leaves the heading as corrected.
            if (text.Substring(newStart, newEnd - newStart) != read
                && !edits.Exists(e => e.OldStart < oldEnd && e.OldStart + e.OldLength > oldStart && (e.OldStart < oldStart || e.OldStart + e.OldLength > oldEnd)))
            {
                replaced.Add(new HeadingReading(oldStart, heading.Length, newStart, newEnd, read));
            }
        }

        if (replaced.Count == 0)
        {
            return text;
        }

        var output = new System.Text.StringBuilder(text.Length);
        var kept = new List<TextEdit>(edits.Count);
        var (copied, shift, next) = (0, 0, 0);
        foreach (var edit in edits)
        {
            for (; next < replaced.Count && replaced[next].OldStart <= edit.OldStart; next++)
            {
                shift = Replace(replaced[next]);
            }

            var inHeading = next > 0 && edit.OldStart < replaced[next - 1].OldStart + replaced[next - 1].OldLength;
            if (!inHeading)
            {
                kept.Add(edit with { NewStart = edit.NewStart + shift });
            }
        }

        for (; next < replaced.Count; next++)
        {
            Replace(replaced[next]);
        }

        output.Append(text, copied, text.Length - copied);
        edits.Clear();
        edits.AddRange(kept);
        return output.ToString();

        // Copies the text up to the heading, then the heading as read, and lists the edit; returns the shift after it.
        int Replace(HeadingReading heading)
        {
            output.Append(text, copied, heading.NewStart - copied);
            kept.Add(new TextEdit(heading.OldStart, heading.OldLength, output.Length, heading.Read.Length, document.Text.Substring(heading.OldStart, heading.OldLength)));
            output.Append(heading.Read);
            copied = heading.NewEnd;
            return output.Length - copied;
        }
    }

    /// <summary>A heading's place before correction and after word-by-word correction, and its reading as a whole line.</summary>
    private readonly record struct HeadingReading(int OldStart, int OldLength, int NewStart, int NewEnd, string Read);

    // Where the heading stands in the text before correction: just before the section's own text, or at the text's end
    // when the section has none. -1 if it is not there.
    private static int HeadingStart(string text, SectionNode section, string heading)
    {
        foreach (var end in new[] { section.TextStart - 2, section.TextStart })
        {
            var start = end - heading.Length;
            if (start >= 0 && end <= text.Length && string.CompareOrdinal(text, start, heading, 0, heading.Length) == 0)
            {
                return start;
            }
        }

        return -1;
    }

    // Word by word first; a title that stays garbled is read again as a whole line, if a reading is cheap enough.
    private static string CorrectTitle(string title, OcrCorrector corrector, Lexicon lexicon, Lazy<HeadingReader> headings)
    {
        var corrected = corrector.Correct(title);
        return (IsGarbled(corrected) || HasUnknownLowerCaseWord(corrected, lexicon)) && headings.Value.Read(title) is { } reading ? reading : corrected;
    }

    // A heading's words are common ones, and a name or a term that is no common word has a capital: a lower-case word
    // that no list knows is one the word-by-word corrector could not read ("Political urd. Se curitt Framework").
    private static bool HasUnknownLowerCaseWord(string title, Lexicon lexicon) =>
        TitleWords(title).Any(word => word.All(char.IsLower) && !lexicon.Contains(word));

    // A title's words without the marks around them.
    private static IEnumerable<string> TitleWords(string title) =>
        title.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Select(token => token.Trim(TitleMarks)).Where(word => word.Length > 0);

    /// <summary>
    /// A title still garbled: a word with a mark inside ("ItI]t,,\\1'I"), a stray letter ("S e curitt"), or a
    /// lower-case word in a title of capitals ("THE f PAN"). Unknown words alone are not: names and terms are.
    /// </summary>
    public static bool IsGarbled(string title)
    {
        var letters = title.Where(char.IsLetter).ToList();
        var capitals = letters.Count(char.IsUpper) * 2 > letters.Count;
        foreach (var word in TitleWords(title))
        {
            var lower = word.ToLowerInvariant();
            if (!IsPrintedWord(word) || (word.Length == 1 && lower != "a" && lower != "i") || (capitals && word.Any(char.IsLower)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A word as print writes one: letters or digits, perhaps joined by hyphens or full stops ("G-8", "U.S.-Japan"),
    /// where a lone letter is a capital (an initial), and perhaps a possessive ("Primakov's").
    /// </summary>
    internal static bool IsPrintedWord(string word)
    {
        var start = 0;
        while (start < word.Length)
        {
            var end = start;
            while (end < word.Length && char.IsLetterOrDigit(word[end]))
            {
                end++;
            }

            var part = word.Substring(start, end - start);
            var joiner = end < word.Length ? word[end] : '\0';
            var possessive = start > 0 && (word[start - 1] == '\'' || word[start - 1] == '\u2019');
            var afterStop = start > 0 && word[start - 1] == '.';
            var fits = possessive ? (part == "s" || part == "S") && end == word.Length
                : part.Length == 0 ? afterStop && end < word.Length
                : part.All(char.IsDigit) || (part.All(char.IsLetter) && (part.Length > 1 || char.IsUpper(part[0])));
            if (!fits || (joiner != '\0' && WordJoiners.IndexOf(joiner) < 0))
            {
                return false;
            }

            // An abbreviation ends with its full stop ("U.S."); no other joiner ends a word.
            if (joiner != '\0' && end == word.Length - 1)
            {
                return joiner == '.';
            }

            start = end + 1;
        }

        return word.Length > 0;
    }

    private const string WordJoiners = "-.'\u2019\u2013/";

    private static readonly char[] TitleMarks = { '.', ',', ':', ';', '?', '!', '"', '(', ')' };

    // Where the OCR'd word is written, from its seed line to two lines on: as it is, or broken over lines as the clean
    // text joined it ("con-" / "tinuecl", "c" / "this"), the break then inside the span. (-1, 0) if it is not there.
    private static (int Start, int Length) RawPosition(ParsedDocument document, Text.SourceText source, TextEdit edit)
    {
        var line = document.LineAt(edit.OldStart);
        var raw = source.Raw;
        var from = source[line - 1].Start;
        var to = source[Math.Min(line + 1, source.Count - 1)].End;
        var at = raw.IndexOf(edit.Original, from, to - from, StringComparison.Ordinal);
        if (at >= 0)
        {
            return (at, edit.Original.Length);
        }

        for (var start = raw.IndexOf(edit.Original[0], from, to - from); start >= 0; start = raw.IndexOf(edit.Original[0], start + 1, to - start - 1))
        {
            if (SpanOverBreaks(raw, start, to, edit.Original) is var length and > 0)
            {
                return (start, length);
            }
        }

        return (-1, 0);
    }

    // The length of raw text from start that reads as the word once breaks are joined: a hyphen (or soft hyphen) at a
    // line's end and the break after it go (or the break alone, after a hyphen the word keeps), a soft hyphen inside a
    // line goes, and a break stands for a space of the word.
    // 0 when it does not read so.
    private static int SpanOverBreaks(string raw, int start, int end, string word)
    {
        var r = start;
        var w = 0;
        var sawBreak = false;
        while (w < word.Length && r < end)
        {
            if (raw[r] == word[w])
            {
                r++;
                w++;
            }
            else if ((raw[r] == '-' || raw[r] == Text.CleanLine.SoftHyphen) && BreakAfter(raw, r + 1, end) is var skip and > 0)
            {
                r += 1 + skip;
                sawBreak = true;
            }
            else if (raw[r] == Text.CleanLine.SoftHyphen)
            {
                // A soft hyphen inside a line: the clean text dropped it.
                r++;
                sawBreak = true;
            }
            else if (r > start && raw[r - 1] == '-' && BreakAfter(raw, r, end) is var kept and > 0)
            {
                // A compound's own hyphen at a line's end stays in the word ("bi-" / "I--l").
                r += kept;
                sawBreak = true;
            }
            else if (word[w] == ' ' && BreakAfter(raw, r, end) is var gap and > 0)
            {
                r += gap;
                w++;
                sawBreak = true;
            }
            else
            {
                return 0;
            }
        }

        return w == word.Length && sawBreak ? r - start : 0;
    }

    // The whitespace at the position when it holds a line break (a page's blank lines too); 0 otherwise.
    private static int BreakAfter(string raw, int position, int end)
    {
        var i = position;
        while (i < end && char.IsWhiteSpace(raw[i]))
        {
            i++;
        }

        return raw.IndexOf('\n', position, i - position) >= 0 ? i - position : 0;
    }

    /// <summary>Maps offsets in the text before correction to offsets after it.</summary>
    private sealed class OffsetMap
    {
        private readonly List<TextEdit> _edits;

        public OffsetMap(List<TextEdit> edits) => _edits = edits;

        /// <summary>Where something that started at <paramref name="old"/> starts now (an edited word's start).</summary>
        public int Start(int old) => Map(old, atEnd: false);

        /// <summary>Where something that ended at <paramref name="old"/> ends now (an edited word's end).</summary>
        public int End(int old) => Map(old, atEnd: true);

        private int Map(int old, bool atEnd)
        {
            int low = 0, high = _edits.Count - 1, last = -1;
            while (low <= high)
            {
                var mid = (low + high) / 2;
                if (_edits[mid].OldStart <= old)
                {
                    last = mid;
                    low = mid + 1;
                }
                else
                {
                    high = mid - 1;
                }
            }

            if (last < 0)
            {
                return old;
            }

            var edit = _edits[last];
            var oldEnd = edit.OldStart + edit.OldLength;
            if (old >= oldEnd && !(old == edit.OldStart && !atEnd))
            {
                return old - oldEnd + edit.NewStart + edit.NewLength;
            }

            return atEnd && old > edit.OldStart ? edit.NewStart + edit.NewLength : edit.NewStart;
        }
    }
}

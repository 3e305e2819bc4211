using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;

namespace TypedCorpus.Parsing.Text;

/// <summary>A line made readable: markup and footnote markers removed; each marker remembers where it stood.</summary>
public sealed class CleanLine
{
    private CleanLine(string text, List<(int RawOffset, int CleanOffset, FoundMarker Marker)> markers)
    {
        Text = text;
        Markers = markers;
    }

    public string Text { get; }

    /// <summary>Each marker's raw offset, its offset in <see cref="Text"/>, and the marker as found (the number or name it shows).</summary>
    public List<(int RawOffset, int CleanOffset, FoundMarker Marker)> Markers { get; }

    /// <summary>
    /// Cleans one raw line. Removed: footnote markers of the given styles and, where the layout writes markup, HTML
    /// tags, markdown emphasis (<c>*</c>, <c>**</c>), markdown link and picture targets, a block quote's marks and
    /// backslash escapes. No-break spaces become spaces, and tabs too unless <paramref name="keepTabs"/> (a table's
    /// cells); soft hyphens go, but for one that ends the line, which is a hyphen; the ends are trimmed (with them the
    /// two trailing spaces of a markdown break).
    /// </summary>
    [MethodImpl(MethodOptions.HotLoop)]
    public static CleanLine From(string line, int rawStart, MarkerStyles styles, bool markup, bool keepTabs = false)
    {
        var markers = FootnoteMarkers.Find(line, styles);
        var found = new List<(int, int, FoundMarker)>();

        // Most lines hold no marker and no character that markup starts with: they read as they are.
        if (markers.Count == 0 && line.IndexOfAny(markup ? MarkupStarts : PlainChangeStarts) < 0)
        {
            return new CleanLine(line.Trim(), found);
        }

        var builder = new StringBuilder(line.Length);
        var next = 0;
        var i = 0;
        while (i < line.Length)
        {
            if (next < markers.Count && markers[next].Start == i)
            {
                // "the 1970s <sup>1</sup>.": a marker set off by a space leaves the stop (or space) after it against the word.
                var marker = markers[next++];
                var after = i + marker.Length;
                if (after == line.Length || ClosingPunctuation.IndexOf(line[after]) >= 0 || char.IsWhiteSpace(line[after]))
                {
                    TrimEndSpaces(builder);
                }

                found.Add((rawStart + i, builder.Length, marker));

                // A marker ends a word: a word right after it is a new one, whose space OCR lost ("Korea.'Although").
                if (after < line.Length && char.IsLetterOrDigit(line[after]) && builder.Length > 0 && builder[builder.Length - 1] != ' ')
                {
                    builder.Append(' ');
                }

                i = after;
                continue;
            }

            var c = line[i];
            if (markup && MarkupLength(line, i, builder) is var taken and > 0)
            {
                i += taken;
                continue;
            }

            // A soft hyphen is invisible, but after a word's letter at a line's end it breaks the word as a hyphen does
            // ("com\u00AD" / "plained").
            if (c == SoftHyphen)
            {
                if (i > 0 && char.IsLetter(line[i - 1]) && string.IsNullOrWhiteSpace(line.Substring(i + 1)))
                {
                    builder.Append('-');
                }

                i++;
                continue;
            }

            // No-break spaces read as plain spaces in clean text, and so do tabs outside a table's row.
            builder.Append((c == '\t' && !keepTabs) || c == '\u00A0' ? ' ' : IsMisencodedApostrophe(line, i) ? '\'' : c);
            i++;
        }

        var text = builder.ToString();
        var trimmed = text.TrimStart();
        var shift = text.Length - trimmed.Length;
        for (var m = 0; m < found.Count; m++)
        {
            found[m] = (found[m].Item1, System.Math.Max(0, found[m].Item2 - shift), found[m].Item3);
        }

        return new CleanLine(trimmed.TrimEnd(), found);
    }

    private const string ClosingPunctuation = ".,;:!?)";
    /// <summary>An invisible break opportunity; at a line's end, where a word was broken.</summary>
    internal const char SoftHyphen = '\u00AD';

    private static void TrimEndSpaces(StringBuilder builder)
    {
        while (builder.Length > 0 && builder[builder.Length - 1] == ' ')
        {
            builder.Length--;
        }
    }

    // Where the loop above changes a line: a tag, an escape, emphasis, a link or picture, a quote, a tab, a no-break
    // space, a superscript one or a soft hyphen; in a layout without markup, only the last four.
    private static readonly char[] MarkupStarts = { '<', '\\', '*', ']', '[', '!', '>', '\t', '\u00A0', '\u00B9', SoftHyphen };
    private static readonly char[] PlainChangeStarts = { '\t', '\u00A0', '\u00B9', SoftHyphen };

    // "Russia\u00B9s": text whose apostrophes went through a legacy code page comes back with a superscript one inside
    // the word. A note marker stands after a word, never inside one.
    private static bool IsMisencodedApostrophe(string line, int i) =>
        line[i] == '\u00B9' && i > 0 && char.IsLetter(line[i - 1]) && i + 1 < line.Length && char.IsLetter(line[i + 1]);

    // The characters of markup that start at i (an escaped character is appended), or 0 when none does.
    private static int MarkupLength(string line, int i, StringBuilder builder)
    {
        var c = line[i];
        if (c == '<' && TagLength(line, i, out var breaksLine) is var tag and > 0)
        {
            // A line or paragraph break set inside a line stands between its words ("geography.<br>The two").
            if (breaksLine && builder.Length > 0 && builder[builder.Length - 1] != ' ' && i + tag < line.Length && !char.IsWhiteSpace(line[i + tag]))
            {
                builder.Append(' ');
            }

            return tag;
        }

        if (c == '\\' && i + 1 < line.Length && IsEscapable(line[i + 1]))
        {
            builder.Append(line[i + 1]);
            return 2;
        }

        if (c == '*' && IsEmphasis(line, i))
        {
            return 1;
        }

        if (c == ']' && i + 1 < line.Length && line[i + 1] == '(' && LinkTargetLength(line, i + 1) is var target and > 0)
        {
            return 1 + target;
        }

        if (c == '>' && IsQuoteMark(line, i))
        {
            return i + 1 < line.Length && line[i + 1] == ' ' ? 2 : 1;
        }

        // "![Map of the islands](map.png)": an image reads as its description, as a link reads as its text.
        var linkAt = c == '!' && i + 1 < line.Length && line[i + 1] == '[' ? i + 1 : i;
        return line[linkAt] == '[' && line.IndexOf("](", linkAt, System.StringComparison.Ordinal) > linkAt ? 1 + linkAt - i : 0;
    }

    // "> The Far East is ...", "> > nested": a block quote's mark opens its line, with a space or another mark after it.
    private static bool IsQuoteMark(string line, int i)
    {
        for (var j = 0; j < i; j++)
        {
            if (line[j] != '>' && !char.IsWhiteSpace(line[j]))
            {
                return false;
            }
        }

        return i + 1 == line.Length || line[i + 1] is ' ' or '>';
    }

    private static bool IsEscapable(char c) => "\\`*_{}[]()#+-.!$|<>\"'".IndexOf(c) >= 0;

    // An asterisk that opens or closes emphasis touches a non-space on one side; a lone " * " is kept.
    private static bool IsEmphasis(string line, int i)
    {
        var before = i > 0 ? line[i - 1] : ' ';
        var after = i + 1 < line.Length ? line[i + 1] : ' ';
        return !(char.IsWhiteSpace(before) && char.IsWhiteSpace(after));
    }

    // <b>, </sup>, <br/>: a tag name of letters and digits, nothing else.
    private static int TagLength(string line, int start, out bool breaksLine)
    {
        breaksLine = false;
        var i = start + 1;
        if (i < line.Length && line[i] == '/')
        {
            i++;
        }

        var nameStart = i;
        while (i < line.Length && char.IsLetterOrDigit(line[i]) && line[i] < 128)
        {
            i++;
        }

        if (i == nameStart || !char.IsLetter(line[nameStart]))
        {
            return 0;
        }

        breaksLine = IsBreakTagName(line, nameStart, i - nameStart);

        while (i < line.Length && line[i] == ' ')
        {
            i++;
        }

        if (i < line.Length && line[i] == '/')
        {
            i++;
        }

        return i < line.Length && line[i] == '>' ? i + 1 - start : 0;
    }

    // <br> and <p>, which a converter leaves where a line or paragraph ended.
    private static bool IsBreakTagName(string line, int start, int length) =>
        (length == 2 && string.Compare(line, start, "br", 0, 2, StringComparison.OrdinalIgnoreCase) == 0)
        || (length == 1 && char.ToLowerInvariant(line[start]) == 'p');

    // "(url)" right after "]": the whole parenthesised target, without spaces.
    private static int LinkTargetLength(string line, int open)
    {
        for (var i = open + 1; i < line.Length; i++)
        {
            if (line[i] == ')')
            {
                return i + 1 - open;
            }

            if (char.IsWhiteSpace(line[i]))
            {
                return 0;
            }
        }

        return 0;
    }
}

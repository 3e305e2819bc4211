using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace TypedCorpus.Parsing.Text;

/// <summary>Joins the clean lines of a paragraph into one line of text.</summary>
public static class ParagraphText
{
    /// <summary>
    /// Appends <paramref name="line"/> to the paragraph. A word broken by a hyphen at the end of
    /// the previous line ("bi-" + "lateral") is rejoined when the next line goes on in lower case, unless the
    /// document writes that compound with its hyphen elsewhere (<paramref name="compounds"/>: "long-term"); a dash
    /// closed up to its word at a line end joins without a space; anything else joins with one space. Runs of spaces
    /// become one.
    /// The paragraph is the text of <paramref name="builder"/> from <paramref name="start"/> on.
    /// Returns the offset in <paramref name="builder"/> at which the line's first character landed.
    /// </summary>
    public static int Append(StringBuilder builder, int start, string line, ISet<string>? compounds = null)
    {
        var paragraph = builder;
        if (paragraph.Length == start)
        {
            AppendCollapsed(paragraph, line);
            return start;
        }

        if (line.Length == 0)
        {
            return paragraph.Length;
        }

        var last = paragraph[paragraph.Length - 1];
        var beforeLast = paragraph.Length > start + 1 ? paragraph[paragraph.Length - 2] : ' ';
        // "bi-" + "lateral" is one word; "mid-" + "r998" (an OCR'd number) keeps its hyphen.
        if (last == '-' && char.IsLetter(beforeLast) && char.IsLower(line[0]) && !FirstWordHasDigit(line) && !IsCompound(paragraph, start, line, compounds))
        {
            paragraph.Length--;
        }
        // A dash with a space before it is set off by spaces on both sides ("Russia \u2013" + "Japan").
        else if (!(last == '-' && char.IsLetterOrDigit(beforeLast)) && !((last == '\u2014' || last == '\u2013') && beforeLast != ' ') && last != '/')
        {
            paragraph.Append(' ');
        }

        var at = paragraph.Length;
        AppendCollapsed(paragraph, line);
        return at;
    }

    // The word before the hyphen that ends the paragraph so far, the hyphen, and the first word of the line.
    private static bool IsCompound(StringBuilder paragraph, int start, string line, ISet<string>? compounds)
    {
        if (compounds is null || compounds.Count == 0)
        {
            return false;
        }

        var from = paragraph.Length - 1;
        while (from > start && char.IsLetter(paragraph[from - 1]))
        {
            from--;
        }

        var end = 0;
        while (end < line.Length && char.IsLetter(line[end]))
        {
            end++;
        }

        return compounds.Contains((paragraph.ToString(from, paragraph.Length - from) + line.Substring(0, end)).ToLowerInvariant());
    }

    private static bool FirstWordHasDigit(string line)
    {
        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c))
            {
                return false;
            }

            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Where an offset into a line lands once <see cref="Append"/> has made its runs of spaces one ("dialogue.  Next"),
    /// or <see cref="Row"/> its runs of spaces and tabs: a marker's offset is taken in the line as cleaned, and the
    /// paragraph holds it collapsed.
    /// </summary>
    public static int CollapsedOffset(string line, int offset)
    {
        var removed = 0;
        for (var i = 1; i < offset && i < line.Length; i++)
        {
            if (IsGap(line[i]) && IsGap(line[i - 1]))
            {
                removed++;
            }
        }

        return offset - removed;
    }

    /// <summary>
    /// A table's row (or a contents page's), kept on a line of its own with its cells apart: a run of blanks that
    /// holds a tab, or of two spaces or more (columns set with spaces), becomes one tab; a single space stays.
    /// </summary>
    public static string Row(string line)
    {
        if (line.IndexOf('\t') < 0 && line.IndexOf("  ", StringComparison.Ordinal) < 0)
        {
            return line;
        }

        var row = new StringBuilder(line.Length);
        for (var i = 0; i < line.Length; i++)
        {
            if (!IsGap(line[i]))
            {
                row.Append(line[i]);
                continue;
            }

            var end = i;
            var tab = false;
            while (end < line.Length && IsGap(line[end]))
            {
                tab |= line[end] == '\t';
                end++;
            }

            row.Append(tab || end - i >= 2 ? '\t' : ' ');
            i = end - 1;
        }

        return row.ToString();
    }

    private static bool IsGap(char c) => c == ' ' || c == '\t';

    private static void AppendCollapsed(StringBuilder paragraph, string line)
    {
        foreach (var c in line)
        {
            if (c == ' ' && paragraph.Length > 0 && paragraph[paragraph.Length - 1] == ' ')
            {
                continue;
            }

            paragraph.Append(c);
        }
    }

    /// <summary>True when a paragraph's text ends a sentence (or a clause that introduces what follows).</summary>
    public static bool EndsSentence(string text)
    {
        var t = text.TrimEnd();
        if (t.Length == 0)
        {
            return true;
        }

        var i = t.Length - 1;

        // Closing quotes, brackets and markup after the stop do not change that it is a stop.
        while (i > 0 && "\"'\u201D\u2019)]*".IndexOf(t[i]) >= 0)
        {
            if (t[i] == ')' && i > 0 && (t[i - 1] != '.' && t[i - 1] != '?' && t[i - 1] != '!'))
            {
                // "(Smith 2001)" at a paragraph end: a citation after the stop, or the end of a sentence in brackets.
                return true;
            }

            i--;
        }

        return ".?!:;".IndexOf(t[i]) >= 0;
    }

    /// <summary>
    /// The text ends with an abbreviation's full stop ("with the U.S.", "and so on, etc."), which need not end the
    /// sentence: a paragraph that goes on in lower case after it is the same sentence, broken at a page.
    /// </summary>
    public static bool EndsWithAbbreviation(string text)
    {
        var t = text.TrimEnd();
        var start = t.LastIndexOf(' ') + 1;
        var last = t.Substring(start).TrimStart('(', '\'', '"', '\u2018', '\u201C');
        return Initials.IsMatch(last) || Abbreviations.Contains(last);
    }

    // "U.S.", "U.S.S.R.": capitals, each with its stop.
    private static readonly Regex Initials = TextPatterns.Create(@"^(?:\p{Lu}\.){2,}$");

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "etc.", "e.g.", "i.e.", "cf.", "viz.", "vs.", "p.", "pp.", "no.", "vol.", "ed.", "eds.", "Dr.", "Mr.", "Mrs.", "Ms.", "St.", "Prof.",
    };

    public static bool StartsLowercase(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return char.IsLower(c);
            }

            if (char.IsDigit(c))
            {
                return false;
            }
        }

        return false;
    }

    public static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }
}

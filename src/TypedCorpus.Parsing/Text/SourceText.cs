using System;
using System.Collections.Generic;

namespace TypedCorpus.Parsing.Text;

/// <summary>
/// A seed's raw text split into lines. CRLF, LF and CR all end a line; the break belongs to the line it ends,
/// so the lines tile the raw text with no gap.
/// </summary>
public sealed class SourceText
{
    private readonly SourceLine[] _lines;
    private readonly string[] _contents;

    public SourceText(string raw)
    {
        Raw = raw ?? throw new ArgumentNullException(nameof(raw));
        var lines = new List<SourceLine>();
        var start = 0;
        var i = 0;
        while (i < raw.Length)
        {
            var c = raw[i];
            if (c == '\r' || c == '\n')
            {
                var contentEnd = i;
                i += c == '\r' && i + 1 < raw.Length && raw[i + 1] == '\n' ? 2 : 1;
                lines.Add(new SourceLine(lines.Count + 1, start, contentEnd - start, i));
                start = i;
            }
            else
            {
                i++;
            }
        }

        if (start < raw.Length)
        {
            lines.Add(new SourceLine(lines.Count + 1, start, raw.Length - start, raw.Length));
        }

        _lines = lines.ToArray();

        // A line's content is cut out when first asked for: some readers want only where the lines are.
        _contents = new string[_lines.Length];
    }

    public string Raw { get; }

    public int Count => _lines.Length;

    /// <summary>The line at a 0-based index.</summary>
    public SourceLine this[int index] => _lines[index];

    /// <summary>The content of the line at a 0-based index, without its break.</summary>
    public string Text(int index) => _contents[index] ??= Raw.Substring(_lines[index].Start, _lines[index].Length);

    public bool IsBlank(int index) => string.IsNullOrWhiteSpace(Text(index));

    /// <summary>The 1-based line that holds a raw offset.</summary>
    public int LineOf(int offset)
    {
        int low = 0, high = _lines.Length - 1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (offset < _lines[mid].Start)
            {
                high = mid - 1;
            }
            else if (offset >= _lines[mid].End)
            {
                low = mid + 1;
            }
            else
            {
                return mid + 1;
            }
        }

        return Math.Max(1, Math.Min(offset, _lines.Length));
    }
}

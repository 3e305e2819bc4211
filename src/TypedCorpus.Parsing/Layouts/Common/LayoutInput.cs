using System.Collections.Generic;
using TypedCorpus.Parsing.Catalog;
using TypedCorpus.Parsing.Text;

namespace TypedCorpus.Parsing.Layouts.Common;

/// <summary>A seed as the layouts see it: its lines, its runs of non-blank lines, and its catalog entry.</summary>
public sealed class LayoutInput
{
    public LayoutInput(SourceText source, CatalogEntry entry)
    {
        Source = source;
        Entry = entry;
        var chunks = new List<Chunk>();
        var first = -1;
        for (var i = 0; i < source.Count; i++)
        {
            if (source.IsBlank(i))
            {
                if (first >= 0)
                {
                    chunks.Add(new Chunk(first, i - 1));
                    first = -1;
                }
            }
            else if (first < 0)
            {
                first = i;
            }
        }

        if (first >= 0)
        {
            chunks.Add(new Chunk(first, source.Count - 1));
        }

        Chunks = chunks;
    }

    public SourceText Source { get; }

    public CatalogEntry Entry { get; }

    /// <summary>Maximal runs of non-blank lines, in order.</summary>
    public IReadOnlyList<Chunk> Chunks { get; }

    public string Line(int index) => Source.Text(index);

    /// <summary>The line opens a list's item: with a bullet or a number, or with a dash in a run of them.</summary>
    public bool IsListItem(int index) => (LineShapes.OpensItem(Line(index)) && !IsDayAfterMonth(index)) || IsDashItem(index);

    // "talks in Tokyo on Aug." over "28. The Russian side ...": a day a line break put at the line's start, not an item.
    private bool IsDayAfterMonth(int index) => index > 0 && !Source.IsBlank(index - 1) && LineShapes.IsDayAfterMonth(Line(index - 1), Line(index));

    // An item of a list marked with dashes ("– why ...", "– what ..."): the line opens with a dash, and so does the
    // nearest line above or below it with text, blank lines between or not. A lone line that opens with a dash is a
    // sentence's dash.
    private bool IsDashItem(int index) =>
        LineShapes.OpensWithDash(Line(index)) && (OpensWithDash(NearestText(index, -1)) || OpensWithDash(NearestText(index, 1)));

    private bool OpensWithDash(int index) => index >= 0 && LineShapes.OpensWithDash(Line(index));

    /// <summary>The nearest line with text from the line in the direction (-1 up, 1 down); -1 if there is none.</summary>
    public int NearestText(int index, int direction)
    {
        for (var i = index + direction; i >= 0 && i < Source.Count; i += direction)
        {
            if (!Source.IsBlank(i))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Compounds the seed writes with a hyphen inside a line ("long-term"), in lower case: the same compound broken
    /// at a line end keeps its hyphen when it is joined back.
    /// </summary>
    public ISet<string> Compounds => _compounds ??= FindCompounds(Source);

    private HashSet<string>? _compounds;

    private static HashSet<string> FindCompounds(SourceText source)
    {
        var compounds = new HashSet<string>(System.StringComparer.Ordinal);
        for (var i = 0; i < source.Count; i++)
        {
            var line = source.Text(i);
            for (var dash = line.IndexOf('-'); dash > 0 && dash < line.Length - 1; dash = line.IndexOf('-', dash + 1))
            {
                if (!char.IsLetter(line[dash - 1]) || !char.IsLetter(line[dash + 1]))
                {
                    continue;
                }

                var start = dash;
                while (start > 0 && char.IsLetter(line[start - 1]))
                {
                    start--;
                }

                var end = dash + 1;
                while (end < line.Length && char.IsLetter(line[end]))
                {
                    end++;
                }

                compounds.Add(line.Substring(start, end - start).ToLowerInvariant());
            }
        }

        return compounds;
    }

    /// <summary>
    /// The first line with a marker of the styles showing <paramref name="number"/> (a plain number glued to a
    /// sentence's stop, "markedly.1 In", where a page lost its superscripts; a superscript, "Kurils.¹"); -1 when none does.
    /// </summary>
    public int FirstLineMarked(MarkerStyles styles, int number)
    {
        _firstMarked ??= new Dictionary<MarkerStyles, Dictionary<int, int>>();
        if (!_firstMarked.TryGetValue(styles, out var lines))
        {
            _firstMarked[styles] = lines = FindMarked(Source, styles);
        }

        return lines.TryGetValue(number, out var line) ? line : -1;
    }

    private Dictionary<MarkerStyles, Dictionary<int, int>>? _firstMarked;

    private static Dictionary<int, int> FindMarked(SourceText source, MarkerStyles styles)
    {
        var lines = new Dictionary<int, int>();
        for (var i = 0; i < source.Count; i++)
        {
            foreach (var marker in FootnoteMarkers.Find(source.Text(i), styles))
            {
                if (!lines.ContainsKey(marker.Number))
                {
                    lines[marker.Number] = i;
                }
            }
        }

        return lines;
    }

    /// <summary>Whether a line opens with a superscript digit ("¹ Japanese Ministry ..."): the seed labels its notes so.</summary>
    public bool LabelsNotesWithSuperscripts => _labelsNotesWithSuperscripts ??= FindSuperscriptLabel(Source);

    private bool? _labelsNotesWithSuperscripts;

    private static bool FindSuperscriptLabel(SourceText source)
    {
        for (var i = 0; i < source.Count; i++)
        {
            var line = source.Text(i).TrimStart();
            if (line.Length > 1 && FootnoteMarkers.IsSuperscriptDigit(line[0]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The lines of a chunk joined with single spaces, trimmed.</summary>
    public string Joined(Chunk chunk)
    {
        var builder = new System.Text.StringBuilder();
        for (var i = chunk.First; i <= chunk.Last; i++)
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(Source.Text(i).Trim());
        }

        return builder.ToString();
    }
}

/// <summary>A maximal run of non-blank lines (0-based, inclusive).</summary>
public readonly record struct Chunk(int First, int Last)
{
    public int LineCount => Last - First + 1;
}

using System;
using System.Collections.Generic;
using System.Text;

namespace TypedCorpus.Parsing.Text;

/// <summary>One piece of a spliced text: a run of the source text, or a run of the splice's extra characters.</summary>
/// <param name="FromSource">True for a run of the source, false for a run of <see cref="TextSplice.Extra"/>.</param>
/// <param name="Start">Where the run starts in the source or in the extra characters.</param>
public readonly record struct SplicePiece(bool FromSource, int Start, int Length);

/// <summary>
/// A text described as runs of another text it was derived from, plus the few characters the other text lacks:
/// a document's clean text is mostly runs of its seed, so the generator embeds the seed once and the clean text
/// as a splice of it. Runs never split a surrogate pair, so each piece converts to UTF-8 on its own.
/// </summary>
public sealed class TextSplice
{
    // A run shorter than this costs more as a piece than as extra characters.
    private const int MinRun = 8;

    // How much of the source is searched ahead of the last run, and how long the searched-for stretch is.
    private const int Window = 512;
    private const int Probe = 12;

    // Every Stride-th stretch of the source is indexed, so a stretch found anywhere is found by one of Stride probes.
    private const int Stride = 8;

    private TextSplice(List<SplicePiece> pieces, string extra)
    {
        Pieces = pieces;
        Extra = extra;
    }

    /// <summary>The pieces, in the order of the target text.</summary>
    public IReadOnlyList<SplicePiece> Pieces { get; }

    /// <summary>The target's characters that no run of the source gives.</summary>
    public string Extra { get; }

    /// <summary>
    /// Splits <paramref name="target"/> into runs of <paramref name="source"/> and extra characters. Greedy and
    /// linear in practice: after each run it looks ahead in the source first, then anywhere in it by a sampled index.
    /// </summary>
    public static TextSplice Of(string target, string source)
    {
        var pieces = new List<SplicePiece>();
        var extra = new StringBuilder();
        Dictionary<ulong, int>? index = null;
        var extraRun = 0;
        var i = 0;
        var j = 0;
        while (i < target.Length)
        {
            var run = j < source.Length ? RunLength(target, i, source, j) : 0;
            if (run >= MinRun || (run > 0 && i + run == target.Length))
            {
                pieces.Add(new SplicePiece(true, j, run));
                i += run;
                j += run;
                extraRun = 0;
                continue;
            }

            // The whole source is searched where a run of extra characters starts and then now and again, not at
            // every character of it: an OCR correction is a run of characters found nowhere.
            var searchEverywhere = extraRun % Probe == 0;
            var found = FindAhead(target, i, source, j);
            if (found < 0 && searchEverywhere)
            {
                found = FindAnywhere(target, i, source, index ??= BuildIndex(source));
            }

            if (found >= 0 && RunLength(target, i, source, found) >= MinRun)
            {
                j = found;
                continue;
            }

            // Take the character, and its low surrogate with it, as extra.
            var take = char.IsHighSurrogate(target[i]) && i + 1 < target.Length ? 2 : 1;
            if (pieces.Count > 0 && !pieces[pieces.Count - 1].FromSource)
            {
                var last = pieces[pieces.Count - 1];
                pieces[pieces.Count - 1] = last with { Length = last.Length + take };
            }
            else
            {
                pieces.Add(new SplicePiece(false, extra.Length, take));
            }

            extra.Append(target, i, take);
            i += take;
            extraRun += take;
        }

        return new TextSplice(pieces, extra.ToString());
    }

    // How many characters match from target[i] and source[j] on, ending before a split surrogate pair.
    private static int RunLength(string target, int i, string source, int j)
    {
        if (char.IsLowSurrogate(target[i]))
        {
            return 0;
        }

        var length = 0;
        while (i + length < target.Length && j + length < source.Length && target[i + length] == source[j + length])
        {
            length++;
        }

        return length > 0 && char.IsHighSurrogate(target[i + length - 1]) ? length - 1 : length;
    }

    // Where target[i..i+Probe] occurs in the source just ahead of j; -1 if not there.
    private static int FindAhead(string target, int i, string source, int j)
    {
        if (target.Length - i < Probe || j >= source.Length)
        {
            return -1;
        }

        return source.IndexOf(target.Substring(i, Probe), j, Math.Min(Window, source.Length - j), StringComparison.Ordinal);
    }

    // Where target[i..] occurs anywhere in the source, by the index of every Stride-th stretch; -1 if nowhere.
    private static int FindAnywhere(string target, int i, string source, Dictionary<ulong, int> index)
    {
        for (var offset = 0; offset < Stride && i + offset + Probe <= target.Length; offset++)
        {
            if (index.TryGetValue(Hash(target, i + offset), out var at) && at - offset >= 0 && at + Probe <= source.Length
                && string.CompareOrdinal(source, at - offset, target, i, Probe + offset) == 0)
            {
                return at - offset;
            }
        }

        return -1;
    }

    private static Dictionary<ulong, int> BuildIndex(string source)
    {
        // From the end backwards, so that the first place a stretch stands is the one kept.
        var index = new Dictionary<ulong, int>(source.Length / Stride + 1);
        for (var at = source.Length < Probe ? -1 : (source.Length - Probe) / Stride * Stride; at >= 0; at -= Stride)
        {
            index[Hash(source, at)] = at;
        }

        return index;
    }

    // FNV-1a over Probe characters.
    private static ulong Hash(string text, int start)
    {
        var hash = 14695981039346656037UL;
        for (var k = start; k < start + Probe; k++)
        {
            hash = (hash ^ text[k]) * 1099511628211UL;
        }

        return hash;
    }
}

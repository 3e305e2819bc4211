using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace TypedCorpus.Parsing.Ocr;

/// <summary>
/// Reads a heading that OCR garbled past word-by-word correction ("tlr\SIII\lOTO ,\N l) ..." is "HASHIMOTO AND ...").
/// Capitals in a heading break into strokes and their spaces move ("IS SI I ES" is "ISSUES"), so the line is
/// read as a whole: the cheapest segmentation into words, where a space may fall inside a word or be missing and a
/// run of one to three thin strokes (l, I, t, \, ', ...) may stand for any letter. A channel that loose needs a
/// small vocabulary: a heading names what its document talks about, so its words are the document's own (as
/// corrected) and the corpus's, weighted by how often the document uses them. A reading is taken only when it
/// costs little per letter; otherwise the caller keeps its own.
/// </summary>
public sealed class HeadingReader
{
    private const int MaxHeadingLength = 120;
    private const double WordBudget = 1.0;
    private const double BudgetPerLetter = 0.7;
    private const double ChannelWeight = 3.0;
    private const double ThinStrokeCost = 1.3;
    private const double ThinGlyphCost = 0.9;
    private const int MaxGlyphStrokes = 3;
    private const double SubstituteCost = 2.0;
    private const double DeleteSpaceCost = 0.3;
    private const double DeleteThinCost = 0.7;
    private const double DeleteOtherCost = 1.6;
    private const double InsertCost = 2.0;
    private const double RunTogetherCost = 1.0;
    private const double MaxCostPerLetter = 0.7;
    private const double DocumentWeight = 4;
    private const int BeamWidth = 6;
    private const double UnknownLetterCost = 0.4;
    private const int TitleWordLength = 4;
    private const double Unreadable = 1e9;
    private const double MinGeneralCount = 100;
    private const double GeneralWeight = 3000;
    private const double PairShare = 0.4;

    private static readonly char[] TrailingMarks = { '.', ',', ':', ';', '?', '!' };

    // Strokes that broken capitals leave: bars, slashes, quotes, brackets and the narrow letters OCR reads them as.
    private const string ThinStrokes = "lIi1|!tfjrT\\/'`,;:.)(][}{";

    // Capitals of one outline that OCR takes for each other.
    private static readonly Confusion[] CapitalShapes =
    {
        new("C", "G", 0.9), new("G", "C", 0.9), new("O", "D", 0.9), new("D", "O", 0.9), new("O", "Q", 0.9), new("E", "F", 0.9), new("F", "E", 0.9),
        new("P", "R", 0.9), new("R", "P", 0.9), new("B", "R", 0.9), new("U", "V", 0.9), new("V", "U", 0.9), new("H", "N", 0.9), new("N", "H", 0.9),
    };

    private readonly Lexicon _lexicon;
    private readonly LexiconTrie _trie;
    private readonly Dictionary<string, double> _weights = new(StringComparer.Ordinal);
    private readonly double _total;

    /// <param name="lexicon">The corrector's lexicon, with the corpus's words.</param>
    /// <param name="documentText">The document's text, already corrected word by word; its unknown words are left out.</param>
    public HeadingReader(Lexicon lexicon, string documentText)
    {
        _lexicon = lexicon;
        foreach (var lower in lexicon.CommonWords(MinGeneralCount))
        {
            _weights[lower] = lexicon.CorpusCount(lower) + (lexicon.Count(lower) - Lexicon.DomainWeight * lexicon.CorpusCount(lower)) / GeneralWeight;
        }

        // The document's own words, as the word-by-word corrector left them, weigh more.
        foreach (var word in Lexicon.Words(documentText))
        {
            var lower = word.ToLowerInvariant();
            if (lower.Length > 0 && lexicon.Contains(lower))
            {
                _weights[lower] = (_weights.TryGetValue(lower, out var weight) ? weight : 0) + DocumentWeight;
            }
        }

        _total = _weights.Values.Sum();
        _trie = new LexiconTrie(_weights.Keys);
    }

    /// <summary>A reading of the heading, cased like it; null when no reading is cheap enough to trust.</summary>
    public string? Read(string heading)
    {
        var text = string.Join(" ", heading.Split(new[] { ' ', '\t', '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length == 0 || text.Length > MaxHeadingLength)
        {
            return null;
        }

        var words = WordsByStart(text);
        var hypotheses = new List<Hypothesis>?[text.Length + 1];
        hypotheses[0] = new List<Hypothesis> { new(0, 0, null, null, 0, 0, null) };
        for (var i = 0; i < text.Length; i++)
        {
            var here = hypotheses[i];
            if (here is null)
            {
                continue;
            }

            // A space between words is free; a stray mark or letter between words is dropped.
            var dropped = text[i] == ' ' ? 0 : DropCost(text[i]);
            foreach (var h in here.ToList())
            {
                Offer(hypotheses, i + 1, new Hypothesis(h.Score + ChannelWeight * dropped, h.Cost + dropped, h.Previous, null, h.Letters, i, h));
            }

            if (text[i] == ' ')
            {
                continue;
            }

            foreach (var (end, word, cost) in words[i] ?? Enumerable.Empty<(int, string, double)>())
            {
                var total = cost + (end < text.Length && text[end] != ' ' ? RunTogetherCost : 0);
                foreach (var h in here)
                {
                    var score = h.Score + ChannelWeight * total - LogProbability(h.Previous, word);
                    Offer(hypotheses, end, new Hypothesis(score, h.Cost + total, word, word, h.Letters + word.Length, i, h));
                }
            }
        }

        // The likeliest of the readings that are cheap enough: a likelier but dearer one is a guess.
        var best = hypotheses[text.Length]?.FirstOrDefault(h => h.Letters > 0 && h.Cost / h.Letters <= MaxCostPerLetter);
        if (best is null)
        {
            return null;
        }

        var read = new List<Hypothesis>();
        for (var h = best; h != null; h = h.Back)
        {
            if (h.Word != null)
            {
                read.Add(h);
            }
        }

        read.Reverse();
        return Cased(text, read);
    }

    // The document's word weights, mixed with the corpus's word pairs ("peace treaty").
    private double LogProbability(string? previous, string word)
    {
        var unigram = ((_weights.TryGetValue(Possessed(word), out var w) ? w : 0) + 0.5) / (_total + 1);
        var pair = previous is null ? 0 : _lexicon.FollowShare(Possessed(previous), Possessed(word));
        return Math.Log(PairShare * pair + (1 - PairShare) * unigram);
    }

    // Each position keeps its best few readings, one per last word.
    private static void Offer(List<Hypothesis>?[] hypotheses, int position, Hypothesis hypothesis)
    {
        var list = hypotheses[position] ??= new List<Hypothesis>(BeamWidth + 1);
        var same = list.FindIndex(h => h.Previous == hypothesis.Previous);
        if (same >= 0)
        {
            if (list[same].Score <= hypothesis.Score)
            {
                return;
            }

            list.RemoveAt(same);
        }

        var at = list.FindIndex(h => h.Score > hypothesis.Score);
        list.Insert(at < 0 ? list.Count : at, hypothesis);
        if (list.Count > BeamWidth)
        {
            list.RemoveAt(list.Count - 1);
        }
    }

    /// <summary>
    /// Every vocabulary word the text may be a reading of somewhere, by where it starts: for each word and each end,
    /// the cheapest alignment and its start. One dynamic-programming row per trie node (words share their
    /// prefixes' rows); a prefix already far too dear is not followed.
    /// </summary>
    private List<(int End, string Word, double Cost)>[] WordsByStart(string text)
    {
        var n = text.Length;
        var glyphs = GlyphCosts(text);
        var byStart = new List<(int, string, double)>[n + 1];
        // Row d holds, for each end j, the cheapest reading of a d-letter prefix ending there and where it started;
        // only cells in [Low, High] are live, the rest are out of budget.
        // A word starts where a token does, or after a mark; OCR runs letters together far less often than it splits them.
        var root = new Row(new double[n + 1], Enumerable.Range(0, n + 1).ToArray()) { Low = 0, High = n };
        for (var j = 0; j <= n; j++)
        {
            root.Cost[j] = j == 0 || (j < n && !char.IsLetter(text[j - 1])) ? 0 : Unreadable;
        }

        var rows = new List<Row> { root };
        var letters = new StringBuilder();

        void Visit(int node, int depth)
        {
            var (first, end) = _trie.Children(node);
            var parent = rows[depth];
            var bound = WordBudget + BudgetPerLetter * (depth + 1);
            for (var entry = first; entry < end; entry++)
            {
                var letter = _trie.ChildChar(entry);
                var child = _trie.ChildNode(entry);
                if (rows.Count <= depth + 1)
                {
                    rows.Add(new Row(new double[n + 1], new int[n + 1]));
                }

                var row = rows[depth + 1];
                var cost = row.Cost;
                var start = row.Start;
                row.Low = int.MaxValue;
                row.High = -1;
                // A word's first letter is read, not supplied: a missing letter is supplied only inside a word.
                var firstEnd = depth > 0 ? parent.Low : parent.Low + 1;
                for (var j = firstEnd; j <= n; j++)
                {
                    var best = Unreadable;
                    var from = -1;
                    if (depth > 0 && j <= parent.High)
                    {
                        best = parent.Cost[j] + InsertCost;
                        from = parent.Start[j];
                    }

                    for (var k = 1; k <= MaxGlyphStrokes && k <= j; k++)
                    {
                        var at = j - k;
                        if (at < parent.Low || at > parent.High)
                        {
                            continue;
                        }

                        var read = parent.Cost[at] + (letter >= 'a' && letter <= 'z' ? glyphs[(j * (MaxGlyphStrokes + 1) + k) * 26 + letter - 'a']
                            : k == 1 && char.ToLowerInvariant(text[j - 1]) == letter ? 0 : Unreadable);
                        if (read < best)
                        {
                            best = read;
                            from = parent.Start[at];
                        }
                    }

                    // A character dropped inside the word (not before its first letter: the word starts later instead).
                    if (j - 1 >= row.Low && j - 1 <= row.High && cost[j - 1] + DropCost(text[j - 1]) < best)
                    {
                        best = cost[j - 1] + DropCost(text[j - 1]);
                        from = start[j - 1];
                    }

                    if (best <= bound)
                    {
                        cost[j] = best;
                        start[j] = from;
                        row.Low = Math.Min(row.Low, j);
                        row.High = j;
                    }
                    else
                    {
                        cost[j] = Unreadable;
                        if (j > parent.High + MaxGlyphStrokes)
                        {
                            break;
                        }
                    }
                }

                if (row.High < 0)
                {
                    continue;
                }

                letters.Append(letter);
                if (_trie.IsWord(child))
                {
                    Collect(letters.ToString(), row);
                }

                Visit(child, depth + 1);
                letters.Length--;
            }
        }

        void Collect(string word, Row row)
        {
            var cost = row.Cost;
            var start = row.Start;
            for (var j = row.Low; j <= row.High; j++)
            {
                if (cost[j] <= WordBudget + BudgetPerLetter * word.Length && start[j] >= 0 && start[j] < j && text[start[j]] != ' ' && text[j - 1] != ' ')
                {
                    Add(start[j], j, word, cost[j]);
                    // "Asia's": a possessive reads as its word.
                    if (j + 1 < n && (text[j] == '\'' || text[j] == '\u2019') && text[j + 1] == 's')
                    {
                        Add(start[j], j + 2, word + "'s", cost[j]);
                    }
                }
            }
        }

        void Add(int from, int to, string word, double cost) => (byStart[from] ??= new List<(int, string, double)>()).Add((to, word, cost));

        Visit(LexiconTrie.Root, 0);

        // A word as written stays readable: free when the lexicon knows it, at a price per letter when not ("ENDNOTES").
        for (var i = 0; i < n; i++)
        {
            if (text[i] != ' ' && (i == 0 || text[i - 1] == ' '))
            {
                var end = text.IndexOf(' ', i) is var space and >= 0 ? space : n;
                var word = text.Substring(i, end - i).TrimEnd(TrailingMarks);
                if (word.Length > 0 && word.All(char.IsLetterOrDigit))
                {
                    var lower = word.ToLowerInvariant();
                    Add(i, i + word.Length, lower, _lexicon.Contains(lower) ? 0 : UnknownLetterCost * word.Length);
                }
            }
        }

        return byStart;
    }

    /// <summary>The cost of reading the k characters before position j as a letter, at [(j * (MaxGlyphStrokes + 1) + k) * 26 + letter].</summary>
    private static double[] GlyphCosts(string text)
    {
        var glyphs = new double[(text.Length + 1) * (MaxGlyphStrokes + 1) * 26];
        for (var i = 0; i < glyphs.Length; i++)
        {
            glyphs[i] = Unreadable;
        }

        for (var j = 1; j <= text.Length; j++)
        {
            for (var k = 1; k <= MaxGlyphStrokes && k <= j; k++)
            {
                if (text.IndexOf(' ', j - k, k) >= 0)
                {
                    continue;
                }

                var read = text.Substring(j - k, k);
                var offset = (j * (MaxGlyphStrokes + 1) + k) * 26;
                void Offer(char letter, double cost)
                {
                    var at = char.ToLowerInvariant(letter) - 'a';
                    if (at >= 0 && at < 26 && cost < glyphs[offset + at])
                    {
                        glyphs[offset + at] = cost;
                    }
                }

                if (read.All(IsThin))
                {
                    for (var letter = 'a'; letter <= 'z'; letter++)
                    {
                        Offer(letter, k == 1 ? ThinStrokeCost : ThinGlyphCost);
                    }
                }

                if (k == 1)
                {
                    Offer(read[0], 0);
                    if (char.IsLetterOrDigit(read[0]))
                    {
                        for (var letter = 'a'; letter <= 'z'; letter++)
                        {
                            Offer(letter, SubstituteCost);
                        }
                    }
                }

                foreach (var confusion in ConfusionModel.StartingWith(read[0]).Concat(CapitalShapes))
                {
                    if (confusion.Read == read && confusion.Printed.Length == 1)
                    {
                        Offer(confusion.Printed[0], confusion.Cost);
                    }
                }
            }
        }

        return glyphs;
    }

    private static string Possessed(string word) => word.EndsWith("'s", StringComparison.Ordinal) ? word.Substring(0, word.Length - 2) : word;

    private static double DropCost(char c) => c == ' ' ? DeleteSpaceCost : IsThin(c) ? DeleteThinCost : DeleteOtherCost;

    private static bool IsThin(char c) => ThinStrokes.IndexOf(c) >= 0;

    // Capitals stay capitals. A heading that capitalises a word that is no name is in title case: its words of four
    // letters or more are capitalised, and the first. Otherwise a word is capitalised where the heading did, or as the corpus writes it.
    private string Cased(string text, List<Hypothesis> words)
    {
        var letters = text.Where(char.IsLetter).ToList();
        if (letters.Count(char.IsUpper) * 2 > letters.Count)
        {
            return string.Join(" ", words.Select(w => w.Word!.ToUpperInvariant()));
        }

        var displays = words.Select(w => _lexicon.Display(w.Word!)).ToList();
        var titleCase = words.Where((w, i) => i > 0 && char.IsUpper(text[w.Start]) && !char.IsUpper(displays[i][0])).Any();
        return string.Join(" ", words.Select((w, i) =>
        {
            var display = displays[i];
            var capital = char.IsUpper(display[0]) || i == 0 || char.IsUpper(text[w.Start]) || (titleCase && display.Length >= TitleWordLength);
            return capital ? char.ToUpperInvariant(display[0]) + display.Substring(1) : display;
        }));
    }

    private sealed class Row
    {
        public Row(double[] cost, int[] start)
        {
            Cost = cost;
            Start = start;
        }

        public double[] Cost { get; }

        public int[] Start { get; }

        public int Low { get; set; }

        public int High { get; set; }
    }

    /// <summary>A reading up to a position: its score (channel and word costs), its channel cost, its last word and where that started.</summary>
    private sealed record Hypothesis(double Score, double Cost, string? Previous, string? Word, int Letters, int Start, Hypothesis? Back);
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;

namespace TypedCorpus.Parsing.Ocr;

/// <summary>
/// Reads a heading that OCR garbled past word-by-word correction ("tlr\SIII\lOTO ,\N l) ..." is "HASHIMOTO AND ...").
/// Capitals in a heading break into strokes and their spaces move ("IS SI I ES" is "ISSUES"), so the line is
/// read as a whole: the cheapest segmentation into words, where a space may fall inside a word or be missing and a
/// run of one to three thin strokes (l, I, t, \, ', ...) may stand for any letter. A channel that loose needs a
/// small vocabulary: a heading names what its document talks about, so its words are the document's own (as
/// corrected, with the names it repeats), the corpus's and common English, weighted up by how often the document
/// uses them. A reading is taken only when it costs little per letter; otherwise the caller keeps its own.
/// </summary>
public sealed class HeadingReader
{
    // Under 254, as a search keeps its positions (and a possessive's, two further) in bytes.
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
    private const int WordsPerStretch = 4;
    private const int MinNameCount = 3;
    private const double UnknownLetterCost = 0.4;
    private const int TitleWordLength = 4;
    private const double Unreadable = 1e9;
    private const double MinGeneralCount = 100;
    private const double GeneralWeight = 3000;
    private const double PairShare = 0.4;

    // Cells before position 0 in a search row, so that a glyph of k strokes ending at j reads cell j - k without a test.
    private const int Pad = MaxGlyphStrokes;

    private static readonly char[] TrailingMarks = { '.', ',', ':', ';', '?', '!' };

    // Strokes that broken capitals leave: bars, slashes, quotes, brackets and the narrow letters OCR reads them as.
    private const string ThinStrokes = "lIi1|!tfjrT\\/'`,;:.)(][}{";
    private const string RoundLetters = "cgoqs";
    private static readonly char[] Curves = { '(', ')', '{', '}' };

    // Capitals of one outline that OCR takes for each other, and capitals it breaks into a bar and an angle or a foot.
    private static readonly Confusion[] CapitalShapes =
    {
        new("I<", "K", 0.6), new("l<", "K", 0.6), new("|<", "K", 0.6), new("I{", "K", 0.9), new("l{", "K", 0.9), new("I,", "L", 0.5), new("l,", "L", 0.5),
        new("C", "G", 0.9), new("G", "C", 0.9), new("O", "D", 0.9), new("D", "O", 0.9), new("O", "Q", 0.9), new("E", "F", 0.9), new("F", "E", 0.9),
        new("P", "R", 0.9), new("R", "P", 0.9), new("B", "R", 0.9), new("U", "V", 0.9), new("V", "U", 0.9), new("H", "N", 0.9), new("N", "H", 0.9),
    };

    // The corpus's and common English words with their weights, built once per lexicon (a lexicon serves many builds).
    private static readonly ConditionalWeakTable<Lexicon, Vocabulary> SharedVocabularies = new();

    // A heading's search takes up to half a megabyte (its glyphs' costs, up to thousands of places a word may be read):
    // a few documents' headings are kept.
    private const int MaxHeadingsRemembered = 64;

    private readonly Lexicon _lexicon;
    private readonly Vocabulary _shared;
    private readonly Vocabulary? _ownWords;
    private readonly WordWeights _sharedWeights;
    private readonly WordWeights? _ownWeights;
    private readonly Dictionary<string, int> _documentCounts = new(StringComparer.Ordinal);
    private readonly double _total;

    /// <param name="lexicon">The corrector's lexicon, with the corpus's words.</param>
    /// <param name="documentText">The document's text, already corrected word by word; of the words the lexicon lacks, only repeated names count.</param>
    public HeadingReader(Lexicon lexicon, string documentText)
    {
        _lexicon = lexicon;
        _shared = SharedVocabularies.GetValue(lexicon, l => new Vocabulary(l.CommonWords(MinGeneralCount)
            .Select(w => (w, l.CorpusCount(w) + (l.Count(w) - Lexicon.DomainWeight * l.CorpusCount(w)) / GeneralWeight)), remembersSearches: true));

        // The document's own words, as the word-by-word corrector left them, weigh more. Its names are among the words
        // the lexicon lacks: one that repeats and is shaped like a name or an English word counts too ("Sakhalin").
        var unknown = new Dictionary<string, (int Count, int Capitalised)>(StringComparer.Ordinal);
        foreach (var word in Lexicon.Words(documentText))
        {
            var lower = word.ToLowerInvariant();
            if (lexicon.Contains(lower))
            {
                _documentCounts[lower] = _documentCounts.TryGetValue(lower, out var count) ? count + 1 : 1;
            }
            else if (lower.Length > 0)
            {
                unknown.TryGetValue(lower, out var seen);
                unknown[lower] = (seen.Count + 1, seen.Capitalised + (char.IsUpper(word[0]) ? 1 : 0));
            }
        }

        foreach (var entry in unknown)
        {
            var (count, capitalised) = entry.Value;
            if (count >= MinNameCount && entry.Key.All(char.IsLetter) && (capitalised * 3 >= count * 2 || lexicon.LooksLikeEnglish(entry.Key)))
            {
                _documentCounts[entry.Key] = count;
            }
        }

        var own = _documentCounts.Keys.Where(w => !_shared.Weights.ContainsKey(w)).OrderBy(w => w, StringComparer.Ordinal).Select(w => (w, 0.0)).ToList();
        _ownWords = own.Count > 0 ? new Vocabulary(own) : null;
        _total = _shared.Total + DocumentWeight * _documentCounts.Values.Sum();
        _sharedWeights = new WordWeights(_shared, Unigram);
        _ownWeights = _ownWords is null ? null : new WordWeights(_ownWords, Unigram);
    }

    /// <summary>A reading of the heading, cased like it; null when no reading is cheap enough to trust.</summary>
    [MethodImpl(MethodOptions.HotLoop)]
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

            // The corpus's pairs after each reading's last word, looked up once for all the words that may follow it.
            var after = here.Select(h => _lexicon.After(h.Previous is null ? null : Possessed(h.Previous))).ToArray();
            foreach (var (end, word, cost, unigram) in words[i] ?? Enumerable.Empty<Edge>())
            {
                var total = cost + (end < text.Length && text[end] != ' ' ? RunTogetherCost : 0);
                var possessed = Possessed(word);
                for (var k = 0; k < here.Count; k++)
                {
                    var h = here[k];
                    var score = h.Score + ChannelWeight * total - LogProbability(after[k], possessed, unigram);
                    if (CanEnter(hypotheses[end], word, score))
                    {
                        Offer(hypotheses, end, new Hypothesis(score, h.Cost + total, word, word, h.Letters + word.Length, i, h));
                    }
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
    private static double LogProbability(Lexicon.Followers after, string possessed, double unigram) =>
        Math.Log(PairShare * after.Share(possessed) + (1 - PairShare) * unigram);

    private double Unigram(string word)
    {
        var lower = Possessed(word);
        var weight = (_shared.Weights.TryGetValue(lower, out var shared) ? shared : 0) + (_documentCounts.TryGetValue(lower, out var count) ? DocumentWeight * count : 0);
        return (weight + 0.5) / (_total + 1);
    }

    // Whether a reading would enter a position's list, before one is made for it.
    [MethodImpl(MethodOptions.HotLoop)]
    private static bool CanEnter(List<Hypothesis>? list, string word, double score)
    {
        if (list is null)
        {
            return true;
        }

        foreach (var h in list)
        {
            if (h.Previous == word)
            {
                return score < h.Score;
            }
        }

        return list.Count < BeamWidth || score < list[list.Count - 1].Score;
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
    /// the cheapest alignment and its start.
    /// </summary>
    [MethodImpl(MethodOptions.HotLoop)]
    private List<Edge>?[] WordsByStart(string text)
    {
        // The corpus's words are looked for once per heading as written: where they may be read depends on the text and
        // the lexicon alone, and a build reads the same headings again. Only this document's weights are applied anew.
        var known = _shared.Searches!.TryGetValue(text, out var search);
        var finder = new WordFinder(text, known ? search.Glyphs : GlyphCosts(text), Unigram);
        if (!known)
        {
            search = new HeadingSearch(finder.Glyphs, finder.Search(_shared));
            _shared.Searches.Remember(text, search);
        }

        finder.Add(search.SharedHits, _shared, _sharedWeights);
        if (_ownWords != null)
        {
            finder.Add(finder.Search(_ownWords), _ownWords, _ownWeights!);
        }

        // A word as written stays readable: free when the lexicon knows it, at a price per letter when not ("ENDNOTES").
        // A number, or words joined as print joins them ("G-8", "U.S.-Japan"), is taken as it is.
        var n = text.Length;
        for (var i = 0; i < n; i++)
        {
            if (text[i] != ' ' && (i == 0 || text[i - 1] == ' '))
            {
                var end = text.IndexOf(' ', i) is var space and >= 0 ? space : n;
                var word = text.Substring(i, end - i).TrimEnd(TrailingMarks);
                if (word.Length > 0 && word.All(char.IsLetter))
                {
                    var lower = word.ToLowerInvariant();
                    finder.Add(i, i + word.Length, lower, _lexicon.Contains(lower) ? 0 : UnknownLetterCost * word.Length);
                }
                else if (word.Length > 0 && OcrCorrection.IsPrintedWord(word))
                {
                    finder.Add(i, i + word.Length, word, 0, unigram: 1);
                }
            }
        }

        var edges = new List<Edge>?[n + 1];
        foreach (var stretch in finder.Stretches)
        {
            if (stretch is null)
            {
                continue;
            }

            foreach (var edge in stretch.Likeliest)
            {
                (edges[stretch.Start] ??= new List<Edge>()).Add(edge);
            }
        }

        return edges;
    }

    /// <summary>One stretch of text and the few words likeliest to be its reading on their own (channel and word cost): only they go on to the line's reading.</summary>
    private sealed class Stretch
    {
        private readonly double[] _scores = new double[WordsPerStretch];
        private readonly Edge[] _edges = new Edge[WordsPerStretch];
        private int _count;

        public Stretch(int start) => Start = start;

        public int Start { get; }

        public IEnumerable<Edge> Likeliest => _edges.Take(_count);

        /// <param name="wordCost">The word's own cost, minus the log of its probability.</param>
        public void Offer(Edge edge, double wordCost)
        {
            var score = ChannelWeight * edge.Cost + wordCost;
            if (_count == WordsPerStretch && score > _scores[WordsPerStretch - 1])
            {
                return;
            }

            var at = _count;
            while (at > 0 && (_scores[at - 1] > score || (_scores[at - 1] == score && string.CompareOrdinal(_edges[at - 1].Word, edge.Word) > 0)))
            {
                at--;
            }

            if (at == WordsPerStretch)
            {
                return;
            }

            for (var i = Math.Min(_count, WordsPerStretch - 1); i > at; i--)
            {
                _scores[i] = _scores[i - 1];
                _edges[i] = _edges[i - 1];
            }

            _scores[at] = score;
            _edges[at] = edge;
            _count = Math.Min(_count + 1, WordsPerStretch);
        }
    }

    /// <summary>A word the text may be read as: where its reading ends, its channel cost, and its probability on its own.</summary>
    private readonly record struct Edge(int End, string Word, double Cost, double Unigram);

    /// <summary>
    /// Where a vocabulary's word (by its trie node) may be read, and at what channel cost; as a possessive ("Asia's")
    /// when so marked. Sixteen bytes, as a heading has thousands: a heading is never longer than a byte can count.
    /// </summary>
    private readonly record struct Hit(double Cost, int Node, byte Start, byte End, bool Possessive);

    /// <summary>What a heading as written gives every reader: its glyphs' costs, and where the shared vocabulary's words may be read.</summary>
    private sealed record HeadingSearch(double[] Glyphs, Hit[] SharedHits);

    /// <summary>
    /// The search behind <see cref="WordsByStart"/>: one dynamic-programming row per trie node (words share their
    /// prefixes' rows). Row d holds, for each end j, the cheapest reading of the d-letter prefix ending there and
    /// where it started; live cells lie in a few runs, every other cell is unreadable (so the loop needs no range
    /// tests), and a prefix with no live cell is not followed. A cell can be live only within a glyph's strokes after
    /// a live cell of its parent, or right after a live cell of its own (a dropped character), so a row is worked out
    /// only there: most of a heading is far from where a given prefix can be read.
    /// </summary>
    private sealed class WordFinder
    {
        private const int MaxDepth = 64;

        private readonly string _text;
        private readonly int _length;
        private readonly Dictionary<char, double[]> _otherGlyphs = new();
        private readonly Func<string, double> _unigram;
        private readonly List<Hit> _hits = new();
        private double[]? _dropCosts;
        private Row?[]? _rows;

        public WordFinder(string text, double[] glyphs, Func<string, double> unigram)
        {
            _unigram = unigram;
            Stretches = new Stretch?[(text.Length + 1) * (text.Length + 1)];
            _text = text;
            _length = text.Length;
            Glyphs = glyphs;
        }

        /// <summary>The heading's glyph costs (see <see cref="GlyphCosts"/>).</summary>
        public double[] Glyphs { get; }

        /// <summary>The words found, by the stretch of text they read (start * (length + 1) + end).</summary>
        public Stretch?[] Stretches { get; }

        /// <summary>Where the text may read the vocabulary's words, in the order they are found.</summary>
        public Hit[] Search(Vocabulary vocabulary)
        {
            if (_rows is null)
            {
                StartSearching();
            }

            _hits.Clear();
            Visit(vocabulary.Trie, LexiconTrie.Root, 0);
            return _hits.ToArray();
        }

        /// <summary>Offers the words found to their stretches, weighed as this reader weighs them, in the order found.</summary>
        public void Add(Hit[] hits, Vocabulary vocabulary, WordWeights weights)
        {
            foreach (var hit in hits)
            {
                var word = vocabulary.Words[hit.Node]!;
                var (unigram, wordCost) = weights.Of(hit.Node);
                Add(hit.Start, hit.End, hit.Possessive ? word + "'s" : word, hit.Cost, unigram, wordCost);
            }
        }

        // The search's rows, made only when a heading is searched, not when its words are remembered; a row past the
        // root only when a word is that long.
        private void StartSearching()
        {
            _dropCosts = new double[Pad + _length];
            for (var i = 0; i < _length; i++)
            {
                _dropCosts[Pad + i] = DropCost(_text[i]);
            }

            _rows = new Row?[MaxDepth + 1];
            var root = _rows[0] = new Row(Pad + _length + 1);

            // A word starts where a token does, or after a mark; OCR runs letters together far less often than it splits them.
            for (var j = 0; j <= _length; j++)
            {
                root.Start[Pad + j] = j;
                if (j == 0 || (j < _length && !char.IsLetter(_text[j - 1])))
                {
                    root.Cost[Pad + j] = 0;
                    root.AddLive(j);
                }
            }
        }

        [MethodImpl(MethodOptions.HotLoop)]
        private void Visit(LexiconTrie trie, int node, int depth)
        {
            if (depth >= MaxDepth)
            {
                return;
            }

            var n = _length;
            var dropCosts = _dropCosts!;
            var parent = _rows![depth]!;
            var parentCost = parent.Cost;
            var parentStart = parent.Start;
            var parentRuns = parent.Runs;
            var parentRunCount = parent.RunCount;
            var row = _rows[depth + 1] ??= new Row(Pad + _length + 1);
            var cost = row.Cost;
            var start = row.Start;
            var bound = WordBudget + BudgetPerLetter * (depth + 1);

            // A word's first letter is read, not supplied: a missing letter is supplied only inside a word.
            var insertCost = depth > 0 ? InsertCost : Unreadable;
            var (first, end) = trie.Children(node);
            for (var entry = first; entry < end; entry++)
            {
                var letter = trie.ChildChar(entry);
                var glyphs = letter >= 'a' && letter <= 'z' ? Glyphs : OtherGlyphs(letter);
                var glyphBase = letter >= 'a' && letter <= 'z' ? (letter - 'a') * (n + 1) * (MaxGlyphStrokes + 1) : 0;
                row.Clear();
                var done = -1;
                for (var r = 0; r < parentRunCount; r++)
                {
                    // The cells a glyph can reach from this run of the parent, and on while characters are dropped.
                    var reach = parentRuns[(2 * r) + 1] + MaxGlyphStrokes;
                    if (reach <= done)
                    {
                        continue;
                    }

                    // The parent's cells and this row's last cell slide along in locals, so each cell is loaded once; Math.Min is one
                    // instruction where a comparison branches (costs are never NaN or -0, where the two differ).
                    var j = Math.Max(parentRuns[2 * r], done + 1);
                    var (before1, before2, before3) = (parentCost[Pad + j - 1], parentCost[Pad + j - 2], parentCost[Pad + j - 3]);
                    var last = cost[Pad + j - 1];
                    for (; j <= n; j++)
                    {
                        var cell = Pad + j;
                        var glyph = glyphBase + j * (MaxGlyphStrokes + 1);
                        var here = parentCost[cell];

                        // The cheapest of: a letter supplied, read from one to three characters (MaxGlyphStrokes), or a character
                        // dropped inside the word (after its first letter). Most cells are over the bound, so the start is found only for a live one.
                        var inserted = here + insertCost;
                        var read1 = before1 + glyphs[glyph + 1];
                        var read2 = before2 + glyphs[glyph + 2];
                        var read3 = before3 + glyphs[glyph + 3];
                        var dropped = last + dropCosts[cell - 1];
                        var best = Math.Min(Math.Min(Math.Min(inserted, read1), Math.Min(read2, read3)), dropped);
                        if (best <= bound)
                        {
                            cost[cell] = best;
                            start[cell] = best == inserted ? parentStart[cell]
                                : best == read1 ? parentStart[cell - 1]
                                : best == read2 ? parentStart[cell - 2]
                                : best == read3 ? parentStart[cell - 3]
                                : start[cell - 1];
                            last = best;
                            row.AddLive(j);
                        }
                        else
                        {
                            cost[cell] = Unreadable;
                            last = Unreadable;
                            if (j >= reach)
                            {
                                break;
                            }
                        }

                        (before3, before2, before1) = (before2, before1, here);
                    }

                    // A run worked out to the text's end leaves nothing for the runs after it.
                    done = j;
                    if (done > n)
                    {
                        break;
                    }
                }

                if (row.RunCount == 0)
                {
                    continue;
                }

                var child = trie.ChildNode(entry);
                if (trie.IsWord(child))
                {
                    Collect(child, depth + 1, row);
                }

                Visit(trie, child, depth + 1);
            }
        }

        // A character other than a-z (an apostrophe, a digit) is read only as itself, from one character.
        private double[] OtherGlyphs(char letter)
        {
            if (!_otherGlyphs.TryGetValue(letter, out var glyphs))
            {
                glyphs = new double[(_length + 1) * (MaxGlyphStrokes + 1)];
                for (var j = 0; j <= _length; j++)
                {
                    for (var k = 1; k <= MaxGlyphStrokes; k++)
                    {
                        glyphs[j * (MaxGlyphStrokes + 1) + k] = k == 1 && j >= 1 && char.ToLowerInvariant(_text[j - 1]) == letter ? 0 : Unreadable;
                    }
                }

                _otherGlyphs[letter] = glyphs;
            }

            return glyphs;
        }

        public void Add(int from, int to, string word, double cost) => Add(from, to, word, cost, _unigram(word));

        public void Add(int from, int to, string word, double cost, double unigram) => Add(from, to, word, cost, unigram, -Math.Log(unigram));

        private void Add(int from, int to, string word, double cost, double unigram, double wordCost)
        {
            var key = from * (_length + 1) + to;
            var stretch = Stretches[key] ??= new Stretch(from);
            stretch.Offer(new Edge(to, word, cost, unigram), wordCost);
        }

        private void Collect(int node, int depth, Row row)
        {
            var budget = WordBudget + BudgetPerLetter * depth;
            for (var r = 0; r < row.RunCount; r++)
            {
                for (var j = row.Runs[2 * r]; j <= row.Runs[(2 * r) + 1]; j++)
                {
                    var start = row.Start[Pad + j];
                    if (row.Cost[Pad + j] <= budget && start >= 0 && start < j && _text[start] != ' ' && _text[j - 1] != ' ')
                    {
                        _hits.Add(new Hit(row.Cost[Pad + j], node, (byte)start, (byte)j, Possessive: false));
                        // "Asia's": a possessive reads as its word.
                        if (j + 1 < _length && (_text[j] == '\'' || _text[j] == '\u2019') && _text[j + 1] == 's')
                        {
                            _hits.Add(new Hit(row.Cost[Pad + j], node, (byte)start, (byte)(j + 2), Possessive: true));
                        }
                    }
                }
            }
        }
    }

    /// <summary>
    /// The cost of reading the k characters before position j as a letter, at [(letter * (length + 1) + j) * (MaxGlyphStrokes + 1) + k]:
    /// a letter's costs lie together, as the search reads them letter by letter; k = 0 and k > j are unreadable.
    /// </summary>
    [MethodImpl(MethodOptions.HotLoop)]
    private static double[] GlyphCosts(string text)
    {
        var glyphs = new double[26 * (text.Length + 1) * (MaxGlyphStrokes + 1)];
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
                void Offer(char letter, double cost)
                {
                    var at = char.ToLowerInvariant(letter) - 'a';
                    var cell = (at * (text.Length + 1) + j) * (MaxGlyphStrokes + 1) + k;
                    if (at >= 0 && at < 26 && cost < glyphs[cell])
                    {
                        glyphs[cell] = cost;
                    }
                }

                // Straight strokes make straight letters; a round one (C, G, O, Q, S) needs a curve among them.
                if (read.All(IsThin))
                {
                    var curved = read.IndexOfAny(Curves) >= 0;
                    for (var letter = 'a'; letter <= 'z'; letter++)
                    {
                        if (curved || RoundLetters.IndexOf(letter) < 0)
                        {
                            Offer(letter, k == 1 ? ThinStrokeCost : ThinGlyphCost);
                        }
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

                foreach (var confusion in ConfusionModel.Default.StartingWith(read[0]).Concat(CapitalShapes))
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
            // Taken as printed: a number, "G-8".
            if (string.CompareOrdinal(text, w.Start, w.Word, 0, w.Word!.Length) == 0 && !w.Word.All(char.IsLetter))
            {
                return w.Word;
            }

            var display = displays[i];
            var capital = char.IsUpper(display[0]) || i == 0 || char.IsUpper(text[w.Start]) || (titleCase && display.Length >= TitleWordLength);
            return capital ? char.ToUpperInvariant(display[0]) + display.Substring(1) : display;
        }));
    }

    /// <summary>Words to read headings with: their trie, each word by its trie node, and their weights.</summary>
    private sealed class Vocabulary
    {
        /// <param name="words">Each word once, in ordinal order, as the trie is built from them with no sort.</param>
        /// <param name="remembersSearches">Whether the headings searched with it are remembered: a vocabulary that serves many builds.</param>
        public Vocabulary(IEnumerable<(string Word, double Weight)> words, bool remembersSearches = false)
        {
            Searches = remembersSearches ? new RememberedValues<string, HeadingSearch>(MaxHeadingsRemembered) : null;
            var sorted = new List<string>();
            foreach (var (word, weight) in words)
            {
                Weights.Add(word, weight);
                sorted.Add(word);
            }

            Total = Weights.Values.Sum();
            Trie = LexiconTrie.FromSorted(sorted.ToArray());
            Words = new string?[Trie.NodeCount];
            foreach (var word in Weights.Keys)
            {
                Words[Trie.Node(word)] = word;
            }
        }

        public Dictionary<string, double> Weights { get; } = new(StringComparer.Ordinal);

        public double Total { get; }

        public LexiconTrie Trie { get; }

        /// <summary>The word that ends at each node, so the search spells none.</summary>
        public string?[] Words { get; }

        /// <summary>Where each heading searched with this vocabulary may read its words.</summary>
        public RememberedValues<string, HeadingSearch>? Searches { get; }
    }

    /// <summary>A reader's probability of each of a vocabulary's words, and its cost, worked out once per word.</summary>
    private sealed class WordWeights
    {
        private readonly Vocabulary _vocabulary;
        private readonly Func<string, double> _unigram;
        private readonly double[] _unigrams;
        private readonly double[] _costs;

        public WordWeights(Vocabulary vocabulary, Func<string, double> unigram)
        {
            _vocabulary = vocabulary;
            _unigram = unigram;
            _unigrams = new double[vocabulary.Trie.NodeCount];
            _costs = new double[vocabulary.Trie.NodeCount];
        }

        /// <summary>The word's probability (never 0) and minus its log.</summary>
        public (double Unigram, double Cost) Of(int node)
        {
            if (_unigrams[node] == 0)
            {
                _unigrams[node] = _unigram(_vocabulary.Words[node]!);
                _costs[node] = -Math.Log(_unigrams[node]);
            }

            return (_unigrams[node], _costs[node]);
        }
    }

    /// <summary>One row of <see cref="WordFinder"/>: per cell, a cost and a start; live only in its runs, unreadable elsewhere.</summary>
    private sealed class Row
    {
        public readonly double[] Cost;
        public readonly int[] Start;

        /// <summary>The runs that hold the live cells, as first and last cell: Runs[2r] and Runs[2r + 1].</summary>
        public readonly int[] Runs;
        public int RunCount;

        public Row(int cells)
        {
            Cost = new double[cells];
            Start = new int[cells];
            Runs = new int[2 * cells];
            for (var i = 0; i < cells; i++)
            {
                Cost[i] = Unreadable;
            }
        }

        /// <summary>Marks a cell live, after every cell marked so far: live cells close enough for one glyph to bridge them share a run.</summary>
        public void AddLive(int j)
        {
            if (RunCount > 0 && j <= Runs[(2 * RunCount) - 1] + MaxGlyphStrokes + 1)
            {
                Runs[(2 * RunCount) - 1] = j;
            }
            else
            {
                Runs[2 * RunCount] = j;
                Runs[(2 * RunCount) + 1] = j;
                RunCount++;
            }
        }

        /// <summary>Makes every cell unreadable again, and the row empty.</summary>
        public void Clear()
        {
            for (var r = 0; r < RunCount; r++)
            {
                for (var j = Runs[2 * r]; j <= Runs[(2 * r) + 1]; j++)
                {
                    Cost[Pad + j] = Unreadable;
                }
            }

            RunCount = 0;
        }
    }

    /// <summary>A reading up to a position: its score (channel and word costs), its channel cost, its last word and where that started.</summary>
    private sealed record Hypothesis(double Score, double Cost, string? Previous, string? Word, int Letters, int Start, Hypothesis? Back);
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using TypedCorpus.Parsing.Text;

namespace TypedCorpus.Parsing.Ocr;

/// <summary>
/// Word counts counted from a corpus's clean documents: the domain half of the lexicon (names, terms), with
/// the word pairs that give the corrector its context. Value-equal, so a generator step that depends on it
/// re-runs only when the clean documents' words change.
/// </summary>
public sealed record DomainWords(EquatableArray<WordCount> Words, EquatableArray<WordPair> Pairs)
{
    public static DomainWords Empty { get; } = new(EquatableArray<WordCount>.Empty, EquatableArray<WordPair>.Empty);

    /// <summary>
    /// Counts the words and adjacent word pairs of clean texts; case is kept as most often written inside a sentence. Counts are
    /// rounded down to a power of two and words seen once are left out, so that a small edit to a clean seed
    /// leaves the counts equal and the OCR'd documents that depend on them cached.
    /// </summary>
    public static DomainWords Count(IEnumerable<string> texts)
    {
        // Each distinct spelling is numbered once and points to its lower-case word's entry; pairs are keyed by
        // two entry numbers. A token seen before costs a hash: no string is built per token or per pair.
        var forms = new WordForms();
        var formEntry = new List<int>();
        var formCount = new List<int>();
        var entryIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var lowers = new List<string>();
        var entryCount = new List<int>();
        // Sized ahead: about one new pair per ten characters of text, and a table that grows rehashes all it holds.
        var all = texts as IReadOnlyList<string> ?? texts.ToList();
        var pairs = new PackedCounts(all.Sum(t => t.Length) / 10);
        foreach (var text in all)
        {
            var previous = -1;
            var atStart = true;
            foreach (var (start, length) in Lexicon.WordSpans(text))
            {
                if (length == 0)
                {
                    previous = -1;
                    atStart |= !char.IsDigit(text[start]);
                    continue;
                }

                var form = forms.Add(text, start, length);
                if (form == formEntry.Count)
                {
                    var lower = LowerCase(forms[form]);
                    if (!entryIds.TryGetValue(lower, out var entry))
                    {
                        entry = lowers.Count;
                        entryIds[lower] = entry;
                        lowers.Add(lower);
                        entryCount.Add(0);
                    }

                    formEntry.Add(entry);
                    formCount.Add(0);
                }

                // A capital where a sentence or a line starts is no sign of a name: only the other uses count for the case.
                if (!atStart)
                {
                    formCount[form]++;
                }

                atStart = false;

                var id = formEntry[form];
                entryCount[id]++;
                if (previous >= 0)
                {
                    pairs.Add(((long)previous << 32) | (uint)id);
                }

                previous = id;
            }
        }

        // Words seen once are left out, and so are the pairs they are in.
        var (display, caseSeen) = DisplayForms(forms, formEntry, formCount, lowers);
        var kept = Enumerable.Range(0, lowers.Count).Where(e => entryCount[e] >= 2).ToArray();
        var words = kept.Select(e => new WordCount(display[e], Bucket(entryCount[e]), caseSeen[e])).ToArray();
        Array.Sort(words, CompareWords);

        var repeatedPairs = OrderedPairs(pairs.AtLeast(2), kept, lowers, Bucket);
        return new DomainWords(new EquatableArray<WordCount>(words), new EquatableArray<WordPair>(repeatedPairs));
    }

    /// <summary>
    /// A word the corpus ever writes in lower case is a common word ("war" of "World War"); one it capitalises inside
    /// a sentence is a name, written as most often there (ties: the first in ordinal order). A word capitalised only
    /// where a sentence, a line or a heading starts ("Chapter 1", "INTRODUCTION") is written in lower case.
    /// </summary>
    /// <param name="formCount">Each form's uses inside a sentence.</param>
    private static (string[] Display, bool[] CaseSeen) DisplayForms(WordForms forms, List<int> formEntry, List<int> formCount, List<string> lowers)
    {
        var display = lowers.ToArray();
        var uses = new int[lowers.Count];
        for (var form = 0; form < forms.Count; form++)
        {
            var entry = formEntry[form];
            var spelling = forms[form];
            if (uses[entry] == int.MaxValue)
            {
                continue;
            }

            if (string.Equals(spelling, lowers[entry], StringComparison.Ordinal))
            {
                (display[entry], uses[entry]) = (spelling, int.MaxValue);
            }
            else if (formCount[form] > uses[entry] || (formCount[form] > 0 && formCount[form] == uses[entry] && string.CompareOrdinal(spelling, display[entry]) < 0))
            {
                (display[entry], uses[entry]) = (spelling, formCount[form]);
            }
        }

        return (display, uses.Select(u => u > 0).ToArray());
    }

    private static int CompareWords(WordCount a, WordCount b) => string.CompareOrdinal(a.Word, b.Word);

    /// <summary>
    /// Pairs keyed by two word numbers, as word pairs in the ordinal order of their words (first, then second):
    /// each word's rank in that order makes one key of two numbers, and keys sort as numbers, not as strings.
    /// </summary>
    /// <param name="ids">The numbers of every word the pairs hold; sorted here.</param>
    /// <param name="words">The words (lower case), by number.</param>
    private static WordPair[] OrderedPairs(IEnumerable<(long Pair, int Count)> pairs, int[] ids, IReadOnlyList<string> words, Func<int, int> count)
    {
        Array.Sort(ids, (a, b) => string.CompareOrdinal(words[a], words[b]));
        var rank = new int[words.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            rank[ids[i]] = i;
        }

        var listed = pairs.ToList();
        var keys = new long[listed.Count];
        var counts = new int[listed.Count];
        var at = 0;
        foreach (var (pair, n) in listed)
        {
            keys[at] = ((long)rank[(int)(pair >> 32)] << 32) | (uint)rank[(int)(pair & 0xFFFFFFFF)];
            counts[at++] = n;
        }

        Array.Sort(keys, counts);
        var ordered = new WordPair[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            ordered[i] = new WordPair(words[ids[(int)(keys[i] >> 32)]], words[ids[(int)(keys[i] & 0xFFFFFFFF)]], count(counts[i]));
        }

        return ordered;
    }

    // Most words are written in lower case already: no new string for them.
    private static string LowerCase(string token)
    {
        foreach (var c in token)
        {
            if (char.ToLowerInvariant(c) != c)
            {
                return token.ToLowerInvariant();
            }
        }

        return token;
    }

    // The form of the documents that show the word's case (one that writes "Japan" only to start sentences does not), then
    // the form more documents write, or the lower-case one, or the first in ordinal order: the same whatever the order of documents.
    private static string PreferredForm(WordCount a, WordCount b)
    {
        if (a.Word == b.Word)
        {
            return a.Word;
        }

        if (a.CaseSeen != b.CaseSeen)
        {
            return a.CaseSeen ? a.Word : b.Word;
        }

        var aLower = a.Word == a.Word.ToLowerInvariant();
        var bLower = b.Word == b.Word.ToLowerInvariant();
        if (aLower != bLower)
        {
            return aLower ? a.Word : b.Word;
        }

        return a.Count != b.Count ? (a.Count > b.Count ? a.Word : b.Word) : string.CompareOrdinal(a.Word, b.Word) <= 0 ? a.Word : b.Word;
    }

    private static int Bucket(int count)
    {
        var power = 1;
        while (power * 2 <= count)
        {
            power *= 2;
        }

        return power;
    }

    /// <summary>The words of several clean documents: each counted on its own, then merged (as the generator does, one document per step).</summary>
    public static DomainWords FromDocuments(IEnumerable<string> texts) => Merge(texts.Select(text => Count(new[] { text })));

    /// <summary>Merges counts from several documents.</summary>
    public static DomainWords Merge(IEnumerable<DomainWords> parts)
    {
        var words = new Dictionary<string, WordCount>(StringComparer.Ordinal);

        // Pairs are counted by the numbers of their words, as in Count; there are at most as many as the parts hold.
        var all = parts as IReadOnlyList<DomainWords> ?? parts.ToList();
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var pairWords = new List<string>();
        var pairs = new PackedCounts(all.Sum(part => part.Pairs.Count));
        int Number(string word)
        {
            if (!numbers.TryGetValue(word, out var number))
            {
                number = pairWords.Count;
                numbers[word] = number;
                pairWords.Add(word);
            }

            return number;
        }

        foreach (var part in all)
        {
            foreach (var word in part.Words)
            {
                var key = word.Word.ToLowerInvariant();
                words[key] = words.TryGetValue(key, out var existing)
                    ? new WordCount(PreferredForm(existing, word), existing.Count + word.Count, existing.CaseSeen || word.CaseSeen)
                    : word;
            }

            foreach (var pair in part.Pairs)
            {
                pairs.Add(((long)Number(pair.First) << 32) | (uint)Number(pair.Second), pair.Count);
            }
        }

        var merged = words.Values.ToArray();
        Array.Sort(merged, CompareWords);
        var mergedPairs = OrderedPairs(pairs.AtLeast(1), Enumerable.Range(0, pairWords.Count).ToArray(), pairWords, count => count);
        return new DomainWords(new EquatableArray<WordCount>(merged), new EquatableArray<WordPair>(mergedPairs));
    }
}

/// <summary>The context-free readings of a token that <see cref="CorrectorMemo.Readings"/> remembers.</summary>
internal enum TokenReading
{
    RunTogether,
    FunctionWordRunOn,
    LikelierRealWord,
}

/// <summary>
/// A word as most often written, and how often it occurs. <paramref name="CaseSeen"/>: the text wrote it inside a sentence
/// or in lower case; a word seen only where sentences and lines start is in lower case for want of a sign of its case.
/// </summary>
public readonly record struct WordCount(string Word, int Count, bool CaseSeen = true);

/// <summary>Two words (lower case) that follow each other, and how often.</summary>
public readonly record struct WordPair(string First, string Second, int Count);

/// <summary>
/// The corrector's lexicon: a general English word-frequency list (SUBTLEXus, <c>Ocr/Data</c>) plus the words of
/// the corpus's clean documents, weighted up so that a name the corpus uses often outranks a rare English word.
/// </summary>
public sealed class Lexicon
{
    /// <summary>How much one occurrence in the corpus counts against one in the general list.</summary>
    public const double DomainWeight = 300;

    private const string GeneralResource = "TypedCorpus.Parsing.Ocr.subtlex-us.tsv";

    // A word's probability after another: this share from the corpus's pairs, the rest from the word's own probability.
    private const double PairWeight = 0.4;
    private static readonly Lazy<GeneralList> GeneralWords = new(GeneralList.Load);

    private readonly Dictionary<string, LexiconWord> _words;
    private readonly string[] _sortedWords;
    private readonly Dictionary<string, Followers> _followers;
    private readonly double _total;

    // How many words hold each letter triple: the general list's, shared; and the triples that occur in enough words
    // only once the corpus's own words are added.
    private readonly PackedCounts _generalTrigrams;
    private readonly HashSet<long> _corpusTrigrams = new(PackedKeyComparer.Instance);
    private readonly Dictionary<string, int> _corpusCounts = new(StringComparer.Ordinal);

    /// <summary>How many words a letter triple must occur in for a spelling to look like English.</summary>
    private const int PlausibleTrigramWords = 3;

    private Lexicon(DomainWords domain)
    {
        // The general list's part is worked out once per process; a lexicon adds the corpus's words to a copy of it.
        var general = GeneralWords.Value;
        _words = new Dictionary<string, LexiconWord>(general.Words, StringComparer.Ordinal);
        // Counts are whole numbers, so a sum in any order is exact.
        _total = general.Total;
        var added = new List<string>();
        foreach (var word in domain.Words)
        {
            var lower = word.Word.ToLowerInvariant();
            _corpusCounts[lower] = word.Count;
            _total += DomainWeight * word.Count;
            if (_words.TryGetValue(lower, out var existing))
            {
                // The corpus's spelling wins: its names are names; the general list's capitals come from speech.
                _words[lower] = new LexiconWord(word.Word, existing.Count + DomainWeight * word.Count);
            }
            else
            {
                _words[lower] = new LexiconWord(word.Word, DomainWeight * word.Count);
                added.Add(lower);
            }
        }

        var next = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var pairCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var pair in domain.Pairs)
        {
            if (!next.TryGetValue(pair.First, out var followers))
            {
                next[pair.First] = followers = new Dictionary<string, int>(StringComparer.Ordinal);
            }

            followers[pair.Second] = pair.Count;
            pairCounts[pair.First] = (pairCounts.TryGetValue(pair.First, out var n) ? n : 0) + pair.Count;
        }

        _followers = next.ToDictionary(f => f.Key, f => new Followers(f.Value, pairCounts[f.Key]), StringComparer.Ordinal);

        added.Sort(StringComparer.Ordinal);
        _sortedWords = SortedUnion(general.Sorted, added);
        Trie = LexiconTrie.FromSorted(_sortedWords);
        _reversedTrie = new Lazy<LexiconTrie>(() =>
        {
            var reversed = Array.ConvertAll(_sortedWords, Reversed);
            Array.Sort(reversed, StringComparer.Ordinal);
            return LexiconTrie.FromSorted(reversed);
        });

        // A triple is plausible when the general list's words and the corpus's new ones hold it often enough together.
        _generalTrigrams = general.TrigramWords;
        var addedTrigrams = new PackedCounts(added.Count * 4);
        foreach (var word in added)
        {
            for (var i = 0; i < word.Length; i++)
            {
                addedTrigrams.Add(Trigram(word, i));
            }
        }

        foreach (var (trigram, count) in addedTrigrams.AtLeast(1))
        {
            var inGeneral = _generalTrigrams.Count(trigram);
            if (inGeneral < PlausibleTrigramWords && inGeneral + count >= PlausibleTrigramWords)
            {
                _corpusTrigrams.Add(trigram);
            }
        }
    }

    // Two lists in ordinal order, each word once and none in both (the corpus's words here are those the general list
    // lacks), as one; an empty word is no trie word.
    private static string[] SortedUnion(string[] first, List<string> second)
    {
        var union = new List<string>(first.Length + second.Count);
        int i = 0, j = 0;
        while (i < first.Length || j < second.Count)
        {
            var next = j == second.Count || (i < first.Length && string.CompareOrdinal(first[i], second[j]) < 0) ? first[i++] : second[j++];
            if (next.Length > 0)
            {
                union.Add(next);
            }
        }

        return union.ToArray();
    }

    /// <summary>The general list alone.</summary>
    public static Lexicon General => GeneralLexicon.Value;

    // Built on first use: a corpus with clean documents has a lexicon of its own and never asks for this one, so a
    // process pays for one lexicon, not two.
    private static readonly Lazy<Lexicon> GeneralLexicon = new(() => new Lexicon(DomainWords.Empty));

    private static readonly object CacheLock = new();
    private static (DomainWords Domain, Lexicon Lexicon)? _last;

    /// <summary>The general list with these corpus words; the last one built is reused, as building one takes a moment.</summary>
    public static Lexicon WithDomain(DomainWords domain)
    {
        if (domain.Words.Count == 0)
        {
            return General;
        }

        lock (CacheLock)
        {
            if (_last is { } last && last.Domain == domain)
            {
                return last.Lexicon;
            }

            var lexicon = new Lexicon(domain);
            _last = (domain, lexicon);
            return lexicon;
        }
    }

    internal LexiconTrie Trie { get; }

    /// <summary>The words spelled backwards, so that what may end a word is known as well as what may start one.</summary>
    internal LexiconTrie ReversedTrie => _reversedTrie.Value;

    private readonly Lazy<LexiconTrie> _reversedTrie;

    private static string Reversed(string word)
    {
        var letters = word.ToCharArray();
        Array.Reverse(letters);
        return new string(letters);
    }

    private const int MaxModelsRemembered = 8;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<ConfusionModel, CorrectorMemo> _memos = new();

    /// <summary>What the corrector worked out with this lexicon and a confusion model, for the next text read with both.</summary>
    internal CorrectorMemo MemoFor(ConfusionModel model)
    {
        if (_memos.TryGetValue(model, out var memo))
        {
            return memo;
        }

        // Counted only on a miss: a concurrent dictionary's count takes all its locks.
        if (_memos.Count >= MaxModelsRemembered)
        {
            _memos.Clear();
        }

        return _memos.GetOrAdd(model, _ => new CorrectorMemo());
    }

    /// <summary>
    /// What <see cref="ConfusionLearner"/> found of each unknown token: the one confusion that makes it a likely word,
    /// or none. It depends on the token and this lexicon alone, and the documents a build reads again repeat their tokens.
    /// </summary>
    internal RememberedValues<string, (string Read, string Printed)?> Neighbours { get; } = new();

    public bool Contains(string lower) => _words.ContainsKey(lower);

    /// <summary>How often the word occurs (general count plus weighted corpus count); 0 when unknown.</summary>
    public double Count(string lower) => _words.TryGetValue(lower, out var entry) ? entry.Count : 0;

    /// <summary>The word as most often written ("Hashimoto", "the").</summary>
    public string Display(string lower) => _words.TryGetValue(lower, out var entry) ? entry.Display : lower;

    /// <summary>
    /// True when every letter triple of the word (with its ends) occurs in a few lexicon words: "unrealized" looks
    /// like English, "optirnisnr" does not. An unknown word that looks like English is likely a rare word, not a misreading.
    /// </summary>
    public bool LooksLikeEnglish(string lower)
    {
        for (var i = 0; i < lower.Length; i++)
        {
            var trigram = Trigram(lower, i);
            if (_generalTrigrams.Count(trigram) < PlausibleTrigramWords && !_corpusTrigrams.Contains(trigram))
            {
                return false;
            }
        }

        return true;
    }

    // The three characters at position i of "^word$", packed in a long: a spelling is checked without cutting out strings.
    private static long Trigram(string word, int i)
    {
        char At(int padded) => padded == 0 ? '^' : padded == word.Length + 1 ? '$' : word[padded - 1];
        return ((long)At(i) << 32) | ((long)At(i + 1) << 16) | At(i + 2);
    }

    /// <summary>The words of the corpus's clean documents and the general words used at least <paramref name="minCount"/> times, in lower case and in ordinal order.</summary>
    internal IEnumerable<string> CommonWords(double minCount) => _sortedWords.Where(w => _words[w].Count >= minCount || _corpusCounts.ContainsKey(w));

    /// <summary>How often the corpus's clean documents use the word (rounded down to a power of two).</summary>
    public int CorpusCount(string lower) => _corpusCounts.TryGetValue(lower, out var n) ? n : 0;

    /// <summary>Log probability of a word, smoothed for unknown ones.</summary>
    public double LogProbability(string lower) => Math.Log(Unigram(lower));

    /// <summary>The word's probability on its own, smoothed for unknown ones.</summary>
    internal double Unigram(string lower) => (Count(lower) + 0.5) / (_total + 1);

    /// <summary>Log probability of a word after another: the corpus's word pairs mixed with the word's own probability.</summary>
    public double LogProbability(string? previous, string lower) => LogProbability(After(previous), lower);

    /// <summary>The same, with the pairs that start with the previous word looked up once for many words.</summary>
    internal double LogProbability(Followers after, string lower) => LogProbability(after, lower, Unigram(lower));

    /// <summary>The same, with the word's own probability worked out once for many previous words.</summary>
    internal static double LogProbability(Followers after, string lower, double unigram) =>
        after.Words is null ? Math.Log(unigram) : Math.Log(PairWeight * after.Share(lower) + (1 - PairWeight) * unigram);

    /// <summary>The most a word of this probability on its own can have after any word: all its previous word's pairs go on with it.</summary>
    internal static double MostLogProbability(double unigram) => Math.Log(PairWeight + (1 - PairWeight) * unigram);

    /// <summary>The corpus's pairs that start with <paramref name="previous"/>; none for null or a word that starts none.</summary>
    internal Followers After(string? previous) => previous != null && _followers.TryGetValue(previous, out var followers) ? followers : default;

    /// <summary>The words that follow one word in the corpus's pairs, with how often, and how many pairs that word starts.</summary>
    internal readonly record struct Followers(Dictionary<string, int>? Words, double Total)
    {
        /// <summary>Of the pairs, the share that go on with <paramref name="lower"/>.</summary>
        public double Share(string lower) => Words != null && Words.TryGetValue(lower, out var pair) ? pair / Total : 0;
    }

    /// <summary>The words of a text, in order; an empty string marks a sentence or paragraph break.</summary>
    public static IEnumerable<string> Words(string text) =>
        WordSpans(text).Select(word => word.Length == 0 ? string.Empty : text.Substring(word.Start, word.Length));

    /// <summary>Where the words of a text are, in order; a length of 0 marks a sentence or paragraph break.</summary>
    internal static IEnumerable<(int Start, int Length)> WordSpans(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetter(c))
            {
                var start = i;
                while (i < text.Length && (char.IsLetter(text[i]) || (text[i] == '\'' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
                {
                    i++;
                }

                yield return (start, i - start);
                continue;
            }

            if (c == '.' || c == '\n' || c == '?' || c == '!' || char.IsDigit(c))
            {
                yield return (i, 0);
            }

            i++;
        }
    }

    /// <summary>
    /// The general list, read once per process, with what every lexicon built on it shares: its words as a lexicon
    /// keeps them, in ordinal order, and how many of them hold each letter triple.
    /// </summary>
    internal sealed class GeneralList
    {
        private GeneralList(Dictionary<string, LexiconWord> words, string[] sorted, double total)
        {
            Words = words;
            Sorted = sorted;
            Total = total;
            TrigramWords = new PackedCounts(words.Count);
            foreach (var word in Sorted)
            {
                for (var i = 0; i < word.Length; i++)
                {
                    TrigramWords.Add(Trigram(word, i));
                }
            }
        }

        /// <summary>Each lower-case word, as displayed ("I") and how often it occurs.</summary>
        public Dictionary<string, LexiconWord> Words { get; }

        public string[] Sorted { get; }

        /// <summary>The sum of the counts.</summary>
        public double Total { get; }

        public PackedCounts TrigramWords { get; }

        /// <summary>
        /// Reads the list as it is stored, in lower case and in ordinal order (Data/README.md): lower-casing, merging and
        /// sorting it here made its load in a fresh process twice as long (51 ms against 24). Read from its bytes, as
        /// it is ASCII: a line reader and a number parser per line were most of what was left.
        /// </summary>
        public static GeneralList Load()
        {
            using var stream = typeof(Lexicon).Assembly.GetManifestResourceStream(GeneralResource)
                ?? throw new InvalidOperationException("The word-frequency list " + GeneralResource + " is missing from the assembly.");
            var bytes = new byte[stream.Length];
            for (var read = 0; read < bytes.Length;)
            {
                var more = stream.Read(bytes, read, bytes.Length - read);
                read += more > 0 ? more : throw new InvalidOperationException("The word-frequency list " + GeneralResource + " ends before its length.");
            }

            return Read(bytes);
        }

        /// <summary>The list from its bytes: one <c>word&lt;TAB&gt;count</c> a line; a line with no word before a tab is passed over.</summary>
        internal static GeneralList Read(byte[] bytes)
        {
            var words = new Dictionary<string, LexiconWord>(60_000, StringComparer.Ordinal);
            var sorted = new List<string>(60_000);
            var total = 0.0;
            for (var (lineStart, lineNumber) = (0, 1); lineStart < bytes.Length; lineNumber++)
            {
                var lineEnd = Array.IndexOf(bytes, (byte)'\n', lineStart);
                lineEnd = lineEnd < 0 ? bytes.Length : lineEnd;
                var tab = Array.IndexOf(bytes, (byte)'\t', lineStart, lineEnd - lineStart);
                if (tab > lineStart)
                {
                    var word = Encoding.UTF8.GetString(bytes, lineStart, tab - lineStart);
                    if (sorted.Count > 0 && string.CompareOrdinal(sorted[sorted.Count - 1], word) >= 0)
                    {
                        throw new InvalidOperationException($"The word-frequency list {GeneralResource} has \"{word}\" out of order (line {lineNumber}): its words must be in ordinal order, each once.");
                    }

                    var count = ReadCount(bytes, tab + 1, lineEnd)
                        ?? throw new InvalidOperationException($"The word-frequency list {GeneralResource} has no count after \"{word}\" (line {lineNumber}).");
                    words.Add(word, new LexiconWord(word == "i" ? "I" : word, count));
                    sorted.Add(word);
                    total += count;
                }

                lineStart = lineEnd + 1;
            }

            return new GeneralList(words, sorted.ToArray(), total);
        }

        // The digits from start to end (a carriage return may end them), or null when there are none or anything else.
        private static long? ReadCount(byte[] bytes, int start, int end)
        {
            end = end > start && bytes[end - 1] == (byte)'\r' ? end - 1 : end;
            long count = 0;
            for (var i = start; i < end; i++)
            {
                if (bytes[i] < (byte)'0' || bytes[i] > (byte)'9')
                {
                    return null;
                }

                count = count * 10 + (bytes[i] - '0');
            }

            return end > start ? count : null;
        }
    }
}

/// <summary>
/// The corrector's work kept with a lexicon, for one confusion model. Keyed by the token alone: a dictionary keyed by
/// strings runs the runtime's precompiled code from a fresh process's first lookup, where one keyed by a tuple would
/// first be compiled without optimisation.
/// </summary>
internal sealed class CorrectorMemo
{
    /// <summary>The corrector's candidates for tokens it has seen, by the bounds searched; OCR repeats its misreadings.</summary>
    public RememberedValues<string, SearchedBounds> Candidates { get; } = new();

    /// <summary>
    /// Readings of a token that depend on nothing but the token (words run together, a likelier real word), one
    /// table per <see cref="TokenReading"/>: worked out once, as a document repeats its words and a build reads the
    /// same text again.
    /// </summary>
    public RememberedValues<string, string[]?>[] Readings { get; } =
        Enumerable.Range(0, Enum.GetValues(typeof(TokenReading)).Length).Select(_ => new RememberedValues<string, string[]?>()).ToArray();
}

/// <summary>
/// A token's candidate lists, by the cost bound each was searched with: never changed once made, so a thread that
/// reads one sees it whole (two threads adding a bound at once may keep one of them; the other is searched again).
/// </summary>
internal sealed class SearchedBounds
{
    private readonly double[] _bounds;
    private readonly List<(string[] Words, double Cost)>[] _lists;

    private SearchedBounds(double[] bounds, List<(string[] Words, double Cost)>[] lists)
    {
        _bounds = bounds;
        _lists = lists;
    }

    public static SearchedBounds None { get; } = new(Array.Empty<double>(), Array.Empty<List<(string[] Words, double Cost)>>());

    /// <summary>The list searched with exactly this bound, or null.</summary>
    public List<(string[] Words, double Cost)>? For(double bound)
    {
        var at = Array.IndexOf(_bounds, bound);
        return at < 0 ? null : _lists[at];
    }

    public SearchedBounds With(double bound, List<(string[] Words, double Cost)> list)
    {
        var bounds = new double[_bounds.Length + 1];
        var lists = new List<(string[] Words, double Cost)>[_lists.Length + 1];
        _bounds.CopyTo(bounds, 0);
        _lists.CopyTo(lists, 0);
        (bounds[_bounds.Length], lists[_lists.Length]) = (bound, list);
        return new SearchedBounds(bounds, lists);
    }
}

/// <summary>
/// Values a lexicon keeps for the builds that share it (so safe to use from several threads), started over when
/// they grow too many. Entries are counted as they are added: a concurrent dictionary's own count takes every one
/// of its locks, which cost the corrector's first reading of a document a fifth of its time.
/// </summary>
internal sealed class RememberedValues<TKey, TValue>
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<TKey, TValue> _values = new();
    private readonly int _maxRemembered;
    private int _added;

    public RememberedValues(int maxRemembered = 100_000) => _maxRemembered = maxRemembered;

    public bool TryGetValue(TKey key, out TValue value) => _values.TryGetValue(key, out value!);

    public void Remember(TKey key, TValue value)
    {
        if (System.Threading.Interlocked.Increment(ref _added) > _maxRemembered)
        {
            _values.Clear();
            System.Threading.Interlocked.Exchange(ref _added, 1);
        }

        _values[key] = value;
    }
}

/// <summary>
/// A lexicon word: as most often written, and how often it occurs. A class, not a tuple, so that the lexicon's
/// dictionary is of reference types, whose code the runtime ships compiled: a fresh process's corrector looks words
/// up hundreds of thousands of times before a dictionary of its own types would be compiled with optimisation.
/// </summary>
internal sealed record LexiconWord(string Display, double Count);

using System.Runtime.CompilerServices;

namespace TypedCorpus.Parsing.Ocr;

/// <summary>The lexicon's lower-case words as a compact trie, so that the corrector only explores spellings that lead to words.</summary>
internal sealed class LexiconTrie
{
    // Children of node n are entries _start[n] .. _start[n] + _count[n] - 1, sorted by character; arrays, as the
    // corrector's search reads them millions of times.
    private readonly char[] _childChar;
    private readonly bool[] _terminal;
    private readonly int[] _start;
    private readonly int[] _count;

    // Per node, which of a-z it has children for (bit 0 is a) and the entry of its first such child: the search asks
    // for a child by letter far more often than it lists them, and a bit count finds the entry with no search.
    private readonly uint[] _letters;
    private readonly int[] _firstLetter;

    // Built level by level from sorted words, so each node's children are contiguous and sorted, and nodes are
    // numbered in the order their entries are made: entry e leads to node e + 1. Sorted words share their prefixes
    // with the word before, so the nodes are counted first and every array is made once at its size.
    private LexiconTrie(string[] sorted)
    {
        var nodes = 1;
        for (var i = 0; i < sorted.Length; i++)
        {
            var shared = 0;
            if (i > 0)
            {
                var previous = sorted[i - 1];
                while (shared < previous.Length && shared < sorted[i].Length && previous[shared] == sorted[i][shared])
                {
                    shared++;
                }
            }

            nodes += sorted[i].Length - shared;
        }

        _childChar = new char[nodes - 1];
        _terminal = new bool[nodes];
        _start = new int[nodes];
        _count = new int[nodes];

        // The words under each node, and its depth; node n is worked on after every node before it, as made.
        var from = new int[nodes];
        var to = new int[nodes];
        var depthOf = new int[nodes];
        to[0] = sorted.Length;
        var made = 1;
        for (var node = 0; node < nodes; node++)
        {
            var (i, end, depth) = (from[node], to[node], depthOf[node]);
            while (i < end && sorted[i].Length == depth)
            {
                _terminal[node] = true;
                i++;
            }

            _start[node] = made - 1;
            while (i < end)
            {
                var c = sorted[i][depth];
                var j = i;
                while (j < end && sorted[j][depth] == c)
                {
                    j++;
                }

                _childChar[made - 1] = c;
                (from[made], to[made], depthOf[made]) = (i, j, depth + 1);
                made++;
                _count[node]++;
                i = j;
            }
        }

        _letters = new uint[nodes];
        _firstLetter = new int[nodes];
        for (var node = 0; node < nodes; node++)
        {
            var entry = _start[node];
            var end = entry + _count[node];
            while (entry < end && _childChar[entry] < 'a')
            {
                entry++;
            }

            _firstLetter[node] = entry;
            for (; entry < end && _childChar[entry] <= 'z'; entry++)
            {
                _letters[node] |= 1u << (_childChar[entry] - 'a');
            }
        }
    }

    /// <summary>The trie of words already distinct, non-empty and in ordinal order: no sort.</summary>
    public static LexiconTrie FromSorted(string[] sorted) => new(sorted);

    public const int Root = 0;

    public bool IsWord(int node) => _terminal[node];

    public int NodeCount => _terminal.Length;

    /// <summary>The node that spells <paramref name="word"/>, or -1.</summary>
    public int Node(string word)
    {
        var node = Root;
        for (var i = 0; i < word.Length && node >= 0; i++)
        {
            node = Child(node, word[i]);
        }

        return node;
    }

    /// <summary>The node of each prefix of <paramref name="word"/>, from the empty one to the whole (-1 past where the trie ends).</summary>
    public int[] PrefixNodes(string word)
    {
        var nodes = new int[word.Length + 1];
        nodes[0] = Root;
        for (var i = 0; i < word.Length; i++)
        {
            nodes[i + 1] = nodes[i] < 0 ? -1 : Child(nodes[i], word[i]);
        }

        return nodes;
    }

    /// <summary>
    /// In a trie of words spelled backwards, the node of each ending of <paramref name="word"/>: entry i is the
    /// ending from i on, and entry word.Length the empty one (-1 where no word ends so).
    /// </summary>
    public int[] EndingNodes(string word)
    {
        var nodes = new int[word.Length + 1];
        nodes[word.Length] = Root;
        for (var i = word.Length - 1; i >= 0; i--)
        {
            nodes[i] = nodes[i + 1] < 0 ? -1 : Child(nodes[i + 1], word[i]);
        }

        return nodes;
    }

    /// <summary>The child reached by <paramref name="c"/>, or -1.</summary>
    [MethodImpl(MethodOptions.HotLoop)]
    public int Child(int node, char c)
    {
        var letter = (uint)(c - 'a');
        if (letter < 26)
        {
            var letters = _letters[node];
            var bit = 1u << (int)letter;
            return (letters & bit) == 0 ? -1 : _firstLetter[node] + BitCount(letters & (bit - 1)) + 1;
        }

        int low = _start[node], high = _start[node] + _count[node] - 1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            var m = _childChar[mid];
            if (m == c)
            {
                return mid + 1;
            }

            if (m < c)
            {
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return -1;
    }

    // The number of bits set (netstandard2.0 has no BitOperations.PopCount).
    private static int BitCount(uint bits)
    {
        bits -= (bits >> 1) & 0x55555555u;
        bits = (bits & 0x33333333u) + ((bits >> 2) & 0x33333333u);
        return (int)((((bits + (bits >> 4)) & 0x0F0F0F0Fu) * 0x01010101u) >> 24);
    }

    /// <summary>The entries of a node's children: read each with <see cref="ChildChar"/> and <see cref="ChildNode"/>.</summary>
    public (int First, int End) Children(int node) => (_start[node], _start[node] + _count[node]);

    public char ChildChar(int entry) => _childChar[entry];

    /// <summary>Which of a-z a node has children for: bit 0 is a.</summary>
    public uint Letters(int node) => _letters[node];

    public int ChildNode(int entry) => entry + 1;
}

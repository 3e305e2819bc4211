using System;
using System.Collections.Generic;
using System.Linq;

namespace TypedCorpus.Parsing.Ocr;

/// <summary>The lexicon's lower-case words as a compact trie, so that the corrector only explores spellings that lead to words.</summary>
internal sealed class LexiconTrie
{
    private readonly List<char> _childChar = new();
    private readonly List<int> _childNode = new();
    private readonly List<bool> _terminal = new();

    public LexiconTrie(IEnumerable<string> words)
    {
        // Build level by level from sorted words so each node's children are contiguous and sorted.
        var sorted = words.Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).OrderBy(w => w, StringComparer.Ordinal).ToArray();
        var queue = new Queue<(int Node, int From, int To, int Depth)>();
        _terminal.Add(false);
        queue.Enqueue((0, 0, sorted.Length, 0));
        var childStart = new List<int>();
        var childCount = new List<int>();
        childStart.Add(0);
        childCount.Add(0);
        var nodes = 1;
        while (queue.Count > 0)
        {
            var (node, from, to, depth) = queue.Dequeue();
            var i = from;
            while (i < to && sorted[i].Length == depth)
            {
                _terminal[node] = true;
                i++;
            }

            childStart[node] = _childChar.Count;
            var count = 0;
            while (i < to)
            {
                var c = sorted[i][depth];
                var j = i;
                while (j < to && sorted[j][depth] == c)
                {
                    j++;
                }

                var child = nodes++;
                _terminal.Add(false);
                childStart.Add(0);
                childCount.Add(0);
                _childChar.Add(c);
                _childNode.Add(child);
                count++;
                queue.Enqueue((child, i, j, depth + 1));
                i = j;
            }

            childCount[node] = count;
        }

        _start = childStart.ToArray();
        _count = childCount.ToArray();
    }

    private readonly int[] _start;
    private readonly int[] _count;

    public const int Root = 0;

    public bool IsWord(int node) => _terminal[node];

    /// <summary>The child reached by <paramref name="c"/>, or -1.</summary>
    public int Child(int node, char c)
    {
        int low = _start[node], high = _start[node] + _count[node] - 1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            var m = _childChar[mid];
            if (m == c)
            {
                return _childNode[mid];
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

    /// <summary>Follows a whole string from a node; -1 when it leaves the trie.</summary>
    public int Walk(int node, string text)
    {
        foreach (var c in text)
        {
            node = Child(node, c);
            if (node < 0)
            {
                return -1;
            }
        }

        return node;
    }

    public IEnumerable<(char Char, int Node)> Children(int node)
    {
        for (var i = _start[node]; i < _start[node] + _count[node]; i++)
        {
            yield return (_childChar[i], _childNode[i]);
        }
    }
}

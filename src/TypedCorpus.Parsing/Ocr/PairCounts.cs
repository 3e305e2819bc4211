using System.Collections.Generic;

namespace TypedCorpus.Parsing.Ocr;

/// <summary>
/// How often each word pair occurs, keyed by two word numbers packed in one long, in one open-addressing table:
/// counting a corpus's pairs adds one for every token, and a dictionary spends two lookups on each.
/// </summary>
internal sealed class PairCounts
{
    // How full the table may be: probes stay short up to three quarters.
    private const double MaxLoad = 0.75;

    private long[] _keys;

    // 0 marks an empty slot: a pair in the table has been seen at least once.
    private int[] _counts;
    private int _used;

    /// <param name="expected">About how many distinct pairs will be added; the table grows past it.</param>
    public PairCounts(int expected)
    {
        var size = 16;
        while (size * MaxLoad < expected)
        {
            size *= 2;
        }

        _keys = new long[size];
        _counts = new int[size];
    }

    /// <summary>Counts <paramref name="count"/> more occurrences of the pair; a pair counted no times is not one.</summary>
    public void Add(long pair, int count = 1)
    {
        if (count <= 0)
        {
            return;
        }

        var mask = _keys.Length - 1;
        var slot = PackedKeyComparer.Instance.GetHashCode(pair) & mask;
        while (_counts[slot] != 0)
        {
            if (_keys[slot] == pair)
            {
                _counts[slot] += count;
                return;
            }

            slot = (slot + 1) & mask;
        }

        _keys[slot] = pair;
        _counts[slot] = count;
        if (++_used > _keys.Length * MaxLoad)
        {
            Grow();
        }
    }

    /// <summary>The pairs seen at least <paramref name="min"/> times, in no particular order.</summary>
    public IEnumerable<(long Pair, int Count)> AtLeast(int min)
    {
        for (var slot = 0; slot < _keys.Length; slot++)
        {
            if (_counts[slot] >= min)
            {
                yield return (_keys[slot], _counts[slot]);
            }
        }
    }

    private void Grow()
    {
        var (keys, counts) = (_keys, _counts);
        _keys = new long[keys.Length * 2];
        _counts = new int[keys.Length * 2];
        var mask = _keys.Length - 1;
        for (var i = 0; i < keys.Length; i++)
        {
            if (counts[i] == 0)
            {
                continue;
            }

            var slot = PackedKeyComparer.Instance.GetHashCode(keys[i]) & mask;
            while (_counts[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            _keys[slot] = keys[i];
            _counts[slot] = counts[i];
        }
    }
}

using System.Collections.Generic;

namespace TypedCorpus.Parsing.Ocr;

/// <summary>
/// How often each key occurs, for keys that pack small numbers in one long (word pairs by their words' numbers,
/// letter triples), in one open-addressing table: counting adds one for every token or letter, and a dictionary
/// spends two lookups on each.
/// </summary>
internal sealed class PackedCounts
{
    // How full the table may be: probes stay short up to three quarters.
    private const double MaxLoad = 0.75;

    private long[] _keys;

    // 0 marks an empty slot: a key in the table has been seen at least once.
    private int[] _counts;
    private int _used;

    /// <param name="expected">About how many distinct keys will be added; the table grows past it.</param>
    public PackedCounts(int expected)
    {
        var size = 16;
        while (size * MaxLoad < expected)
        {
            size *= 2;
        }

        _keys = new long[size];
        _counts = new int[size];
    }

    /// <summary>Counts <paramref name="count"/> more occurrences of the key; a key counted no times is not in the table.</summary>
    public void Add(long key, int count = 1)
    {
        if (count <= 0)
        {
            return;
        }

        var slot = Slot(key);
        if (_counts[slot] != 0)
        {
            _counts[slot] += count;
            return;
        }

        _keys[slot] = key;
        _counts[slot] = count;
        if (++_used > _keys.Length * MaxLoad)
        {
            Grow();
        }
    }

    /// <summary>How often the key was counted; 0 when never.</summary>
    public int Count(long key) => _counts[Slot(key)];

    /// <summary>The keys seen at least <paramref name="min"/> times, in no particular order.</summary>
    public IEnumerable<(long Key, int Count)> AtLeast(int min)
    {
        for (var slot = 0; slot < _keys.Length; slot++)
        {
            if (_counts[slot] >= min)
            {
                yield return (_keys[slot], _counts[slot]);
            }
        }
    }

    // The key's slot, or the empty one where it would go.
    private int Slot(long key)
    {
        var mask = _keys.Length - 1;
        var slot = PackedKeyComparer.Instance.GetHashCode(key) & mask;
        while (_counts[slot] != 0 && _keys[slot] != key)
        {
            slot = (slot + 1) & mask;
        }

        return slot;
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

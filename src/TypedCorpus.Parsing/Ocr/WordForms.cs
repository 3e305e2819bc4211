using System.Collections.Generic;

namespace TypedCorpus.Parsing.Ocr;

/// <summary>
/// Numbers the distinct spellings of a text's words, looked up by position in the text, so that a word seen
/// again costs a hash and no string: counting a corpus's words touches each of tens of thousands of tokens.
/// </summary>
internal sealed class WordForms
{
    private int[] _slots = new int[1024];
    private int[] _hashes = new int[1024];
    private readonly List<string> _forms = new();

    public int Count => _forms.Count;

    public string this[int id] => _forms[id];

    /// <summary>The number of <c>text[start..start+length]</c>, added if new.</summary>
    public int Add(string text, int start, int length)
    {
        var hash = Hash(text, start, length);
        var mask = _slots.Length - 1;
        var slot = hash & mask;
        while (_slots[slot] != 0)
        {
            var id = _slots[slot] - 1;
            if (_hashes[slot] == hash && SameAs(_forms[id], text, start, length))
            {
                return id;
            }

            slot = (slot + 1) & mask;
        }

        _forms.Add(text.Substring(start, length));
        _slots[slot] = _forms.Count;
        _hashes[slot] = hash;
        if (_forms.Count * 2 > _slots.Length)
        {
            Grow();
        }

        return _forms.Count - 1;
    }

    private void Grow()
    {
        var slots = new int[_slots.Length * 2];
        var hashes = new int[slots.Length];
        var mask = slots.Length - 1;
        for (var i = 0; i < _slots.Length; i++)
        {
            if (_slots[i] == 0)
            {
                continue;
            }

            var slot = _hashes[i] & mask;
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = _slots[i];
            hashes[slot] = _hashes[i];
        }

        _slots = slots;
        _hashes = hashes;
    }

    // FNV-1a over the characters; positive, so it can be masked.
    private static int Hash(string text, int start, int length)
    {
        unchecked
        {
            var hash = (int)2166136261;
            for (var i = start; i < start + length; i++)
            {
                hash = (hash ^ text[i]) * 16777619;
            }

            return hash & int.MaxValue;
        }
    }

    private static bool SameAs(string form, string text, int start, int length) =>
        form.Length == length && string.CompareOrdinal(form, 0, text, start, length) == 0;
}

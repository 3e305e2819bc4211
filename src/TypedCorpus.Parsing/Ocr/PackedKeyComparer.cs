using System.Collections.Generic;

namespace TypedCorpus.Parsing.Ocr;

/// <summary>
/// Hashes a key that packs two numbers into one long. <c>long.GetHashCode</c> XORs the halves, so packed small
/// numbers collide in heaps ((1, 2) and (2, 1) alike) and a dictionary of word pairs slows to a crawl.
/// </summary>
internal sealed class PackedKeyComparer : IEqualityComparer<long>
{
    public static PackedKeyComparer Instance { get; } = new();

    public bool Equals(long x, long y) => x == y;

    // Fibonacci hashing: the high half of the product depends on every bit of the key.
    public int GetHashCode(long key) => unchecked((int)((ulong)(key * -7046029254386353131L) >> 32));
}

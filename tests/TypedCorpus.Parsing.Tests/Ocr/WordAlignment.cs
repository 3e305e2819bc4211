using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace TypedCorpus.Parsing.Tests.Ocr;

/// <summary>The alignment of two word sequences with the fewest changes: the words they share in order, and the words only the second has.</summary>
internal readonly record struct WordAlignment(int Matched, int Inserted)
{
    /// <summary>A text's words, in lower case, without punctuation.</summary>
    public static List<string> Words(string text) => Regex.Matches(text, "[A-Za-z0-9]+").Select(m => m.Value.ToLowerInvariant()).ToList();

    public static WordAlignment Of(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        // Edit distance over words, with the matches counted along the cheapest path (ties prefer more matches).
        var cost = new int[expected.Count + 1, actual.Count + 1];
        var matched = new int[expected.Count + 1, actual.Count + 1];
        var inserted = new int[expected.Count + 1, actual.Count + 1];
        for (var j = 1; j <= actual.Count; j++)
        {
            (cost[0, j], inserted[0, j]) = (j, j);
        }

        for (var i = 1; i <= expected.Count; i++)
        {
            cost[i, 0] = i;
            for (var j = 1; j <= actual.Count; j++)
            {
                var same = expected[i - 1] == actual[j - 1];
                var options = new[]
                {
                    (Cost: cost[i - 1, j - 1] + (same ? 0 : 1), Matched: matched[i - 1, j - 1] + (same ? 1 : 0), Inserted: inserted[i - 1, j - 1]),
                    (Cost: cost[i - 1, j] + 1, Matched: matched[i - 1, j], Inserted: inserted[i - 1, j]),
                    (Cost: cost[i, j - 1] + 1, Matched: matched[i, j - 1], Inserted: inserted[i, j - 1] + 1),
                };
                var best = options.OrderBy(o => o.Cost).ThenByDescending(o => o.Matched).First();
                (cost[i, j], matched[i, j], inserted[i, j]) = best;
            }
        }

        return new WordAlignment(matched[expected.Count, actual.Count], inserted[expected.Count, actual.Count]);
    }
}

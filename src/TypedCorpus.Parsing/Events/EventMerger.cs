using System;
using System.Collections.Generic;
using System.Linq;
using TypedCorpus.Parsing.Text;

namespace TypedCorpus.Parsing.Events;

/// <summary>
/// Groups the mentions of one event told by several documents (or twice by one). Conservative: two mentions
/// merge only when their dates are the same ISO date and they share name words (participants, places), more
/// of them the coarser the date: one for a day; two for a month, or one rare word (named by few mentions,
/// such as a summit's city); three for a year or a span, or two with a rare one.
/// </summary>
public static class EventMerger
{
    // Capitalised words that name no participant or place: titles, sentence openers, months. The names every event
    // of a corpus shares (its countries) are found by counting, in Group, not listed here.
    private static readonly HashSet<string> CommonWords = new(StringComparer.Ordinal)
    {
        "President", "Prime", "Minister", "Ministry", "Foreign", "Deputy", "Government", "State", "Federation", "Affairs", "Chief",
        "The", "This", "That", "These", "Those", "In", "On", "At", "By", "For", "From", "After", "Before", "During", "Since", "Then",
        "When", "While", "Although", "But", "And", "As", "It", "He", "She", "They", "We", "A", "An", "Both", "First", "Second", "Third",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "However", "Also", "Former", "Acting",
    };

    /// <summary>The name words of a sentence: capitalised words that are not titles, sentence openers or months.</summary>
    public static string[] Terms(string sentence) =>
        NameWords(sentence).Select(w => w.TrimEnd('-')).Where(w => w.Length > 1 && !CommonWords.Contains(w))
            .Distinct(StringComparer.Ordinal).OrderBy(w => w, StringComparer.Ordinal).ToArray();

    // What \b[A-Z][\p{L}\-]+ matches, read by hand: every dated sentence of the corpus is read for them.
    private static IEnumerable<string> NameWords(string sentence)
    {
        var i = 0;
        while (i < sentence.Length)
        {
            if (sentence[i] >= 'A' && sentence[i] <= 'Z' && (i == 0 || !TextPatterns.IsWordChar(sentence[i - 1])))
            {
                var end = i + 1;
                while (end < sentence.Length && (char.IsLetter(sentence[end]) || sentence[end] == '-'))
                {
                    end++;
                }

                if (end > i + 1)
                {
                    yield return sentence.Substring(i, end - i);
                    i = end;
                    continue;
                }
            }

            i++;
        }
    }

    /// <summary>Groups of indices into <paramref name="mentions"/>, each group one event, in order of first member.</summary>
    public static List<List<int>> Group(IReadOnlyList<(string Date, IReadOnlyCollection<string> Terms)> mentions)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in mentions.SelectMany(m => m.Terms))
        {
            frequency[term] = frequency.TryGetValue(term, out var count) ? count + 1 : 1;
        }

        // A name in more than one mention in ten (the corpus's own countries) tells events apart no better than "the".
        var rareBelow = Math.Max(3, mentions.Count / 25);
        var commonAbove = Math.Max(8, mentions.Count / 10);
        var names = mentions.Select(m => (IReadOnlyCollection<string>)m.Terms.Where(t => frequency[t] <= commonAbove).ToArray()).ToList();
        var parent = Enumerable.Range(0, mentions.Count).ToArray();
        int Find(int i)
        {
            while (parent[i] != i)
            {
                i = parent[i] = parent[parent[i]];
            }

            return i;
        }

        foreach (var sameDate in Enumerable.Range(0, mentions.Count).GroupBy(i => mentions[i].Date, StringComparer.Ordinal))
        {
            var members = sameDate.ToList();
            for (var a = 0; a < members.Count; a++)
            {
                for (var b = a + 1; b < members.Count; b++)
                {
                    if (SameEvent(sameDate.Key, names[members[a]], names[members[b]], t => frequency[t] <= rareBelow))
                    {
                        parent[Find(members[b])] = Find(members[a]);
                    }
                }
            }
        }

        return Enumerable.Range(0, mentions.Count).GroupBy(Find).Select(g => g.ToList()).OrderBy(g => g[0]).ToList();
    }

    public static bool SameEvent(string date, IReadOnlyCollection<string> a, IReadOnlyCollection<string> b, Func<string, bool> isRare)
    {
        var shared = a.Where(b.Contains).ToList();
        var rare = shared.Count(isRare);
        var isDay = date.Length == 10;
        var isMonth = date.Length == 7;
        return isDay ? shared.Count >= 1
            : isMonth ? shared.Count >= 2 || rare >= 1
            : shared.Count >= 3 || (shared.Count >= 2 && rare >= 1);
    }
}

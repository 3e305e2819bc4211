using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;

namespace TypedCorpus.Parsing.Ocr;

/// <summary>
/// Learns how one OCR'd text misreads its print, from the text alone. Every scanner and typeface has its own habits
/// (one page reads n as l throughout: "relatiols", "Japal", "milister"), which a fixed model prices as rare. An unknown
/// word with exactly one likely word a single confusion away (one or two characters read for one letter) is
/// evidence of that confusion; a confusion that explains several different words is this text's habit, and the
/// more words it explains, the cheaper it is. Nothing is learned from a text too short to show a habit.
/// </summary>
public static class ConfusionLearner
{
    private const int MinWordLength = 4;
    private const int MaxWordLength = 30;
    private const double MinCandidateCount = 20;
    private const double DominantRatio = 10;
    private const int MinWords = 2;
    private const int WordsPerLearnedShare = 200;
    private const double BaseCost = 1.4;
    private const double CostPerLogWords = 0.3;
    private const double MinLearnedCost = 0.5;
    private const double MaxLearnedCost = 1.5;

    /// <summary>The text's own confusions, each with the cost its evidence earns (to a tenth).</summary>
    /// <param name="texts">One document's texts (its body and its notes), or strings read as one page.</param>
    public static IReadOnlyList<Confusion> Learn(IEnumerable<string> texts, Lexicon lexicon)
    {
        var evidence = new Dictionary<(string Read, string Printed), int>();
        var credited = 0;
        foreach (var (token, lower) in UnknownWords(texts, lexicon))
        {
            if (!lexicon.Neighbours.TryGetValue(token, out var neighbour))
            {
                neighbour = OnlyNeighbour(token, lower, lexicon);
                lexicon.Neighbours.Remember(token, neighbour);
            }

            if (neighbour is { } confusion)
            {
                evidence[confusion] = evidence.TryGetValue(confusion, out var words) ? words + 1 : 1;
                credited++;
            }
        }

        // A confusion a few words share by chance is no habit: the bar rises with the evidence a long text gives.
        var minWords = Math.Max(MinWords, credited / WordsPerLearnedShare);
        return evidence.Where(e => e.Value >= minWords)
            .OrderBy(e => e.Key.Read, StringComparer.Ordinal).ThenBy(e => e.Key.Printed, StringComparer.Ordinal)
            .Select(e => new Confusion(e.Key.Read, e.Key.Printed, CostOf(e.Value)))
            .ToArray();
    }

    /// <summary>The default model with what the text teaches.</summary>
    public static ConfusionModel ModelFor(IEnumerable<string> texts, Lexicon lexicon) => ConfusionModel.Default.With(Learn(texts, lexicon));

    private static double CostOf(int words) =>
        Math.Round(Math.Min(MaxLearnedCost, Math.Max(MinLearnedCost, BaseCost - (CostPerLogWords * Math.Log(words)))), 1);

    // Each distinct run of letters, as written and in lower case, that the lexicon does not know.
    private static IEnumerable<(string Token, string Lower)> UnknownWords(IEnumerable<string> texts, Lexicon lexicon)
    {
        // A spelling seen before costs a hash, not a string: a text repeats most of its words.
        var forms = new WordForms();
        foreach (var text in texts)
        {
            foreach (var word in UnknownWords(text, forms, lexicon))
            {
                yield return word;
            }
        }
    }

    private static IEnumerable<(string Token, string Lower)> UnknownWords(string text, WordForms forms, Lexicon lexicon)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && IsLetter(text[i]))
            {
                i++;
            }

            if (i - start >= MinWordLength && i - start <= MaxWordLength && (i == text.Length || !char.IsLetterOrDigit(text[i])) && (start == 0 || !char.IsLetterOrDigit(text[start - 1])))
            {
                var known = forms.Count;
                var form = forms.Add(text, start, i - start);
                if (form == known && forms[form].ToLowerInvariant() is var lower && !lexicon.Contains(lower))
                {
                    yield return (forms[form], lower);
                }
            }
        }
    }

    private static bool IsLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    /// <summary>
    /// The one confusion that turns the token into a likely word, when that word is far likelier than any other a
    /// single confusion away, and no other confusion reaches it; null otherwise.
    /// </summary>
    [MethodImpl(MethodOptions.HotLoop)]
    private static (string Read, string Printed)? OnlyNeighbour(string token, string lower, Lexicon lexicon)
    {
        var trie = lexicon.Trie;
        var prefixes = trie.PrefixNodes(lower);

        var spelling = new char[lower.Length];
        string? best = null, bestRead = null, bestPrinted = null;
        double bestCount = 0, secondCount = 0;
        var ambiguous = false;

        // The token with its characters at..at+readLength printed as the letter that leads to node.
        void Consider(int at, int readLength, char printed, int node)
        {
            for (var k = at + readLength; k < lower.Length && node >= 0; k++)
            {
                node = trie.Child(node, lower[k]);
            }

            if (node < 0 || !trie.IsWord(node))
            {
                return;
            }

            lower.CopyTo(0, spelling, 0, at);
            spelling[at] = printed;
            lower.CopyTo(at + readLength, spelling, at + 1, lower.Length - at - readLength);
            var word = new string(spelling, 0, lower.Length - readLength + 1);
            if (word == best)
            {
                ambiguous = true;
                return;
            }

            var count = lexicon.Count(word);
            if (count > bestCount)
            {
                (secondCount, bestCount, best) = (bestCount, count, word);
                (bestRead, bestPrinted) = (token.Substring(at, readLength), printed.ToString());
                ambiguous = false;
            }
            else
            {
                secondCount = Math.Max(secondCount, count);
            }
        }

        // What may end a word: the reversed trie's node for each ending of the token (-1 when no word ends so).
        var reversed = lexicon.ReversedTrie;
        var endings = reversed.EndingNodes(lower);

        // A letter fits where one or two characters are read only if a word starts with what comes before and one ends
        // with what comes after: two bit masks, so most places are passed over with no walk at all. Two characters read
        // as one letter ("rn" for m) are tried too; one read as two ("m" for ru) is rarer, and the fixed model has those.
        for (var at = 0; at < lower.Length && prefixes[at] >= 0; at++)
        {
            for (var readLength = 1; readLength <= 2 && at + readLength <= lower.Length; readLength++)
            {
                var ending = endings[at + readLength];
                if (ending < 0)
                {
                    continue;
                }

                var letters = trie.Letters(prefixes[at]) & reversed.Letters(ending);
                for (var k = at; k < at + readLength; k++)
                {
                    letters &= ~(1u << (lower[k] - 'a'));
                }

                for (var letter = 0; letters != 0; letter++, letters >>= 1)
                {
                    if ((letters & 1) != 0)
                    {
                        var printed = (char)('a' + letter);
                        Consider(at, readLength, printed, trie.Child(prefixes[at], printed));
                    }
                }
            }
        }

        return best != null && !ambiguous && bestCount >= MinCandidateCount && bestCount >= DominantRatio * secondCount ? (bestRead!, bestPrinted!) : null;
    }
}

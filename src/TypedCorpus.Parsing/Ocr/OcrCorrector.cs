using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace TypedCorpus.Parsing.Ocr;

/// <summary>A word the corrector changed: where it was in the input, where it is in the output, and what it was.</summary>
public readonly record struct TextEdit(int OldStart, int OldLength, int NewStart, int NewLength, string Original);

/// <summary>
/// OCR post-correction, a noisy channel: each word that is not in the lexicon is respelled through the confusion
/// model (searching the lexicon's trie, so only spellings that lead to words are explored; a word run into the
/// next, "ofthe", may come out as two), and the candidates are ranked by word frequency, the corpus's word pairs
/// with the word before, and the cost of the confusions used. Known words are left alone, so clean text comes
/// back unchanged; numbers with OCR'd digits are read as numbers ("rqq8" is 1998).
/// </summary>
public sealed class OcrCorrector
{
    private const double MaxCost = 3.6;
    private const int MaxExpansions = 2500;
    private const int MaxCandidates = 8;
    private const double ChannelWeight = 2.2;
    private const double SubstituteCost = 2.0;
    private const double DeleteLetterCost = 1.8;
    private const double DeleteMarkCost = 0.8;
    private const double InsertCost = 2.0;
    private const double SplitCost = 1.4;
    private const double CommonWordCount = 20_000;

    private static readonly string LeadingMarks = "\"\u201C\u2018(";
    private static readonly string TrailingMarks = ".,;:!?)\"\u201D\u2019";

    private readonly Lexicon _lexicon;
    private readonly Dictionary<string, List<(string[] Words, double Cost)>> _candidates = new(StringComparer.Ordinal);

    public OcrCorrector(Lexicon lexicon) => _lexicon = lexicon;

    /// <summary>Corrects a text; spaces and line breaks between words are kept.</summary>
    public string Correct(string text) => Correct(text, null);

    /// <summary>Corrects a text and lists every change, with its position before and after.</summary>
    public string Correct(string text, List<TextEdit>? edits)
    {
        var output = new StringBuilder(text.Length);
        string? previous = null;
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                output.Append(text[i]);
                if (text[i] == '\n')
                {
                    previous = null;
                }

                i++;
                continue;
            }

            var end = TokenEnd(text, i);
            var token = text.Substring(i, end - i);

            // A word OCR broke in two ("Pe ace"): read the two tokens as one when that makes a word and they do not.
            var nextStart = end < text.Length && text[end] == ' ' ? end + 1 : -1;
            if (nextStart > 0 && nextStart < text.Length && !char.IsWhiteSpace(text[nextStart]))
            {
                var nextEnd = TokenEnd(text, nextStart);
                var joined = JoinBroken(token, text.Substring(nextStart, nextEnd - nextStart), previous);
                if (joined != null)
                {
                    edits?.Add(new TextEdit(i, nextEnd - i, output.Length, joined.Length, text.Substring(i, nextEnd - i)));
                    output.Append(joined);
                    previous = Lexicon.Words(joined).LastOrDefault()?.ToLowerInvariant();
                    i = nextEnd;
                    continue;
                }
            }

            var next = nextStart > 0 && nextStart < text.Length ? Core(text.Substring(nextStart, TokenEnd(text, nextStart) - nextStart)).ToLowerInvariant() : null;
            var corrected = CorrectToken(token, ref previous, next != null && _lexicon.Contains(next) ? next : null);
            if (!string.Equals(corrected, token, StringComparison.Ordinal))
            {
                edits?.Add(new TextEdit(i, token.Length, output.Length, corrected.Length, token));
            }

            output.Append(corrected);
            i = end;
        }

        return output.ToString();
    }

    private static int TokenEnd(string text, int start)
    {
        var end = start;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        return end;
    }

    private static string Core(string token)
    {
        var (start, end) = CoreBounds(token);
        return token.Substring(start, end - start);
    }

    private static (int Start, int End) CoreBounds(string token)
    {
        var start = 0;
        while (start < token.Length && LeadingMarks.IndexOf(token[start]) >= 0)
        {
            start++;
        }

        var end = token.Length;
        while (end > start && TrailingMarks.IndexOf(token[end - 1]) >= 0 && !(token[end - 1] == ',' && end - 1 > start && end < token.Length))
        {
            end--;
        }

        return (start, end);
    }

    private string? JoinBroken(string first, string second, string? previous)
    {
        var (firstStart, firstEnd) = CoreBounds(first);
        var (secondStart, _) = CoreBounds(second);
        if (firstEnd != first.Length || secondStart != 0 || first.Any(char.IsDigit) || second.Any(char.IsDigit))
        {
            return null;
        }

        var a = first.Substring(firstStart).ToLowerInvariant();
        var b = Core(second).ToLowerInvariant();
        // Only a short fragment that is not a common word on its own side is worth joining ("Pe ace", "th e").
        var shortSide = a.Length <= 3 ? a : b.Length <= 3 ? b : null;
        if (shortSide is null || a.Length == 0 || b.Length == 0 || _lexicon.Count(a) > CommonWordCount || _lexicon.Count(b) > CommonWordCount && b.Length <= 3)
        {
            return null;
        }

        var joined = Core(first.Substring(firstStart) + second);
        var candidates = Candidates(joined).Where(c => c.Words.Length == 1 && c.Cost <= 1.2).ToList();
        if (candidates.Count == 0 || (IsKnown(a) && IsKnown(b) && _lexicon.LogProbability(a, b) > _lexicon.LogProbability(candidates[0].Words[0]) + 2))
        {
            return null;
        }

        var p = previous;
        var word = CorrectCore(joined, ref p, null);
        var (_, secondEnd) = CoreBounds(second);
        return first.Substring(0, firstStart) + word + second.Substring(secondEnd);
    }

    private string CorrectToken(string token, ref string? previous, string? next)
    {
        var (start, end) = CoreBounds(token);
        var core = token.Substring(start, end - start);
        var fixedCore = core.Length == 0 ? core : CorrectCore(core, ref previous, next);
        if (end < token.Length && ".?!".IndexOf(token[token.Length - 1]) >= 0)
        {
            previous = null;
        }

        return token.Substring(0, start) + fixedCore + token.Substring(end);
    }

    private string CorrectCore(string core, ref string? previous, string? next)
    {
        if (NumberReading.TryRead(core, out var number))
        {
            previous = null;
            return number;
        }

        // Parts of a hyphenated compound are words of their own.
        var dash = core.IndexOfAny(new[] { '-', '\u2013', '\u2014', '/' }, 1);
        if (dash > 0 && dash < core.Length - 1)
        {
            var left = CorrectCore(core.Substring(0, dash), ref previous, null);
            return left + core[dash] + CorrectCore(core.Substring(dash + 1), ref previous, next);
        }

        var lower = core.ToLowerInvariant();
        if (!core.Any(char.IsLetter) || (IsKnown(lower) && core.All(c => char.IsLetter(c) || c == '\'')))
        {
            previous = core.Any(char.IsLetter) ? lower.Trim('\'') : null;
            return core;
        }

        var best = Best(core, previous, next);
        if (best is null)
        {
            previous = null;
            return core;
        }

        previous = best[best.Length - 1];
        return Cased(core, best);
    }

    private bool IsKnown(string lower) => _lexicon.Count(lower.Trim('\'')) >= 1;

    private string[]? Best(string core, string? previous, string? next)
    {
        string[]? best = null;
        var bestScore = double.NegativeInfinity;
        foreach (var (words, cost) in Candidates(core))
        {
            var score = -ChannelWeight * cost;
            var before = previous;
            foreach (var word in words)
            {
                score += _lexicon.LogProbability(before, word);
                before = word;
            }

            // The known word after: how much likelier it is after this candidate than on its own.
            if (next != null)
            {
                score += _lexicon.LogProbability(before, next) - _lexicon.LogProbability(next);
            }

            if (score > bestScore)
            {
                bestScore = score;
                best = words;
            }
        }

        return best;
    }

    /// <summary>Lexicon spellings the token could be a misreading of, cheapest first: a best-first search over the trie.</summary>
    private List<(string[] Words, double Cost)> Candidates(string token)
    {
        if (_candidates.TryGetValue(token, out var cached))
        {
            return cached;
        }

        var trie = _lexicon.Trie;
        var found = new List<(string[], double)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new SortedSet<State>(State.ByCost);
        var best = new Dictionary<(int, int, string), double>();
        var sequence = 0;
        void Push(int pos, int node, string done, string word, double cost)
        {
            if (cost > MaxCost)
            {
                return;
            }

            var key = (pos, node, done);
            if (best.TryGetValue(key, out var known) && known <= cost)
            {
                return;
            }

            best[key] = cost;
            queue.Add(new State(pos, node, done, word, cost, sequence++));
        }

        Push(0, LexiconTrie.Root, string.Empty, string.Empty, 0);
        var expansions = 0;
        while (queue.Count > 0 && expansions++ < MaxExpansions && found.Count < MaxCandidates)
        {
            var state = queue.Min!;
            queue.Remove(state);
            if (state.Position == token.Length)
            {
                if (trie.IsWord(state.Node) && state.Word.Length > 0)
                {
                    var words = (state.Done.Length == 0 ? state.Word : state.Done + " " + state.Word).Split(' ');
                    if (seen.Add(string.Join(" ", words)))
                    {
                        found.Add((words, state.Cost));
                    }
                }
            }
            else
            {
                var c = token[state.Position];
                var lowerChar = char.ToLowerInvariant(c);
                var same = trie.Child(state.Node, lowerChar);
                if (same >= 0)
                {
                    Push(state.Position + 1, same, state.Done, state.Word + lowerChar, state.Cost);
                }

                foreach (var confusion in ConfusionModel.StartingWith(c))
                {
                    if (string.CompareOrdinal(token, state.Position, confusion.Read, 0, confusion.Read.Length) != 0)
                    {
                        continue;
                    }

                    var printed = confusion.Printed.ToLowerInvariant();
                    var next = trie.Walk(state.Node, printed);
                    if (next >= 0)
                    {
                        Push(state.Position + confusion.Read.Length, next, state.Done, state.Word + printed, state.Cost + confusion.Cost);
                    }
                }

                Push(state.Position + 1, state.Node, state.Done, state.Word, state.Cost + (char.IsLetter(c) ? DeleteLetterCost : DeleteMarkCost));
                if (char.IsLetter(c))
                {
                    foreach (var (child, node) in trie.Children(state.Node))
                    {
                        if (child != lowerChar)
                        {
                            Push(state.Position + 1, node, state.Done, state.Word + child, state.Cost + SubstituteCost);
                        }
                    }
                }
            }

            if (state.Position < token.Length || !trie.IsWord(state.Node))
            {
                foreach (var (child, node) in trie.Children(state.Node))
                {
                    Push(state.Position, node, state.Done, state.Word + child, state.Cost + InsertCost);
                }
            }

            // A word may end here and another begin: "ofthe" is "of the".
            if (trie.IsWord(state.Node) && state.Word.Length > 0 && state.Position < token.Length && state.Done.IndexOf(' ') < 0)
            {
                Push(state.Position, LexiconTrie.Root, state.Done.Length == 0 ? state.Word : state.Done + " " + state.Word, string.Empty, state.Cost + SplitCost);
            }
        }

        _candidates[token] = found;
        return found;
    }

    /// <summary>Gives the corrected words the case of the token: capitals stay capitals; a capital start stays; names keep theirs.</summary>
    private string Cased(string original, string[] words)
    {
        var letters = original.Where(char.IsLetter).ToArray();
        var upper = letters.Length > 1 && letters.Count(char.IsUpper) * 10 >= letters.Length * 6;
        var first = original.FirstOrDefault(c => !char.IsWhiteSpace(c));
        var capital = char.IsUpper(first) || "]|{)'\u2018(".IndexOf(first) >= 0 && original.Skip(1).Any(char.IsLetter);
        var output = new string[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            var display = _lexicon.Display(words[i]);
            output[i] = upper ? words[i].ToUpperInvariant()
                : char.IsUpper(display[0]) && display.Length > 1 ? display
                : i == 0 && capital ? char.ToUpperInvariant(words[i][0]) + words[i].Substring(1)
                : words[i];
        }

        return string.Join(" ", output);
    }

    private sealed class State
    {
        public static readonly IComparer<State> ByCost = Comparer<State>.Create((a, b) =>
        {
            var byCost = a.Cost.CompareTo(b.Cost);
            return byCost != 0 ? byCost : a.Sequence.CompareTo(b.Sequence);
        });

        public State(int position, int node, string done, string word, double cost, int sequence)
        {
            Position = position;
            Node = node;
            Done = done;
            Word = word;
            Cost = cost;
            Sequence = sequence;
        }

        public int Position { get; }

        public int Node { get; }

        public string Done { get; }

        public string Word { get; }

        public double Cost { get; }

        public int Sequence { get; }
    }
}

/// <summary>Numbers OCR wrote with letters for digits: "rqq8" is 1998, "4o-5o" is 40-50, "575,ooo" is 575,000.</summary>
public static class NumberReading
{
    public static bool TryRead(string token, out string number)
    {
        number = token;
        var digits = token.Count(char.IsDigit);
        if (digits == 0 || token.Length < 2)
        {
            return false;
        }

        var builder = new StringBuilder(token.Length);
        var changed = false;
        foreach (var c in token)
        {
            var digit = c switch
            {
                'r' or 'l' or 'I' => '1',
                'z' or 'Z' => '2',
                'q' or 'g' => '9',
                'o' or 'O' => '0',
                's' or 'S' => '5',
                'E' or 'B' => '8',
                _ => c,
            };
            if (!char.IsDigit(digit) && ".,:-\u2013/%$".IndexOf(digit) < 0)
            {
                return false;
            }

            changed |= digit != c;
            builder.Append(digit);
        }

        number = builder.ToString();
        return changed;
    }
}

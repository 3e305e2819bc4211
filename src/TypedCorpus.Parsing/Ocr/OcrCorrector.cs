using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using TypedCorpus.Parsing.Dates;
using TypedCorpus.Parsing.Layouts.Common;

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
    // A garbled token with no reading within MaxCost is searched once more, up to here: heavy garble may hold one
    // confusion more. Only then: every token searched this far cost a fresh process's first build a third more.
    private const double WideMaxCost = 4.5;
    private const int MaxWordLength = 40;
    private const int MaxExpansions = 1600;
    private const int MaxCandidates = 8;
    private const int ShortMaxCandidates = 24;
    private const int MaxShortTokenLength = 6;
    private const double ChannelWeight = 3.0;
    private const double PlausibleMaxCost = 1.5;
    private const double LongPlausibleMaxCost = 2.0;
    private const double SentenceOpeningMaxCost = 2.2;
    private const int LongWordLength = 7;
    // The shortest stem before an ending, or part of two words written as one, that makes a word's form.
    private const int MinWordPart = 4;
    private const double NameMaxCost = 1.0;
    private const int CorpusNameCount = 8;
    // A name the documents use often may be misread through several of the model's confusions ("Conmnnist"), but not
    // be another name one letter away: below the cost of a letter put for another ("Sakha" is not "Sakwa").
    private const double CorpusNameMaxCost = 1.9;
    private const int LongNameLength = 10;
    private const double CorpusNameCostPerLetter = 0.2;
    private const double RealWordMaxCost = 1.5;
    private const double RealWordMargin = 3.0;
    // The search's costs count in tenths, as whole numbers: sums of doubles are not exact, and two readings of equal
    // cost should tie (and be taken in the order they were found) whatever order their costs were added in.
    private const int Tenths = 10;
    private const int SubstituteTenths = 20;
    private const int DeleteLetterTenths = 18;
    private const int DeleteMarkTenths = 10;
    private const int InsertTenths = 20;
    private const int SplitTenths = 14;
    private const double CommonWordCount = 20_000;
    // A word the list counts this often is an everyday one ("introduction", 818), not a rare word or a misreading of one.
    private const double OrdinaryWordCount = 100;
    private const double MinRunTogetherPartCount = 50;
    private const double FunctionWordCount = 50_000;
    private const int MaxFunctionWordLength = 3;
    private const int MinRunOnRestLength = 3;
    private const int MaxPieces = 4;
    private const int FragmentLength = 3;
    private const double JoinMaxCost = 1.2;
    // What a u and a space read for a w cost, as "u," does.
    private const double BrokenWCost = 0.5;
    private const double RunMaxCost = 2.0;
    private const double SpelledNumberMaxCount = 100;
    private const int MaxLabelNumberLength = 3;
    private const double CapitalIRatio = 10;
    private const int MinMonthReadLength = 3;
    private const double MonthCostPerLetter = 0.9;
    private const double MonthMargin = 1.0;

    // The word list counts speech, where "we're" and "don't" leave these as words; in print they are not.
    private static readonly HashSet<string> ContractionEndings = new(StringComparer.Ordinal) { "re", "ve", "ll", "s", "t", "d", "m" };
    private static readonly string[] WordEndings = { "s", "es", "ed", "d", "ing", "er", "ers", "ly", "ness", "ment", "ments" };
    private static readonly HashSet<string> NumberedLabels = new(StringComparer.Ordinal) { "chapter", "section", "part", "note", "notes", "page", "pages", "volume", "table", "figure", "article", "paragraph" };
    // The words a year follows: OCR letters after them are read as a year ("by zooo", "the year zooo").
    private static readonly HashSet<string> WordsBeforeAYear = new(StringComparer.Ordinal) { "in", "into", "of", "by", "year", "since", "until", "till", "to", "through", "throughout", "and", "from", "before", "after", "during", "around" };
    // The words an ordinal number follows ("the 20th", "its 50th").
    private static readonly HashSet<string> OrdinalDeterminers = new(StringComparer.Ordinal) { "the", "its", "his", "her", "their", "our" };

    // Digits OCR puts for letters: 0 for o, 1 for l, 5 for s, 6 for b, and 4 in a broken M ("N4oscorv").
    private const string LetterLikeDigits = "01456";

    private static readonly char[] Dashes = { '-', '\u2013', '\u2014', '/' };

    // A day spelled in letters ("zo,") is no longer than this; only before such a token is a garbled next word read as a month.
    private const int MaxSpelledDayToken = 3;

    // Small letters OCR reads digits as, and no word is: r for 1, z for 2, q for 9 (l is left: "Pre-l" could be anything).
    private const string DigitLetters = "rzq";
    private static readonly char[] SentenceStops = { '.', '?', '!' };
    private static readonly char[] AddressMarks = { '/', '@' };
    private const string QuoteMarks = "'\"\u2018\u2019\u201C\u201D";
    private const int MinWordBeforeLostSpace = 3;
    private static readonly string ClosingMarks = "\"\u201D\u2019')";
    private static readonly string LeadingMarks = "\"\u201C\u2018(";
    private static readonly string TrailingMarks = ".,;:!?)\"\u201D\u2019'-\u2013\u2014";

    private static readonly System.Text.RegularExpressions.Regex Ordinal = Text.TextPatterns.Create(@"^\d+(?:st|nd|rd|th|s)$");

    private readonly Lexicon _lexicon;
    private readonly List<SearchState> _arena = new();
    private readonly BucketQueue _queue = new();
    private List<(int ReadLength, string Printed, int Cost)>[] _confusionsAt = Lists<(int, string, int)>(MaxWordLength);
    private int[] _leastToTakeIn = new int[MaxWordLength];
    private readonly Dictionary<long, int> _best = new(PackedKeyComparer.Instance);
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private char[] _spelling = new char[MaxWordLength];
    private readonly List<(int Start, int End)> _following = new(MaxPieces);
    private int[] _readingCosts = new int[MaxWordLength];

    private readonly ConfusionModel _model;
    private readonly CorrectorMemo _memo;

    // A small letter and the capital the model reads it as ("lJ": l for J), and those small letters.
    private readonly HashSet<string> _capitalsOfSmallLetters;
    private readonly string _smallLettersReadAsCapitals;
    private readonly Dictionary<char, (string Read, string Printed, int Cost)[]> _searchConfusions;
    private readonly int _longestRead;
    private static readonly (string Read, string Printed, int Cost)[] NoConfusions = Array.Empty<(string, string, int)>();

    /// <param name="lexicon">The words a token may be a reading of.</param>
    /// <param name="model">How OCR misreads print: <see cref="ConfusionModel.Default"/> unless given, as for a text too short to learn from.</param>
    public OcrCorrector(Lexicon lexicon, ConfusionModel? model = null)
    {
        _lexicon = lexicon;
        _model = model ?? ConfusionModel.Default;
        _memo = lexicon.MemoFor(_model);

        // The model as the search reads it: by the first character read, printed in lower case, costs in tenths.
        _searchConfusions = _model.Confusions
            .GroupBy(c => c.Read[0])
            .ToDictionary(g => g.Key, g => g.Select(c => (c.Read, c.Printed.ToLowerInvariant(), InTenths(c.Cost))).ToArray());
        _longestRead = _model.Confusions.Select(c => c.Read.Length).DefaultIfEmpty(0).Max();
        _capitalsOfSmallLetters = new HashSet<string>(_model.Confusions
            .Where(c => c.Read.Length == 1 && char.IsLower(c.Read[0]) && c.Printed.Length == 1 && char.IsUpper(c.Printed[0]))
            .Select(c => c.Read + c.Printed), StringComparer.Ordinal);
        _smallLettersReadAsCapitals = new string(_capitalsOfSmallLetters.Select(pair => pair[0]).Distinct().ToArray());
    }

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

            // After "chapter" or "note", a short token of letters OCR makes of digits is the number ("chapter q" is chapter 9).
            if (NumberAfterLabel(token, previous) is { } labelNumber)
            {
                Put(i, token, labelNumber);
                previous = null;
                i = end;
                continue;
            }

            if (RomanNumeralAfterName(text, i, token) is { } numeral)
            {
                Put(i, token, numeral);
                previous = null;
                i = end;
                continue;
            }

            // A word OCR broke into pieces ("Pe ace", "S e curitt"): read the pieces as one when that makes a word.
            var pieces = FollowingTokens(text, i);
            var joinedRun = JoinRun(text, pieces, previous);
            if (joinedRun != null)
            {
                var runEnd = pieces[joinedRun.Value.Count - 1].End;
                Put(i, text.Substring(i, runEnd - i), joinedRun.Value.Text);
                previous = Lexicon.Words(joinedRun.Value.Text).LastOrDefault()?.ToLowerInvariant();
                i = runEnd;
                continue;
            }

            var (next, nextEnd) = WordAfter(text, end);
            var startsSentence = StartsSentence(text, i);
            var corrected = (startsSentence ? CapitalI(token, ref previous) : null)
                ?? (next != null && NumberReading.TryReadYear(next, out _) ? MonthBeforeYear(token, ref previous) : null)
                ?? CorrectToken(token, ref previous, next != null && _lexicon.Contains(next) ? next
                    : token.Length <= MaxSpelledDayToken ? MonthBeforeYearAt(text, next, nextEnd) : null);
            if (string.Equals(corrected, token, StringComparison.Ordinal))
            {
                corrected = WithWordUnderStrokeCapital(text, i, token, ref previous);
            }

            if (startsSentence && string.Equals(corrected, token, StringComparison.Ordinal) && SentenceOpeningWord(token, previous, next) is { } opening)
            {
                corrected = opening;
                previous = opening.ToLowerInvariant();
            }

            if (!startsSentence)
            {
                corrected = WithoutStrokeCapital(token, corrected);
            }
            else if (StartsParagraph(text, i))
            {
                corrected = WithDropCapital(token, corrected);
            }

            Put(i, token, corrected);
            i = end;
        }

        return output.ToString();

        // The reading of the text's token at the start, with the space OCR lost after it (SpaceLostAfter) put back.
        void Put(int start, string token, string reading)
        {
            var end = start + token.Length;
            if (end < text.Length && !char.IsWhiteSpace(text[end]))
            {
                reading += " ";
            }

            if (!string.Equals(reading, token, StringComparison.Ordinal))
            {
                edits?.Add(new TextEdit(start, token.Length, output.Length, reading.Length, token));
            }

            output.Append(reading);
        }
    }

    // Whether a paragraph starts at the position: the text's start or after a blank line.
    private static bool StartsParagraph(string text, int position)
    {
        var (before, newlines) = SpaceBefore(text, position);
        return before < 0 || newlines >= 2;
    }

    // The last character before the position's run of white space (-1 at the text's start), and the line breaks in that run.
    private static (int Before, int Newlines) SpaceBefore(string text, int position)
    {
        var newlines = 0;
        var i = position - 1;
        for (; i >= 0 && char.IsWhiteSpace(text[i]); i--)
        {
            newlines += text[i] == '\n' ? 1 : 0;
        }

        return (i, newlines);
    }

    /// <summary>
    /// A paragraph's first letter is a capital. OCR loses it when it is set as a large drop capital ("fter the
    /// collapse" is "After the collapse"), and reads a broken capital as strokes the reading lower-cases ("l)cspitc" is
    /// "Despite"): then the reading takes the capital. A lower-case token read as another word ("tlre" is "the") keeps its case.
    /// </summary>
    private string WithDropCapital(string token, string corrected)
    {
        if (corrected.Length < 2 || !char.IsLower(corrected[0]))
        {
            return corrected;
        }

        var lostLetter = corrected.Length == token.Length + 1 && StandsAt(corrected, 1, token);
        var brokenCapital = ReadsAt(token, 0, printed => printed.Length == 1 && char.IsUpper(printed[0]) && char.ToLowerInvariant(printed[0]) == corrected[0]);
        return lostLetter || brokenCapital ? char.ToUpperInvariant(corrected[0]) + corrected.Substring(1) : corrected;
    }

    // Whether the part stands in the text at the position (false where it would run past either end): string.CompareOrdinal's
    // span comparison, asked for at every position of every token the search and the reading cost see, ran unoptimised with profiling probes for the whole
    // of a build's first run (it is compiled again on a processor the runtime's precompiled code does not suit).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool StandsAt(string text, int at, string part)
    {
        if (at < 0 || at > text.Length - part.Length)
        {
            return false;
        }

        for (var i = 0; i < part.Length; i++)
        {
            if (text[at + i] != part[i])
            {
                return false;
            }
        }

        return true;
    }

    // Whether one of the model's confusions reads the token's characters at the position as a print it accepts.
    private bool ReadsAt(string token, int position, Func<string, bool> accepts)
    {
        foreach (var confusion in _model.Confusions)
        {
            if (accepts(confusion.Printed) && StandsAt(token, position, confusion.Read))
            {
                return true;
            }
        }

        return false;
    }

    // Whether a sentence starts at the position: the text's start, after a blank line, or after a full stop, a question
    // or an exclamation mark, perhaps closed by a quote or a bracket ("interesting." ln addition).
    private static bool StartsSentence(string text, int position)
    {
        var (i, newlines) = SpaceBefore(text, position);
        while (i > 0 && ClosingMarks.IndexOf(text[i]) >= 0)
        {
            i--;
        }

        return i < 0 || newlines >= 2 || ".?!".IndexOf(text[i]) >= 0;
    }

    /// <summary>
    /// "ln 1997" where a sentence starts is "In 1997": OCR reads a capital I as l, and there a capital is due. Taken
    /// when the word with I is far likelier than the word as read; null otherwise.
    /// </summary>
    private string? CapitalI(string token, ref string? previous)
    {
        var (start, end) = CoreBounds(token);
        if (end - start < 2 || token[start] != 'l')
        {
            return null;
        }

        var read = token.Substring(start, end - start);
        if (!All(read, char.IsLower, 1))
        {
            return null;
        }

        var withI = "i" + read.Substring(1);
        if (_lexicon.Count(withI) < CapitalIRatio * Math.Max(1, _lexicon.Count(read)))
        {
            return null;
        }

        previous = withI;
        return token.Substring(0, start) + "I" + read.Substring(1) + token.Substring(end);
    }

    /// <summary>
    /// "thousand Eshernrel and" is "thousand fishermen and": a capital OCR makes of small letters' strokes (E of fi, I of
    /// l) gives a word the shape of a name, which only a cheap reading changes. When it is spelled as no word or name
    /// could be and no name stands beside it, a reading that turns the capital back into those letters, and is no name,
    /// may cost what a word's may ("President Jiang Zemin" stays). The token with that reading, or as it was.
    /// </summary>
    private string WithWordUnderStrokeCapital(string text, int position, string token, ref string? previous)
    {
        var (start, end) = CoreBounds(token);
        if (start >= end || StrokeCapitals.IndexOf(token[start]) < 0)
        {
            return token;
        }

        var core = token.Substring(start, end - start);
        if (!IsNameShaped(core) || IsKnown(core.ToLowerInvariant()) || _lexicon.LooksLikeEnglish(core.ToLowerInvariant())
            || FollowsName(text, position) || WordAfterIsCapitalised(text, position + token.Length))
        {
            return token;
        }

        var candidates = CandidateList(core, LongPlausibleMaxCost);
        for (var i = 0; i < candidates.Count && candidates[i].Cost <= LongPlausibleMaxCost; i++)
        {
            var words = candidates[i].Words;
            if (words.Length == 1 && char.IsLower(_lexicon.Display(words[0])[0])
                && ReadsAt(core, 0, printed => printed.Length > 0 && printed.All(char.IsLower)
                    && words[0].StartsWith(printed, StringComparison.Ordinal)))
            {
                previous = words[0];
                return token.Substring(0, start) + Cased(core, words) + token.Substring(end);
            }
        }

        return token;
    }

    // Whether the next word, past any white space, starts with a capital.
    private static bool WordAfterIsCapitalised(string text, int end)
    {
        var after = end;
        while (after < text.Length && char.IsWhiteSpace(text[after]))
        {
            after++;
        }

        return after < text.Length && char.IsUpper(text[after]);
    }

    // Capitals OCR makes of small letters' strokes (I, J) and of the fi ligature (E); other capitals it misreads stay capitals.
    private const string StrokeCapitals = "IJE";

    /// <summary>
    /// "some of these Ieadcrs", "the economy Iras suffered", "Japanese Eshermen": OCR read the stroke of an l or an h as
    /// a capital I or J, or the fi ligature as an E, and the word was given the capital. Inside a sentence a word that
    /// is no name keeps its small letter.
    /// </summary>
    private string WithoutStrokeCapital(string token, string corrected)
    {
        var (start, _) = CoreBounds(token);
        if (start >= token.Length || StrokeCapitals.IndexOf(token[start]) < 0 || start >= corrected.Length || !char.IsUpper(corrected[start])
            || corrected[start] == token[start] || start + 1 >= token.Length || !char.IsLower(token[start + 1]))
        {
            return corrected;
        }

        // Only capitals the model reads as small letters ("I" for l, "Ir" for h, "E" for fi); "Ii" for E is a capital's outline.
        var letter = char.ToLowerInvariant(corrected[start]);
        if (!ReadsAt(token, start, printed => printed.Length > 0 && printed[0] == letter && printed.All(char.IsLower)))
        {
            return corrected;
        }

        var wordEnd = start;
        while (wordEnd < corrected.Length && char.IsLetter(corrected[wordEnd]))
        {
            wordEnd++;
        }

        var word = corrected.Substring(start, wordEnd - start).ToLowerInvariant();
        return char.IsLower(_lexicon.Display(word)[0]) ? corrected.Substring(0, start) + char.ToLowerInvariant(corrected[start]) + corrected.Substring(start + 1) : corrected;
    }

    /// <summary>
    /// "Norcrtbcr 1997" is "November 1997": before a year, a word no list knows is read as the month it is closest to
    /// through the confusion model. Twelve names are few, so a reading may cost more than a word's search allows, as
    /// long as it is cheap per letter and no other month comes close. Null when no month is read.
    /// </summary>
    private string? MonthBeforeYear(string token, ref string? previous)
    {
        var (start, end) = CoreBounds(token);
        var core = token.Substring(start, end - start);
        var lower = core.ToLowerInvariant();
        if (!MayBeMonth(lower))
        {
            return null;
        }

        // "ofOctober 1993": a word run into the month, not letters to drop.
        foreach (var month in PartialDateText.MonthNames)
        {
            if (lower.Length > month.Length && lower.EndsWith(month, StringComparison.Ordinal) && IsKnown(lower.Substring(0, lower.Length - month.Length)))
            {
                var cut = start + core.Length - month.Length;
                previous = month;
                return token.Substring(0, cut) + " " + char.ToUpperInvariant(month[0]) + month.Substring(1) + token.Substring(end);
            }
        }

        if (MonthReading(lower) is not { } best)
        {
            return null;
        }

        previous = best;
        return token.Substring(0, start) + char.ToUpperInvariant(best[0]) + best.Substring(1) + token.Substring(end);
    }

    // A word of letters no list knows, long enough to be a month's name as OCR garbled it.
    private bool MayBeMonth(string lower) => lower.Length >= MinMonthReadLength && All(lower, char.IsLetter) && !IsKnown(lower);

    // The month a word of letters no list knows is closest to, when it is cheap per letter and no other month comes close.
    private string? MonthReading(string lower)
    {
        string? best = null;
        int bestCost = int.MaxValue, secondCost = int.MaxValue;
        foreach (var month in PartialDateText.MonthNames)
        {
            var cost = ReadingCost(lower, month);
            if (cost < bestCost)
            {
                (secondCost, bestCost, best) = (bestCost, cost, month);
            }
            else if (cost < secondCost)
            {
                secondCost = cost;
            }
        }

        return best is null || bestCost > InTenths(MonthCostPerLetter) * best.Length || secondCost - bestCost < InTenths(MonthMargin) ? null : best;
    }

    /// <summary>
    /// The month the word ending at <paramref name="wordEnd"/> reads as when a year follows it ("zo Marclr 1998": the
    /// day before it is read knowing a month comes next); null otherwise.
    /// </summary>
    private string? MonthBeforeYearAt(string text, string? word, int wordEnd)
    {
        if (word is null || !MayBeMonth(word))
        {
            return null;
        }

        var (after, _) = WordAfter(text, wordEnd);
        return after != null && NumberReading.TryReadYear(after, out _) ? MonthReading(word) : null;
    }

    // The next token's core in lower case, and where the token ends; null when none follows one space on.
    private (string? Word, int End) WordAfter(string text, int end)
    {
        var start = end < text.Length && text[end] == ' ' ? end + 1 : -1;
        if (start <= 0 || start >= text.Length)
        {
            return (null, -1);
        }

        var tokenEnd = TokenEnd(text, start);
        return (Core(text.Substring(start, tokenEnd - start)).ToLowerInvariant(), tokenEnd);
    }

    // The cheapest reading of a whole token as one word, in tenths: the model's confusions, a letter put for another,
    // a character dropped or a letter supplied, at the search's prices.
    [MethodImpl(MethodOptions.HotLoop)]
    private int ReadingCost(string token, string word)
    {
        // One row per prefix of the token, kept in a buffer the corrector reuses: months are read for many tokens.
        var width = word.Length + 1;
        if (_readingCosts.Length < (token.Length + 1) * width)
        {
            _readingCosts = new int[(token.Length + 1) * width];
        }

        var cost = _readingCosts;
        for (var i = 0; i <= token.Length; i++)
        {
            for (var j = 0; j <= word.Length; j++)
            {
                if (i == 0 && j == 0)
                {
                    cost[0] = 0;
                    continue;
                }

                var least = int.MaxValue;
                if (i > 0)
                {
                    least = Math.Min(least, cost[((i - 1) * width) + j] + DeleteLetterTenths);
                }

                if (j > 0)
                {
                    least = Math.Min(least, cost[(i * width) + j - 1] + InsertTenths);
                }

                if (i > 0 && j > 0)
                {
                    least = Math.Min(least, cost[((i - 1) * width) + j - 1] + (token[i - 1] == word[j - 1] ? 0 : SubstituteTenths));
                }

                for (var k = Math.Max(0, i - _longestRead); k < i; k++)
                {
                    foreach (var (read, printed, confusion) in _searchConfusions.TryGetValue(token[k], out var confusions) ? confusions : NoConfusions)
                    {
                        if (k + read.Length == i && StandsAt(token, k, read) && StandsAt(word, j - printed.Length, printed))
                        {
                            least = Math.Min(least, cost[(k * width) + j - printed.Length] + confusion);
                        }
                    }
                }

                cost[(i * width) + j] = least;
            }
        }

        return cost[(token.Length * width) + word.Length];
    }

    // A token ends at white space, or after a sentence's stop that OCR ran into the next sentence (SpaceLostAfter).
    private static int TokenEnd(string text, int start)
    {
        var end = start;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        return SpaceLostAfter(text, start, end) is var stop and >= 0 ? stop + 1 : end;
    }

    /// <summary>
    /// "Japan.'I'his stance", "ofr997.'IJrough", "war.They": OCR lost the space after a sentence's stop. The stop ends
    /// a word of three letters or digits or more and is followed by a capital, or by a quote and a letter (OCR reads T
    /// as 'I' or 'f); an initial's stop ("U.S.") or a web address ("www.un.Org", "a/b.C") is no sentence end. The
    /// stop's position, or -1.
    /// </summary>
    private static int SpaceLostAfter(string text, int start, int end)
    {
        var stop = text.IndexOfAny(SentenceStops, start, end - start);
        if (stop < 0 || text.IndexOfAny(AddressMarks, start, end - start) >= 0)
        {
            return -1;
        }

        for (; stop >= 0 && stop < end - 1; stop = text.IndexOfAny(SentenceStops, stop + 1, end - stop - 1))
        {
            var wordStart = stop;
            while (wordStart > start && char.IsLetterOrDigit(text[wordStart - 1]))
            {
                wordStart--;
            }

            var endsWord = stop - wordStart >= MinWordBeforeLostSpace && (wordStart == start || text[wordStart - 1] != '.');
            var quoted = QuoteMarks.IndexOf(text[stop + 1]) >= 0;
            var letter = quoted ? stop + 2 : stop + 1;
            if (endsWord && letter < end && char.IsLetter(text[letter]) && (quoted || char.IsUpper(text[letter])))
            {
                return stop;
            }
        }

        return -1;
    }

    private string Core(string token)
    {
        var (start, end) = CoreBounds(token);
        return token.Substring(start, end - start);
    }

    private (int Start, int End) CoreBounds(string token)
    {
        var start = 0;
        while (start < token.Length && LeadingMarks.IndexOf(token[start]) >= 0)
        {
            start++;
        }

        var end = token.Length;
        while (end > start && TrailingMarks.IndexOf(token[end - 1]) >= 0)
        {
            end--;
        }

        // "strongl1," is "strongly,": OCR reads y as "1," or "l,", and "ly" as "\," ("ear\," is "early"), so that comma belongs to the word.
        if (end < token.Length && token[end] == ',' && end - start > 2 && "1l\\".IndexOf(token[end - 1]) >= 0 && char.IsLetter(token[end - 2])
            && !IsKnown(token.Substring(start, end - start).ToLowerInvariant()))
        {
            end++;
        }

        return (start, end);
    }

    /// <summary>
    /// The token at <paramref name="start"/> and up to MaxPieces - 1 more after it, each one space apart, in a list
    /// kept between tokens (read before the next token's are listed).
    /// </summary>
    private List<(int Start, int End)> FollowingTokens(string text, int start)
    {
        var tokens = _following;
        tokens.Clear();
        var at = start;
        while (tokens.Count < MaxPieces)
        {
            var end = TokenEnd(text, at);
            tokens.Add((at, end));
            if (end + 1 >= text.Length || text[end] != ' ' || char.IsWhiteSpace(text[end + 1]))
            {
                break;
            }

            at = end + 1;
        }

        return tokens;
    }

    /// <summary>
    /// The longest run of the first tokens (two or more) that reads as one word, corrected, or null. Pieces of a
    /// broken word are short and mostly not words of their own: all but one piece have at most three letters, and
    /// one at least is not a common word (or the long piece reads as nothing by itself: "Re latiotts"); or there are
    /// two long pieces, one of them no word ("Coope ration").
    /// </summary>
    [MethodImpl(MethodOptions.HotLoop)]
    private (string Text, int Count)? JoinRun(string text, List<(int Start, int End)> tokens, string? previous)
    {
        // Most runs fail the length rule; it is checked on the text itself before any piece is cut out.
        var shortTokens = 0;
        for (var count = 1; count <= tokens.Count; count++)
        {
            if (Letters(text, tokens[count - 1]) <= FragmentLength)
            {
                shortTokens++;
            }
        }

        string? first = null;
        bool pairRuledOut = false, longerRuledOut = false;
        for (var count = tokens.Count; count >= 2; count--)
        {
            if (count < tokens.Count && Letters(text, tokens[count]) <= FragmentLength)
            {
                shortTokens--;
            }

            // Two long pieces may be one word too, when OCR read a space inside it ("Coope ration"): JoinBroken asks
            // that one of them be no word.
            if (shortTokens < count - 1 && count > 2)
            {
                continue;
            }

            // Every run starts with the first token, and most are ruled out by it alone (JoinBroken's rules, asked once):
            // it may not end in a mark or hold a digit, and must hold a letter. A short common word ("in", "the") is no
            // fragment, so it starts no run of three or more; a common word starts no pair but with a long piece (one
            // that may read as nothing alone).
            if (first is null)
            {
                var piece = text.Substring(tokens[0].Start, tokens[0].End - tokens[0].Start);
                var (start, end) = CoreBounds(piece);
                if (end != piece.Length || Any(piece, char.IsDigit))
                {
                    return null;
                }

                first = piece.Substring(start).ToLowerInvariant();
                if (!Any(first, char.IsLetter))
                {
                    return null;
                }

                var firstLetters = Count(first, char.IsLetter);
                longerRuledOut = firstLetters <= FragmentLength && !IsFragment(first);
                pairRuledOut = IsCommonWord(first) && (firstLetters > FragmentLength || Letters(text, tokens[1]) <= FragmentLength)
                    && !IsDropCapital(piece.Substring(start), Letters(text, tokens[1]));
            }

            if (count > 2 ? longerRuledOut : pairRuledOut)
            {
                continue;
            }

            var pieces = new List<string>(count);
            for (var p = 0; p < count; p++)
            {
                pieces.Add(text.Substring(tokens[p].Start, tokens[p].End - tokens[p].Start));
            }

            var joined = JoinBroken(pieces, previous);
            if (joined != null)
            {
                return (joined, count);
            }
        }

        return null;
    }

    // "I n the spring": a capital printed apart from its word (a drop capital); "I" and one letter make no phrase.
    private static bool IsDropCapital(string firstPiece, int secondLetters) => firstPiece == "I" && secondLetters == 1;

    [MethodImpl(MethodOptions.HotLoop)]
    private static int Letters(string text, (int Start, int End) token)
    {
        var letters = 0;
        for (var i = token.Start; i < token.End; i++)
        {
            letters += char.IsLetter(text[i]) ? 1 : 0;
        }

        return letters;
    }

    // The pieces already meet the length rule (JoinRun checks it); here: marks, digits, common words, the reading.
    private string? JoinBroken(List<string> pieces, string? previous)
    {
        // Each piece's bounds are worked out once, and its letters (lower case) cut out once.
        var lastPiece = pieces.Count - 1;
        int firstStart = 0, lastStart = 0, lastEnd = 0;
        for (var p = 0; p <= lastPiece; p++)
        {
            var (start, end) = CoreBounds(pieces[p]);
            if ((p > 0 && start != 0) || (p < lastPiece && end != pieces[p].Length) || Any(pieces[p], char.IsDigit))
            {
                return null;
            }

            if (p == 0)
            {
                firstStart = start;
            }

            (lastStart, lastEnd) = (start, end);
        }

        var letters = new string[pieces.Count];
        string? longPiece = null;
        for (var p = 0; p <= lastPiece; p++)
        {
            var piece = pieces[p];
            letters[p] = (p == 0 ? piece.Substring(firstStart) : p == lastPiece ? piece.Substring(lastStart, lastEnd - lastStart) : piece).ToLowerInvariant();
            if (!Any(letters[p], char.IsLetter))
            {
                return null;
            }

            longPiece ??= Count(letters[p], char.IsLetter) > FragmentLength ? letters[p] : null;
        }

        // Two pieces: the first is not a common word ("in N ortheast" keeps "in"), unless the second reads as nothing
        // alone ("Re latiotts"); the second is not a short common word, unless the first is a stray letter (below).
        // Three or more: all short pieces are fragments.
        var strayLetter = letters[0].Length == 1 && IsFragment(letters[0]);
        var secondIsShortCommonWord = false;
        var twoLong = letters.Length == 2 && Count(letters[0], char.IsLetter) > FragmentLength && Count(letters[1], char.IsLetter) > FragmentLength;
        if (twoLong)
        {
            // Two long pieces are one word only when one of them is no word at all: two words stay two ("any one").
            if (IsKnown(letters[0]) && IsKnown(letters[1]))
            {
                return null;
            }
        }
        else if (letters.Length == 2)
        {
            // "September z": a month and its day, spelled in letters ("z" is 2), are no broken word.
            if (PartialDateText.MonthNumber(letters[0]) > 0 && NumberReading.TryReadSpelled(letters[1], out var day) && NumberReading.IsDay(day))
            {
                return null;
            }

            // As printed: a capital may be a misreading of its own ("Eeld" is "field").
            var readsAsNothing = longPiece == letters[1] && !IsKnown(longPiece)
                && CheapestWord(pieces[1].Substring(0, lastEnd), JoinMaxCost) is null;
            secondIsShortCommonWord = letters[1].Length <= FragmentLength && IsCommonWord(letters[1]);

            var dropCapital = IsDropCapital(pieces[0].Substring(firstStart), letters[1].Length) && IsCommonWord(letters[0] + letters[1]);
            if (!dropCapital && ((IsCommonWord(letters[0]) && !readsAsNothing) || (secondIsShortCommonWord && !strayLetter)))
            {
                return null;
            }
        }
        else if (!letters.Where(l => l != longPiece).All(IsFragment))
        {
            return null;
        }

        // A stray letter is no word of its own, so the pieces as words are no rival to the joined word.
        var joined = Core(pieces[0].Substring(firstStart) + string.Concat(pieces.Skip(1)));
        var maxCost = pieces.Count == 2 && !strayLetter ? JoinMaxCost : RunMaxCost;
        // A corpus name broken apart ("I lashirnoto") may cost what the whole name would.
        var cheapest = CheapestWord(joined, maxCost)
            ?? (IsNameShaped(joined) && CheapestWord(joined, CorpusNameBound(joined)) is { } name && IsCorpusName(name) ? name : null);

        // A w whose right half OCR set apart reads as a u and a space ("pou cr" is "power", "u ith" "with").
        if (cheapest is null && WithBrokenW(pieces, firstStart) is { } withW && CheapestWord(withW, maxCost - BrokenWCost) is { } reading)
        {
            (joined, cheapest) = (withW, reading);
        }

        if (cheapest is null || (!strayLetter && letters.All(IsKnown) && SplitLogProbability(letters) > _lexicon.LogProbability(cheapest) + 2))
        {
            return null;
        }

        var before = previous;
        var word = CorrectCore(joined, ref before, null);
        var lower = word.ToLowerInvariant();

        // A stray letter and the piece after it may cost what a longer run does, or put a common word's letters to use,
        // when together they make a common word: "n as" is "was" (n read for w), "n ith" "with"; "o rnd" is no "om".
        var mustBeCommon = strayLetter && pieces.Count == 2 && (secondIsShortCommonWord || CheapestWord(joined, JoinMaxCost) is null);
        return IsKnown(lower) && (!mustBeCommon || IsCommonWord(lower)) ? pieces[0].Substring(0, firstStart) + word + pieces[lastPiece].Substring(lastEnd) : null;
    }

    // The pieces joined with each u that ends a piece read as w; null when no piece but the last ends in u.
    private string? WithBrokenW(List<string> pieces, int firstStart)
    {
        var joined = new StringBuilder(pieces[0].Length * pieces.Count);
        var broken = false;
        for (var p = 0; p < pieces.Count; p++)
        {
            var piece = p == 0 ? pieces[0].Substring(firstStart) : pieces[p];
            var endsInU = p < pieces.Count - 1 && piece.Length > 0 && piece[piece.Length - 1] == 'u';
            joined.Append(piece, 0, endsInU ? piece.Length - 1 : piece.Length).Append(endsInU ? "w" : string.Empty);
            broken |= endsInU;
        }

        return broken ? Core(joined.ToString()) : null;
    }

    /// <summary>
    /// "ofr997" is "of 1997", "o[1998" "of 1998": a preposition of time, as printed or a cheap misreading away, that OCR
    /// ran into the year after it, written with a digit at least. Null for anything else.
    /// </summary>
    private string? PrepositionRunIntoYear(string core, string? previous)
    {
        // A year is written with a digit at least: most tokens have none, and are not cut up to learn it.
        if (core.Length < 6 || Count(core, char.IsDigit, core.Length - 4, core.Length) == 0
            || !NumberReading.TryReadYear(core.Substring(core.Length - 4), out var year))
        {
            return null;
        }

        var head = core.Substring(0, core.Length - 4);
        var preposition = WordsBeforeAYear.Contains(head) ? head
            : Best(head, previous, year, PlausibleMaxCost, allowSplit: false) is { Length: 1 } read && WordsBeforeAYear.Contains(read[0]) ? read[0]
            : null;
        return preposition is null ? null : preposition + " " + year;
    }

    /// <summary>
    /// A number OCR spelled in letters alone, read where a date has one: a day before or after a month's name ("zo March"
    /// is 20 March, "February ro" February 10), a year after a month's name, its day, or a preposition of time ("July
    /// rqqq" is July 1999, "February ro, zooo" February 10, 2000). A word the lexicon
    /// knows more than rarely ("so", "is") stays a word, and a year must be no word and not look like one ("Igor").
    /// </summary>
    private string? SpelledDatePart(string core, string? previous, string? next)
    {
        if (core.Length > 4 || !NumberReading.TryReadSpelled(core, out var number))
        {
            return null;
        }

        // A lone letter other than "a" and "I" is no word, however often the counts hold it ("z November" is 2 November).
        var lower = core.ToLowerInvariant();
        var word = lower.Length == 1 ? lower == "a" || lower == "i" : _lexicon.Count(lower) >= SpelledNumberMaxCount;
        var afterMonth = previous != null && PartialDateText.MonthNumber(previous) > 0;
        if (NumberReading.IsDay(number) && ((next != null && PartialDateText.MonthNumber(next) > 0) || afterMonth) && !word)
        {
            return number;
        }

        // A year of this century starts with z, as no name that a year's letters could spell does ("zooz" is 2002, "Igor" stays).
        return NumberReading.IsYear(number) && (afterMonth || (previous != null && WordsBeforeAYear.Contains(previous)))
            && !IsKnown(lower) && (lower[0] == 'z' || !_lexicon.LooksLikeEnglish(lower))
            ? number
            : null;
    }

    /// <summary>
    /// The token, its letters read as digits, when it follows a word that numbers things and is one to three letters
    /// that OCR makes of digits, no word ("section or"; a lone letter is none) and no Roman numeral ("Chapter II");
    /// null otherwise.
    /// </summary>
    private string? NumberAfterLabel(string token, string? previous)
    {
        if (previous is null || !NumberedLabels.Contains(previous))
        {
            return null;
        }

        var (start, end) = CoreBounds(token);
        var core = token.Substring(start, end - start);
        return core.Length is > 0 and <= MaxLabelNumberLength && !(All(core, char.IsUpper) && RomanNumerals.TryParse(core, out _))
            && NumberReading.TryReadSpelled(core, out var number) && (core.Length == 1 || _lexicon.Count(core.ToLowerInvariant()) < SpelledNumberMaxCount)
            ? token.Substring(0, start) + number + token.Substring(end)
            : null;
    }

    /// <summary>
    /// "Tsar Nicholas I1", "Phase IIl", "World War I[.": after a name, a capital I and one or two strokes OCR makes of an
    /// I (1, a bracket, a bar or a small l) is the Roman numeral; but "Il" is a name ("Kim Jong Il") and "Ill" a word.
    /// A last L is an I with the full stop at its foot when a sentence starts after it ("World War IL The" is "World
    /// War II. The"). Null otherwise.
    /// </summary>
    private string? RomanNumeralAfterName(string text, int position, string token)
    {
        if (token.Length < 2 || token[0] != 'I')
        {
            return null;
        }

        var (start, end) = CoreBounds(token);
        var core = token.Substring(start, end - start);
        if (core.Length is < 2 or > 3 || All(core, c => c == 'I') || Count(core, c => c == 'l') > 1
            || core == "Il" || !FollowsName(text, position))
        {
            return null;
        }

        for (var k = 1; k < core.Length; k++)
        {
            if (RomanILookalikes.IndexOf(core[k]) < 0 && !(core[k] == 'L' && k == core.Length - 1))
            {
                return null;
            }
        }

        var fullStopAtFoot = core[core.Length - 1] == 'L' && end == token.Length && WordAfterIsCapitalised(text, position + token.Length);
        return new string('I', core.Length) + (fullStopAtFoot ? "." : string.Empty) + token.Substring(end);
    }

    // Strokes OCR reads a capital I as, in a Roman numeral.
    private const string RomanILookalikes = "Il1[]|";

    // Whether the word before the position, on its line or the line before and with nothing but a space between, is a
    // name: a capital and small letters ("War", not "THE" or "said.").
    private static bool FollowsName(string text, int position)
    {
        var (before, newlines) = SpaceBefore(text, position);
        if (before < 0 || newlines > 1 || !char.IsLower(text[before]))
        {
            return false;
        }

        var wordStart = before;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        return char.IsUpper(text[wordStart]) && All(text.Substring(wordStart + 1, before - wordStart), char.IsLower);
    }

    private static bool IsUpright(char c) => c == 'I' || c == 'l' || c == '|';

    // A piece of a broken word: a single letter other than "a" and "I", or a short string that is not a common word.
    private bool IsFragment(string lower) =>
        lower.Length == 1 ? lower != "a" && lower != "i" : lower.Length <= FragmentLength && !IsCommonWord(lower);

    /// <summary>
    /// A sentence's first word has its capital by its place, not as a name: an unknown one that looks like no English
    /// and reads as an everyday word, about as dearly as a long word in lower case may, is that word ("Particrrlarlv" is
    /// Particularly, "Introtluciion" Introduction, also as a title's first word). Null for anything else: a name that
    /// looks like English ("Nihon Keizai") stays as printed.
    /// </summary>
    private string? SentenceOpeningWord(string token, string? previous, string? next)
    {
        var lower = token.ToLowerInvariant();
        if (!IsNameShaped(token) || IsKnown(lower) || _lexicon.LooksLikeEnglish(lower))
        {
            return null;
        }

        return Best(lower, previous, next, SentenceOpeningMaxCost, allowSplit: false) is { Length: 1 } read && _lexicon.Count(read[0]) >= OrdinaryWordCount
            ? Cased(token, read)
            : null;
    }

    // "the", "as", "in"; never a lone letter other than "a" and "I", however often initials and abbreviations ("U.S.",
    // "George W. Bush") leave it in the counts: "u ith" is one broken word.
    private bool IsCommonWord(string lower) =>
        (lower.Length > 1 || lower == "a" || lower == "i") && _lexicon.Count(lower) > CommonWordCount;

    // How likely the pieces are to follow each other as words (the first one given).
    private double SplitLogProbability(IReadOnlyList<string> words)
    {
        var total = 0.0;
        for (var w = 1; w < words.Count; w++)
        {
            total += _lexicon.LogProbability(words[w - 1], words[w]);
        }

        return total;
    }

    private string CorrectToken(string token, ref string? previous, string? next)
    {
        var (start, end) = CoreBounds(token);

        // A mark after an unknown word may be a misread letter ("Russi:" is "Russia", "wit)." is "with."): let it in.
        while (end < token.Length && end > start && ":;),!".IndexOf(token[end]) >= 0 && !IsKnown(token.Substring(start, end - start).ToLowerInvariant())
            && CheapestWord(token.Substring(start, end + 1 - start), 1.0) != null)
        {
            end++;
        }

        var core = token.Substring(start, end - start);
        var before = previous;
        var fixedCore = core.Length == 0 ? core : CorrectCore(core, ref previous, next);

        // A comma let in as part of a letter ("strongl1," is "strongly", "Moscou," is "Moscow") when the reading does not end
        // in such a letter: read the word without it. If that reading ends in one, the comma was its tail all the same
        // ("strongll," is "strongly"); if not, it was a comma ("hacl," is "had,").
        if (core.Length > 1 && core[core.Length - 1] == ',' && !EndsInCommaLetter(fixedCore))
        {
            previous = before;
            var withoutComma = CorrectCore(core.Substring(0, core.Length - 1), ref previous, next);
            if (!EndsInCommaLetter(withoutComma))
            {
                end--;
            }

            fixedCore = withoutComma;
        }

        if (end < token.Length && ".?!".IndexOf(token[token.Length - 1]) >= 0)
        {
            previous = null;
        }

        return ReferenceEquals(fixedCore, core) && start == 0 && end == token.Length ? token : token.Substring(0, start) + fixedCore + token.Substring(end);
    }

    // The letters OCR writes with a comma for their tail: "1," and "l," for y, "u," for w.
    private static bool EndsInCommaLetter(string word) => word.Length > 0 && "yw".IndexOf(char.ToLowerInvariant(word[word.Length - 1])) >= 0;

    private string CorrectCore(string core, ref string? previous, string? next)
    {
        if ((NumberReading.TryRead(core, out var number) ? number : SpelledDatePart(core, previous, next) ?? PrepositionRunIntoYear(core, previous)) is { } read)
        {
            previous = AfterNumber(previous, read);
            return read;
        }

        if (NumberReading.TryReadOrdinal(core, out var ordinal) && IsOrdinal(core, ordinal, previous, next))
        {
            previous = null;
            return ordinal;
        }

        // Parts of a hyphenated compound are words of their own ("mid-r998" is mid-1998); a token with digits and other
        // marks ("<http://.../1945257>") is not a compound.
        var dash = core.IndexOfAny(Dashes, 1);

        // After a name and a hyphen a lone letter numbers the name: a capital as printed ("Sakhalin-I"), a small letter
        // OCR makes of a digit as the digit ("Sakhalin-z" is Sakhalin-2).
        var label = core[core.Length - 1];
        if (dash >= 2 && dash == core.Length - 2 && char.IsUpper(core[0])
            && (char.IsUpper(label) || DigitLetters.IndexOf(label) >= 0))
        {
            var name = CorrectCore(core.Substring(0, dash), ref previous, null);
            previous = null;
            return name + core[dash] + (char.IsUpper(label) ? label.ToString() : NumberReading.Digits(label.ToString()));
        }

        var compound = !Any(core, char.IsDigit) || All(core, c => char.IsLetterOrDigit(c) || Array.IndexOf(Dashes, c) >= 0);
        if (compound && dash > 0 && dash < core.Length - 1 && Count(core, char.IsLetterOrDigit, 0, dash) >= 2 && Count(core, char.IsLetterOrDigit, dash + 1, core.Length) >= 2)
        {
            // Between two upright strokes the dash may be an H's bar ("TI-IE" is "THE"), and between a stroke and an r
            // that ends no word it joins an h's stem to its shoulder ("Tl-re" is "The", "well-read" stays): then the whole is one word.
            if (IsUpright(core[dash - 1])
                && (IsUpright(core[dash + 1]) || (core[dash + 1] == 'r' && !IsCommonWord(core.Substring(0, dash).ToLowerInvariant())))
                && Best(core, previous, next, MaxCost, allowSplit: false) is { } whole)
            {
                previous = whole[0];
                return Cased(core, whole);
            }

            var left = CorrectCore(core.Substring(0, dash), ref previous, null);
            return left + core[dash] + CorrectCore(core.Substring(dash + 1), ref previous, next);
        }

        if (AbbreviationWithBrokenCapital(core) is { } abbreviation)
        {
            previous = null;
            return abbreviation;
        }

        // Tokens with digits ("21st", "G-8", "p.96"), but for one digit OCR puts for a letter ("1ts",
        // "f0r"), abbreviations ("U.S") and words with letters OCR of English does not make ("forté") are left alone.
        var oneLetterLikeDigit = Count(core, char.IsNumber) == 1 && Count(core, char.IsLetter) >= 2 && Any(core, c => LetterLikeDigits.IndexOf(c) >= 0) && !Ordinal.IsMatch(core);
        if ((Any(core, char.IsNumber) && !oneLetterLikeDigit) || IsAbbreviation(core) || Any(core, c => char.IsLetter(c) && c > '\u007F'))
        {
            previous = AfterNumber(previous, core);
            return core;
        }

        // No English word is this long: a run of one letter or a pasted line is left as it is, in linear time.
        if (core.Length > MaxWordLength)
        {
            previous = null;
            return core;
        }

        var lower = core.ToLowerInvariant();
        var lettersOnly = All(core, c => char.IsLetter(c) || c == '\'' || c == '\u2019');
        if (!Any(core, char.IsLetter))
        {
            previous = null;
            return core;
        }

        // "ofOctober", "PresidentYeltsin": OCR lost the space before a capital; both halves are words as written.
        var known = lettersOnly && IsKnown(lower) && !HasStrokeCapitalInside(core);
        if (lettersOnly && !known && SplitAtCapital(core) is { } split)
        {
            previous = split[1].ToLowerInvariant();
            return split[0] + " " + split[1];
        }

        // "Moscorv's": the word before a possessive is read alone, and the possessive is kept, not read as letters.
        if (!known && core.Length > 3 && IsPossessive(core))
        {
            var stemPrevious = previous;
            var stem = CorrectCore(core.Substring(0, core.Length - 2), ref stemPrevious, next);
            if (stem.IndexOf(' ') < 0)
            {
                previous = stemPrevious;
                return stem + core.Substring(core.Length - 2);
            }
        }

        if (known)
        {
            // A real word may still be a misreading of a likelier one ("tho" for "the"), when the context agrees.
            var likelier = lower.IndexOf('\'') < 0 ? Remembered(lower, TokenReading.LikelierRealWord)?[0] : null;
            previous = likelier ?? lower.Trim('\'');
            return likelier is null ? core : Cased(core, new[] { likelier });
        }

        // A word in capitals that is no word ("LDP", "KEDO") is an acronym: only a cheap misreading of strokes changes it
        // ("PUSII" is "PUSH"), never a capital dropped or put for another ("GDP" is not "D", "KGB" is not "KAB").
        if (IsAcronymShaped(core))
        {
            var acronymReading = Best(core, previous, next, NameMaxCost, allowSplit: false);
            previous = acronymReading?[acronymReading.Length - 1];
            return acronymReading is null ? core : Cased(core, acronymReading);
        }

        // An unknown word that looks like English is more likely rare than misread: only a cheap single reading changes it.
        // A capitalised word of plain lower-case letters reads as a name ("Keizai"), just as carefully.
        // A capital inside a small word ("irLernational", "mairLained") is a misread letter, not a rare word's spelling.
        var nameShaped = IsNameShaped(core);
        var plausible = lettersOnly && !HasCapitalInsideSmallWord(core) && (nameShaped || _lexicon.LooksLikeEnglish(lower));
        var best = Best(core, previous, next, nameShaped ? NameMaxCost : plausible ? PlausibleMaxCost : MaxCost, allowSplit: !plausible)
            ?? (lettersOnly ? Remembered(core, TokenReading.RunTogether) : null)
            ?? (lettersOnly && !nameShaped ? Remembered(core, TokenReading.FunctionWordRunOn) : null)
            ?? (plausible && !nameShaped ? LongWordReading(core, lower, previous, next) : null)
            ?? (plausible ? null : Best(core, previous, next, WideMaxCost, allowSplit: true));
        if (best is null)
        {
            previous = null;
            return core;
        }

        // A reading is checked as a printed word is: "garc" reads as the rare "gare", which is a misreading of "gave".
        if (best.Length == 1 && best[0].IndexOf('\'') < 0 && Remembered(best[0], TokenReading.LikelierRealWord) is { } likelierReading)
        {
            best = likelierReading;
        }

        previous = best[best.Length - 1];
        return Cased(core, best);
    }

    // The readings that depend on the token alone are looked up in the lexicon before they are worked out.
    private string[]? Remembered(string token, TokenReading reading)
    {
        var remembered = _memo.Readings[(int)reading];
        if (remembered.TryGetValue(token, out var known))
        {
            return known;
        }

        var read = reading switch
        {
            TokenReading.RunTogether => CommonWordsRunTogether(token),
            TokenReading.FunctionWordRunOn => FunctionWordRunOn(token),
            _ => RealWordCorrection(token) is { } likelier ? new[] { likelier } : null,
        };
        remembered.Remember(token, read);
        return read;
    }

    /// <summary>
    /// "ofthe" is "of the", "resolvingthe" "resolving the", "thattheywould" "that they would": an unknown word that is
    /// two or three known words run together, with nothing misread, all but one of them common (OCR drops the space
    /// after a function word; a word made of content words, "glasshouse", is more likely a compound).
    /// </summary>
    private string[]? CommonWordsRunTogether(string core)
    {
        // Capitals are an acronym ("ASEAN"), not words run together.
        if (!Any(core, char.IsLower))
        {
            return null;
        }

        var lower = core.ToLowerInvariant();
        var nameShaped = IsNameShaped(core);
        string[]? best = null;
        var bestScore = double.NegativeInfinity;
        void Consider(params string[] parts)
        {
            if (parts.Count(p => !IsFunctionWord(p)) > 1 || parts.Any(p => !IsRunTogetherPart(p)) || (nameShaped && !IsNameRunTogether(parts))
                || IsPrefixedVerb(parts))
            {
                return;
            }

            var score = _lexicon.LogProbability(parts[0]) + SplitLogProbability(parts);
            if (score > bestScore)
            {
                bestScore = score;
                best = parts;
            }
        }

        for (var cut = 1; cut < lower.Length; cut++)
        {
            var left = lower.Substring(0, cut);
            if (!IsRunTogetherPart(left))
            {
                continue;
            }

            var rest = lower.Substring(cut);
            Consider(left, rest);
            for (var second = 1; second < rest.Length; second++)
            {
                Consider(left, rest.Substring(0, second), rest.Substring(second));
            }
        }

        return best;
    }

    // A capitalised token is more often a name than words run together ("Amit", "Haslam", "Blackwell"): it is read as
    // words only when it is a name the corpus uses followed by function words ("Chinahas"), or "The" run into a word ("Thefinal").
    private bool IsNameRunTogether(string[] parts) =>
        parts.All(p => p.Length >= 2)
        && (parts[0] == "the" ? parts.Length == 2
            : IsCorpusName(parts[0]) && char.IsUpper(_lexicon.Display(parts[0])[0]) && parts.Skip(1).All(IsFunctionWord));

    /// <summary>
    /// "oftlie" is "of the", "ofecolomic" "of economic": a function word, then a word misread, with the space lost
    /// between them. Only the rest is searched, and only for a cheap reading of one word.
    /// </summary>
    private string[]? FunctionWordRunOn(string core)
    {
        if (!All(core, char.IsLower))
        {
            return null;
        }

        string[]? best = null;
        var bestScore = double.NegativeInfinity;
        for (var cut = 1; cut <= MaxFunctionWordLength && core.Length - cut >= MinRunOnRestLength; cut++)
        {
            var head = core.Substring(0, cut);
            if (!IsRunTogetherPart(head) || !IsFunctionWord(head))
            {
                continue;
            }

            foreach (var (words, cost) in Candidates(core.Substring(cut), JoinMaxCost).Where(c => c.Words.Length == 1))
            {
                var score = _lexicon.LogProbability(head) + _lexicon.LogProbability(head, words[0]) - ChannelWeight * cost;
                if (score > bestScore)
                {
                    bestScore = score;
                    best = new[] { head, words[0] };
                }
            }
        }

        return best;
    }

    // A part of a run-together word: a known word of two letters or more, or "a".
    private bool IsRunTogetherPart(string lower) => (lower.Length >= 2 || lower == "a") && _lexicon.Count(lower) >= MinRunTogetherPartCount;

    // Words that are also prefixes of verbs, and the endings of a verb's forms: "overemphasized", "underestimating" and
    // "outnumbered" are words no list may know, not "over" and a verb run together or broken apart.
    private static readonly string[] VerbPrefixes = { "over", "under", "out" };
    private static readonly string[] VerbFormEndings = { "ed", "ing" };
    private const int MinPrefixedVerbLength = 6;

    private static bool IsPrefixedVerb(string[] parts) =>
        parts.Length == 2 && Array.IndexOf(VerbPrefixes, parts[0]) >= 0 && parts[1].Length >= MinPrefixedVerbLength
        && VerbFormEndings.Any(ending => parts[1].EndsWith(ending, StringComparison.Ordinal));

    // "of", "the", "that", "would": words common enough that OCR losing the space after them is the likely story.
    private bool IsFunctionWord(string lower) => _lexicon.Count(lower) >= FunctionWordCount && !ContractionEndings.Contains(lower);

    // Two words run together at a capital: a common or long known word, then a known capitalised one ("McDonald" stays).
    private string[]? SplitAtCapital(string core)
    {
        // One capital after the first letter, after a lower-case letter.
        int capitals = 0, capital = 0;
        for (var i = 1; i < core.Length; i++)
        {
            if (char.IsUpper(core[i]))
            {
                capitals++;
                capital = i;
            }
        }

        if (capitals != 1 || !char.IsLower(core[capital - 1]))
        {
            return null;
        }

        var left = core.Substring(0, capital);
        var right = core.Substring(capital);
        var leftLower = left.ToLowerInvariant();
        var leftIsWord = (left.Length >= 2 || leftLower == "a") && (_lexicon.Count(leftLower) >= CommonWordCount || (left.Length >= 5 && IsKnown(leftLower)));
        return leftIsWord && right.Length >= 2 && IsKnown(right.ToLowerInvariant()) ? new[] { left, right } : null;
    }

    // After two small letters at least, so that a name's ("MacArthur") or a brand's ("iPhone", "eBay") own capital is not one.
    private static bool HasCapitalInsideSmallWord(string core)
    {
        if (!char.IsLower(core[0]))
        {
            return false;
        }

        for (var i = 2; i < core.Length; i++)
        {
            if (char.IsUpper(core[i]) && char.IsLower(core[i - 1]) && char.IsLower(core[i - 2]))
            {
                return true;
            }
        }

        return false;
    }

    // "tIre", "tIris": a capital I inside a word, before a small letter, is the stroke of an h or the like, not a letter
    // of the word it happens to spell ("tire").
    private static bool HasStrokeCapitalInside(string core)
    {
        for (var i = 1; i + 1 < core.Length; i++)
        {
            if (core[i] == 'I' && char.IsLower(core[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "LI.S" is "U.S": capitals with stops between them, one of which OCR read as the two strokes the model reads as a
    /// capital. Each piece is read alone, so the stops stay where they are; null when the token is no such abbreviation.
    /// </summary>
    private string? AbbreviationWithBrokenCapital(string core)
    {
        // Most tokens have no stop inside: they are not cut up to find that out.
        if (core.IndexOf('.') < 0)
        {
            return null;
        }

        var pieces = core.Split('.');
        if (pieces.Length < 2 || pieces.Any(piece => piece.Length > 2) || !pieces.Any(piece => piece.Length == 2))
        {
            return null;
        }

        var read = new string[pieces.Length];
        for (var i = 0; i < pieces.Length; i++)
        {
            var piece = pieces[i];
            var letter = piece.Length == 1 && char.IsUpper(piece[0]) ? piece
                : piece.Length == 2 ? CapitalOfStrokes(piece)
                : piece.Length == 0 && i == pieces.Length - 1 ? piece
                : null;
            if (letter is null)
            {
                return null;
            }

            read[i] = letter;
        }

        return string.Join(".", read);
    }

    // The capital the model reads two characters as, cheaply enough for a name ("LI" is U); null if none.
    private string? CapitalOfStrokes(string piece)
    {
        string? capital = null;
        var least = NameMaxCost;
        foreach (var confusion in _model.StartingWith(piece[0]))
        {
            if (confusion.Read == piece && confusion.Printed.Length == 1 && char.IsUpper(confusion.Printed[0]) && confusion.Cost <= least)
            {
                capital = confusion.Printed;
                least = confusion.Cost;
            }
        }

        return capital;
    }

    // "U.S", "U.S.", "e.g.": letters each followed by a full stop, the last one perhaps without.
    private static bool IsAbbreviation(string core)
    {
        var i = 0;
        while (i + 1 < core.Length && char.IsLetter(core[i]) && core[i + 1] == '.')
        {
            i += 2;
        }

        return i > 0 && (i == core.Length || (i == core.Length - 1 && char.IsLetter(core[i])));
    }

    /// <summary>A much likelier word one confusion away from a known word ("tho" for "the").</summary>
    [MethodImpl(MethodOptions.HotLoop)]
    private string? RealWordCorrection(string lower)
    {
        // Word frequency alone decides here: the corpus's word pairs are too sparse to overrule a real word.
        double Score(string word, double cost) => _lexicon.LogProbability(word) - ChannelWeight * cost;

        // Most words have no such neighbour: each respelling is walked in the trie, and spelled only if it is a word.
        var trie = _lexicon.Trie;
        var prefixes = trie.PrefixNodes(lower);

        string? best = null;
        var bestScore = Score(lower, 0) + RealWordMargin;
        for (var i = 0; i < lower.Length && prefixes[i] >= 0; i++)
        {
            foreach (var confusion in _model.StartingWith(lower[i]))
            {
                var read = confusion.Read;
                if (confusion.Cost > RealWordMaxCost || !All(read, char.IsLetter) || !StandsAt(lower, i, read))
                {
                    continue;
                }

                var node = prefixes[i];
                foreach (var c in confusion.Printed)
                {
                    node = node < 0 ? -1 : trie.Child(node, char.ToLowerInvariant(c));
                }

                for (var k = i + read.Length; k < lower.Length && node >= 0; k++)
                {
                    node = trie.Child(node, lower[k]);
                }

                if (node <= LexiconTrie.Root || !trie.IsWord(node))
                {
                    continue;
                }

                var candidate = lower.Substring(0, i) + confusion.Printed.ToLowerInvariant() + lower.Substring(i + read.Length);
                if (Score(candidate, confusion.Cost) is var score && score > bestScore)
                {
                    best = candidate;
                    bestScore = score;
                }
            }
        }

        return best;
    }

    // Tests over a token's characters, with no enumerator to allocate: every token passes through several.
    private static bool Any(string text, Func<char, bool> test)
    {
        foreach (var c in text)
        {
            if (test(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool All(string text, Func<char, bool> test, int start = 0)
    {
        for (var i = start; i < text.Length; i++)
        {
            if (!test(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static int Count(string text, Func<char, bool> test) => Count(text, test, 0, text.Length);

    private static int Count(string text, Func<char, bool> test, int start, int end)
    {
        var count = 0;
        for (var i = start; i < end; i++)
        {
            count += test(text[i]) ? 1 : 0;
        }

        return count;
    }

    // A name a document uses often ("Soviet", "Japan") may be misread like any word; a rare one is left as it is.
    private static bool IsNameShaped(string core) => core.Length >= 3 && char.IsUpper(core[0]) && All(core, char.IsLower, 1);

    /// <summary>
    /// "laparr" for "Japan": a name whose capital OCR read as a small letter the model reads as a capital (l for J or
    /// I, f for J), the rest small letters. It may be a corpus name misread as often as a name written with its capital.
    /// </summary>
    private bool IsNameWithMisreadCapital(string core) =>
        core.Length >= 3 && _smallLettersReadAsCapitals.IndexOf(core[0]) >= 0 && All(core, char.IsLower, 1);

    // Whether the word is a name whose capital the model reads as the small letter ("Japan" of "laparr").
    private bool ReadsAsCapital(char small, string word) =>
        _capitalsOfSmallLetters.Contains(new string(new[] { small, char.ToUpperInvariant(word[0]) })) && char.IsUpper(_lexicon.Display(word)[0]);

    private static bool IsAcronymShaped(string core) => core.Length >= 2 && All(core, c => c is >= 'A' and <= 'Z', 0);

    private bool IsKnown(string lower)
    {
        var word = lower.Trim('\'', '\u2019');
        if (IsPossessive(word))
        {
            word = word.Substring(0, word.Length - 2);
        }

        return _lexicon.Count(word) >= 1 || _lexicon.Count(lower) >= 1;
    }

    /// <summary>
    /// A long word that looks like English and has no cheap reading, even as words run together, may still be a word
    /// of the corpus's clean documents with one letter put for another ("cooperatile"): few long spellings are a letter
    /// from a word the corpus uses. Not when it is a form of known words ("subcommittees", "handover"), nor when the
    /// reading adds an ending ("constraint" stays) or drops a plural's ("oligarchs" is not "oligarchy").
    /// </summary>
    private string[]? LongWordReading(string core, string lower, string? previous, string? next)
    {
        if (core.Length < LongWordLength || IsFormOfKnownWords(lower))
        {
            return null;
        }

        var best = Best(core, previous, next, LongPlausibleMaxCost, allowSplit: false);
        var dropsPlural = best != null && lower.EndsWith("s", StringComparison.Ordinal) && !best[0].EndsWith("s", StringComparison.Ordinal);
        return best is null || _lexicon.CorpusCount(best[0]) == 0 || WithEnding(best[0], lower) || dropsPlural ? null : best;
    }

    // A known word with an ending ("subcommittees", "making"), or two known words of four letters or more ("handover").
    private bool IsFormOfKnownWords(string lower)
    {
        foreach (var ending in WordEndings)
        {
            if (lower.Length > ending.Length + MinWordPart && lower.EndsWith(ending, StringComparison.Ordinal))
            {
                var stem = lower.Substring(0, lower.Length - ending.Length);
                if (IsKnown(stem) || IsKnown(stem + "e"))
                {
                    return true;
                }
            }
        }

        for (var cut = MinWordPart; cut <= lower.Length - MinWordPart; cut++)
        {
            if (IsKnown(lower.Substring(0, cut)) && IsKnown(lower.Substring(cut)))
            {
                return true;
            }
        }

        return false;
    }

    // Where a token whose digits may be misread letters, or that is letters alone, is an ordinal: where no word lies as
    // close ("6rst" and "Erst" are "first", "5oth" is 50th); letters alone, only after a determiner or as a day after its
    // month, and where they are no word ("the zoth century", "March zrst"; "loth to act" stays).
    private bool IsOrdinal(string core, string ordinal, string? previous, string? next)
    {
        var hasDigit = Any(core, char.IsDigit);
        if (hasDigit && !Any(core, c => LetterLikeDigits.IndexOf(c) >= 0))
        {
            return true;
        }

        var placed = previous != null
            && (OrdinalDeterminers.Contains(previous) || (PartialDateText.MonthNumber(previous) > 0 && NumberReading.IsDay(ordinal.Substring(0, ordinal.Length - 2))));
        if (!hasDigit && (!placed || IsKnown(core.ToLowerInvariant())))
        {
            return false;
        }

        return Best(core, previous, next, PlausibleMaxCost, allowSplit: false) is null;
    }

    // A day after its month ("February ro, zooo", "February 12, zooz") leaves the month before the year that follows.
    private static string? AfterNumber(string? previous, string number) =>
        previous != null && number.Length <= 2 && All(number, char.IsDigit) && PartialDateText.MonthNumber(previous) > 0 ? previous : null;

    // "constraints" is "constraint" with an ending.
    private static bool WithEnding(string word, string stem) =>
        word.Length > stem.Length && word.StartsWith(stem, StringComparison.Ordinal) && Array.IndexOf(WordEndings, word.Substring(stem.Length)) >= 0;

    // "Moscow's", "Japan\u2019s".
    private static bool IsPossessive(string word) => word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal);

    private string[]? Best(string core, string? previous, string? next, double maxCost, bool allowSplit)
    {
        string[]? best = null;
        var bestScore = double.NegativeInfinity;
        var capitalMisread = IsNameWithMisreadCapital(core);
        var nameShaped = IsNameShaped(core) || capitalMisread;
        var nameCost = nameShaped ? CorpusNameBound(core) : 0;
        var bound = nameShaped ? Math.Max(maxCost, nameCost) : maxCost;

        // What follows the previous word, and the next word's own probability, are the same for every candidate.
        var afterPrevious = _lexicon.After(previous);
        var nextUnigram = next is null ? 0 : _lexicon.Unigram(next);
        var nextAlone = next is null ? 0 : Math.Log(nextUnigram);
        // No word is likelier than certain, and none makes the next word likelier than when all its pairs go on with it:
        // past that, a dearer candidate cannot win.
        var mostContextGives = next is null ? 0 : Lexicon.MostLogProbability(nextUnigram) - nextAlone;
        var candidates = CandidateList(core, bound);
        for (var i = 0; i < candidates.Count && candidates[i].Cost <= bound && (-ChannelWeight * candidates[i].Cost) + mostContextGives > bestScore; i++)
        {
            var (words, cost) = candidates[i];
            // Print seldom doubles a word: a misreading read as the word before it ("and aicl" as "and and") is read as another.
            if (!(cost <= maxCost || (nameShaped && cost <= nameCost && IsCorpusName(words[0]) && (!capitalMisread || ReadsAsCapital(core[0], words[0]))))
                || !(allowSplit || words.Length == 1) || string.Equals(words[0], previous, StringComparison.Ordinal))
            {
                continue;
            }

            var score = -ChannelWeight * cost + _lexicon.LogProbability(afterPrevious, words[0]);
            for (var w = 1; w < words.Length; w++)
            {
                score += _lexicon.LogProbability(words[w - 1], words[w]);
            }

            // The known word after: how much likelier it is after this candidate than on its own.
            if (next != null)
            {
                score += Lexicon.LogProbability(_lexicon.After(words[words.Length - 1]), next, nextUnigram) - nextAlone;
            }

            if (score > bestScore)
            {
                bestScore = score;
                best = words;
            }
        }

        // A verb's prefix read apart from the verb is one word ("overernphasized" is "overemphasized").
        return best != null && IsPrefixedVerb(best) ? new[] { best[0] + best[1] } : best;
    }

    // A word the documents use often enough to be misread like a name of theirs ("Hashimoto", "Foreign" of "Foreign Minister").
    private bool IsCorpusName(string lower) => _lexicon.CorpusCount(lower) >= CorpusNameCount;

    // What a misread corpus name may cost: a long one that looks like no English ("Ilaslrirnoto", twelve letters) may hold
    // more of the model's confusions than a short one, 0.2 a letter (2.4 for twelve letters) where that is above the bound.
    private double CorpusNameBound(string core) =>
        core.Length >= LongNameLength && !_lexicon.LooksLikeEnglish(core.ToLowerInvariant()) ? Math.Max(CorpusNameMaxCost, CorpusNameCostPerLetter * core.Length) : CorpusNameMaxCost;

    /// <summary>The cheapest candidate up to <paramref name="maxCost"/> that is one word, or null; read in place.</summary>
    private string? CheapestWord(string token, double maxCost)
    {
        var candidates = CandidateList(token, maxCost);
        for (var i = 0; i < candidates.Count && candidates[i].Cost <= maxCost; i++)
        {
            if (candidates[i].Words.Length == 1)
            {
                return candidates[i].Words[0];
            }
        }

        return null;
    }

    /// <summary>The candidates up to <paramref name="maxCost"/>, cheapest first.</summary>
    private IEnumerable<(string[] Words, double Cost)> Candidates(string token, double maxCost) =>
        CandidateList(token, maxCost).TakeWhile(c => c.Cost <= maxCost);

    /// <summary>
    /// Lexicon spellings the token could be a misreading of, cheapest first: a best-first search that walks the
    /// token and the lexicon's trie together, so only spellings that lead to words are explored. States live in
    /// an arena and point to their parent; a candidate's letters are read back only when it is complete. Only
    /// candidates up to <paramref name="maxCost"/>: a cheaper bound explores far fewer spellings, and a join of
    /// pieces only wants cheap readings. A search with the full bound (or the wide one), when there is one, serves any
    /// bound below it, so the list may go on past <paramref name="maxCost"/>: the caller reads it in place up to there.
    /// </summary>
    [MethodImpl(MethodOptions.HotLoop)]
    private List<(string[] Words, double Cost)> CandidateList(string token, double maxCost)
    {
        var searchBound = Math.Min(maxCost, WideMaxCost);
        var searched = _memo.Candidates.TryGetValue(token, out var remembered) ? remembered : SearchedBounds.None;
        if (((maxCost <= MaxCost ? searched.For(MaxCost) : null) ?? searched.For(WideMaxCost) ?? searched.For(searchBound)) is { } cached)
        {
            return cached;
        }

        // Capitals are not run together by OCR the way lower-case words are ("ofthe"): no split for "ENDNOTES".
        var mayBeTwoWords = Any(token, char.IsLower) || !All(token, char.IsLetter);

        var trie = _lexicon.Trie;
        var found = new List<(string[], double)>();
        var seen = _seen;
        seen.Clear();
        var bound = InTenths(searchBound);

        // The search's working space is kept between tokens: most of a search's time went to growing it.
        var arena = _arena;
        var queue = _queue;
        var best = _best;
        arena.Clear();
        queue.Clear();
        best.Clear();
        // The confusions that read the token at each position, in the model's order, and the least each character costs
        // to take in when the trie cannot match it: one of those confusions, or a deletion.
        if (_confusionsAt.Length < token.Length)
        {
            _confusionsAt = Lists<(int, string, int)>(token.Length * 2);
            _leastToTakeIn = new int[token.Length * 2];
        }

        var confusionsAt = _confusionsAt;
        var leastToTakeIn = _leastToTakeIn;
        for (var pos = 0; pos < token.Length; pos++)
        {
            var here = confusionsAt[pos];
            here.Clear();
            var least = char.IsLetter(token[pos]) ? DeleteLetterTenths : DeleteMarkTenths;
            foreach (var (read, printed, cost) in _searchConfusions.TryGetValue(token[pos], out var confusions) ? confusions : NoConfusions)
            {
                if (StandsAt(token, pos, read))
                {
                    here.Add((read.Length, printed, cost));
                    least = Math.Min(least, cost);
                }
            }

            leastToTakeIn[pos] = least;
        }

        // A lower bound on what a state still has to pay to end on a word: nothing when the next character matches; else
        // the cheapest of taking it in another way, a split, or a letter supplied first; at the end, a letter supplied.
        [MethodImpl(MethodOptions.HotLoop)]
        int LeastToFinish(int pos, int node, bool splitSoFar)
        {
            if (pos == token.Length)
            {
                return trie.IsWord(node) ? 0 : InsertTenths;
            }

            if (trie.Child(node, char.ToLowerInvariant(token[pos])) >= 0)
            {
                return 0;
            }

            var least = Math.Min(leastToTakeIn[pos], InsertTenths);
            return mayBeTwoWords && !splitSoFar && node != LexiconTrie.Root && trie.IsWord(node) ? Math.Min(least, SplitTenths) : least;
        }

        // A state that cannot end on a word within the bound is not made: the search's order among the others is the same.
        [MethodImpl(MethodOptions.HotLoop)]
        void Push(int parent, int pos, int node, char emitted, bool split, int cost)
        {
            if (cost > bound)
            {
                return;
            }

            var splitSoFar = split || (parent >= 0 && arena[parent].Split);
            if (cost + InsertTenths > bound && cost + LeastToFinish(pos, node, splitSoFar) > bound)
            {
                return;
            }

            var key = ((long)pos << 40) | ((long)node << 1) | (splitSoFar ? 1L : 0L);
            if (best.TryGetValue(key, out var known) && known <= cost)
            {
                return;
            }

            best[key] = cost;
            arena.Add(new SearchState(parent, pos, node, emitted, splitSoFar, cost));
            queue.Push(cost, arena.Count - 1);
        }

        Push(-1, 0, LexiconTrie.Root, '\0', false, 0);
        var expansions = 0;
        // A short token's cheapest readings are often rare words ("lhat": "lh at", "lat", "hat", "chat"), and the common
        // word it prints lies further ("that"): its search goes on, keeping each reading likelier than all found before it.
        var maxCandidates = token.Length <= MaxShortTokenLength ? ShortMaxCandidates : MaxCandidates;
        var (considered, mostCommon) = (0, 0.0);
        while (queue.Count > 0 && expansions++ < MaxExpansions && considered < maxCandidates)
        {
            var index = queue.Pop();
            var state = arena[index];
            if (best[((long)state.Position << 40) | ((long)state.Node << 1) | (state.Split ? 1L : 0L)] < state.Cost)
            {
                continue;
            }

            var wordStarted = state.Node != LexiconTrie.Root;
            if (state.Position == token.Length)
            {
                if (trie.IsWord(state.Node))
                {
                    var spelled = Spell(arena, index);
                    if (seen.Add(spelled))
                    {
                        considered++;
                        var count = maxCandidates > MaxCandidates && spelled.IndexOf(' ') < 0 ? _lexicon.Count(spelled) : 0;
                        if (found.Count < MaxCandidates || count > mostCommon)
                        {
                            found.Add((spelled.Split(' '), (double)state.Cost / Tenths));
                        }

                        mostCommon = Math.Max(mostCommon, count);
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
                    Push(index, state.Position + 1, same, lowerChar, false, state.Cost);
                }

                foreach (var confusion in confusionsAt[state.Position])
                {
                    var printed = confusion.Printed;
                    var parent = index;
                    var node = state.Node;
                    for (var k = 0; k < printed.Length && node >= 0; k++)
                    {
                        node = trie.Child(node, printed[k]);
                        if (node >= 0 && k < printed.Length - 1)
                        {
                            arena.Add(new SearchState(parent, state.Position, node, printed[k], state.Split, state.Cost));
                            parent = arena.Count - 1;
                        }
                    }

                    if (node >= 0 && printed.Length > 0)
                    {
                        Push(parent, state.Position + confusion.ReadLength, node, printed[printed.Length - 1], false, state.Cost + confusion.Cost);
                    }
                    else if (printed.Length == 0)
                    {
                        Push(index, state.Position + confusion.ReadLength, state.Node, '\0', false, state.Cost + confusion.Cost);
                    }
                }

                Push(index, state.Position + 1, state.Node, '\0', false, state.Cost + (char.IsLetter(c) ? DeleteLetterTenths : DeleteMarkTenths));
                if (char.IsLetter(c) && state.Cost + SubstituteTenths <= bound)
                {
                    var (first, end) = trie.Children(state.Node);
                    for (var entry = first; entry < end; entry++)
                    {
                        var child = trie.ChildChar(entry);
                        if (child != lowerChar)
                        {
                            Push(index, state.Position + 1, trie.ChildNode(entry), child, false, state.Cost + SubstituteTenths);
                        }
                    }
                }
            }

            if (state.Cost + InsertTenths <= bound && (state.Position < token.Length || !trie.IsWord(state.Node)))
            {
                var (first, end) = trie.Children(state.Node);
                for (var entry = first; entry < end; entry++)
                {
                    Push(index, state.Position, trie.ChildNode(entry), trie.ChildChar(entry), false, state.Cost + InsertTenths);
                }
            }

            // A word may end here and another begin, once: "ofthe" is "of the".
            if (mayBeTwoWords && wordStarted && trie.IsWord(state.Node) && state.Position < token.Length && !state.Split)
            {
                Push(index, state.Position, LexiconTrie.Root, ' ', true, state.Cost + SplitTenths);
            }
        }

        _memo.Candidates.Remember(token, searched.With(searchBound, found));
        return found;
    }

    private static List<T>[] Lists<T>(int count) => Enumerable.Range(0, count).Select(_ => new List<T>()).ToArray();

    // The model's costs are given to a tenth.
    private static int InTenths(double cost) => (int)Math.Round(cost * Tenths);

    // The letters a state's path wrote, read back from the state to the root into a buffer kept between searches.
    [MethodImpl(MethodOptions.HotLoop)]
    private string Spell(List<SearchState> arena, int index)
    {
        var length = 0;
        for (var i = index; i >= 0; i = arena[i].Parent)
        {
            length += arena[i].Emitted != '\0' ? 1 : 0;
        }

        if (_spelling.Length < length)
        {
            _spelling = new char[length * 2];
        }

        var at = length;
        for (var i = index; i >= 0; i = arena[i].Parent)
        {
            if (arena[i].Emitted != '\0')
            {
                _spelling[--at] = arena[i].Emitted;
            }
        }

        return new string(_spelling, 0, length);
    }

    /// <summary>Gives the corrected words the case of the token: capitals stay capitals; a capital start stays; names keep theirs.</summary>
    private string Cased(string original, string[] words)
    {
        var letters = Count(original, char.IsLetter);
        var capitals = Count(original, char.IsUpper);
        // One capital with marks that stood for letters (",\N" for AN) is a word in capitals too.
        var upper = letters > 1 ? capitals * 2 > letters
            : letters == 1 && capitals == 1 && words.Sum(w => w.Length) > 1;
        var firstAt = 0;
        while (firstAt < original.Length && char.IsWhiteSpace(original[firstAt]))
        {
            firstAt++;
        }

        var first = firstAt < original.Length ? original[firstAt] : '\0';
        // OCR writes some capitals as two marks: "lJ" for U, "l{" for R, "]" for J.
        var second = original.Length > 1 ? original[1] : ' ';
        var capital = char.IsUpper(first) || ("]|{)'\u2018(".IndexOf(first) >= 0 && Count(original, char.IsLetter, Math.Min(1, original.Length), original.Length) > 0)
            || ("lI1".IndexOf(first) >= 0 && (char.IsUpper(second) || "{]|".IndexOf(second) >= 0));
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

    /// <summary>One step of the search: where it is in the token and the trie, the letter it wrote, its cost so far in tenths.</summary>
    private readonly record struct SearchState(int Parent, int Position, int Node, char Emitted, bool Split, int Cost);

    /// <summary>
    /// The search's states by cost, cheapest first and, at one cost, in the order they were made (so the search is
    /// deterministic): one first-in first-out bucket per cost in tenths. The search never makes a state cheaper than
    /// the one it expands, so the cheapest bucket only moves up.
    /// </summary>
    private sealed class BucketQueue
    {
        // A bucket for every cost from 0 to the search's largest bound.
        private readonly List<int>[] _buckets = Lists<int>(InTenths(WideMaxCost) + 1);
        private readonly int[] _heads;
        private int _cheapest;

        public BucketQueue() => _heads = new int[_buckets.Length];

        public int Count { get; private set; }

        public void Clear()
        {
            for (var cost = 0; cost < _buckets.Length; cost++)
            {
                _buckets[cost].Clear();
                _heads[cost] = 0;
            }

            _cheapest = 0;
            Count = 0;
        }

        [MethodImpl(MethodOptions.HotLoop)]
        public void Push(int cost, int index)
        {
            _buckets[cost].Add(index);
            _cheapest = Math.Min(_cheapest, cost);
            Count++;
        }

        [MethodImpl(MethodOptions.HotLoop)]
        public int Pop()
        {
            while (_heads[_cheapest] == _buckets[_cheapest].Count)
            {
                _cheapest++;
            }

            Count--;
            return _buckets[_cheapest][_heads[_cheapest]++];
        }
    }

}

/// <summary>Numbers OCR wrote with letters for digits: "rqq8" is 1998, "4o-5o" is 40-50, "575,ooo" is 575,000.</summary>
public static class NumberReading
{
    private const int MinYear = 1800;
    private const int MaxYear = 2049;
    private const int MaxDay = 31;

    /// <summary>Reads a token with one digit at least and letters OCR makes of digits; false when it has none to read.</summary>
    public static bool TryRead(string token, out string number)
    {
        number = token;
        var digits = token.Count(char.IsDigit);
        if (digits == 0 || token.Length < 2)
        {
            return false;
        }

        // "1980s" is a decade, not "19805"; so is "r99os" or "r970s", with OCR's letters for digits.
        if (token.Length > 2 && token[token.Length - 1] == 's')
        {
            var decade = token.Substring(0, token.Length - 1);
            if (!TryReadYear(decade, out var year) || year == decade || year[year.Length - 1] != '0')
            {
                return false;
            }

            number = year + "s";
            return true;
        }

        var builder = new StringBuilder(token.Length);
        var changed = false;
        foreach (var c in token)
        {
            var digit = DigitFor(c);
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

    /// <summary>A year as printed or with digits OCR wrote as letters ("1997", "r997"); false for anything else.</summary>
    public static bool TryReadYear(string token, out string year)
    {
        year = TryRead(token, out var read) ? read : token;
        return year.All(char.IsDigit) && IsYear(year);
    }

    /// <summary>
    /// An ordinal number whose digits OCR read as letters ("2rst" is 21st, "r9th" 19th, "zoth" 20th): two or three
    /// digits or letters OCR makes of them, then the ending that number takes. False when nothing was read as a digit.
    /// </summary>
    public static bool TryReadOrdinal(string token, out string ordinal)
    {
        ordinal = token;
        var numberLength = token.Length - 2;
        if (numberLength is < 2 or > 3 || DigitFor(token[0]) == '0')
        {
            return false;
        }

        var value = 0;
        for (var i = 0; i < numberLength; i++)
        {
            var digit = DigitFor(token[i]);
            if (digit is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (digit - '0');
        }

        if (string.Compare(token, numberLength, OrdinalEnding(value), 0, 2, StringComparison.OrdinalIgnoreCase) != 0)
        {
            return false;
        }

        ordinal = Digits(token.Substring(0, numberLength)) + token.Substring(numberLength);
        return ordinal != token;
    }

    // 1st, 2nd, 3rd, 4th ... 11th, 12th, 13th ... 21st.
    private static string OrdinalEnding(int number) => (number % 100) is >= 11 and <= 13 ? "th" : (number % 10) switch
    {
        1 => "st",
        2 => "nd",
        3 => "rd",
        _ => "th",
    };

    /// <summary>
    /// Reads a token of letters alone as a number, when every letter is one OCR makes of a digit; whether it is one
    /// is for its place to say (a day before a month's name, a year after one).
    /// </summary>
    public static bool TryReadSpelled(string token, out string number)
    {
        number = token;
        if (token.Length == 0 || !token.All(c => char.IsLetter(c) && char.IsDigit(DigitFor(c))))
        {
            return false;
        }

        number = Digits(token);
        return true;
    }

    /// <summary>
    /// A note's label as OCR read it ("r", "z", "ro", "5rz"; an i is a 1 here too): its number, when every character is
    /// a digit or one OCR makes of a digit.
    /// </summary>
    public static bool TryReadLabel(string label, out int number)
    {
        var digits = Digits(label.Replace('i', '1'));
        number = digits.Length > 0 && digits.All(c => c is >= '0' and <= '9') ? Text.TextPatterns.Number(digits) : 0;
        return number > 0;
    }

    /// <summary>Each character OCR makes of a digit put back as the digit ("r997" is 1997); any other is kept.</summary>
    internal static string Digits(string token) => new(token.Select(DigitFor).ToArray());

    /// <summary>Whether a number is a day of a month ("20"), with no leading zero; its digits may be of any script, as a token's are.</summary>
    public static bool IsDay(string number) => number.Length <= 2 && number[0] != '0' && Text.TextPatterns.Number(number) is >= 1 and <= MaxDay;

    /// <summary>Whether a number is a year of modern history ("1999"), in the digits of any script.</summary>
    public static bool IsYear(string number) => number.Length == 4 && Text.TextPatterns.Number(number) is >= MinYear and <= MaxYear;

    private static char DigitFor(char c) => c switch
    {
        'r' or 'l' or 'I' => '1',
        'z' or 'Z' => '2',
        'q' or 'g' => '9',
        'o' or 'O' => '0',
        's' or 'S' => '5',
        'E' or 'B' => '8',
        _ => c,
    };
}

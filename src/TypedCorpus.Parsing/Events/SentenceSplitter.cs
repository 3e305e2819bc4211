using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace TypedCorpus.Parsing.Events;

/// <summary>Splits a paragraph into sentences: at a stop followed by a space and a capital, unless the stop ends an abbreviation or an initial.</summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(System.StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "No", "Nos", "vs", "etc", "e.g", "i.e", "cf", "al", "ed", "eds", "Vol", "vol", "pp", "p",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Gen", "Col", "Lt", "Adm", "Sen", "Rep", "Gov",
        "U.S", "U.N", "U.K", "U.S.S.R", "Inc", "Co", "Corp", "Ltd", "approx", "ca", "est", "Fig", "fig",
    };

    /// <summary>Start and length of each sentence of <paramref name="text"/>, in order, covering all its non-space text.</summary>
    [MethodImpl(MethodOptions.HotLoop)]
    public static List<(int Start, int Length)> Split(string text)
    {
        var sentences = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '.' && c != '?' && c != '!')
            {
                continue;
            }

            var end = i + 1;
            while (end < text.Length && "\"'\u201D\u2019)".IndexOf(text[end]) >= 0)
            {
                end++;
            }

            if (end >= text.Length || text[end] != ' ' || !StartsSentence(text, end + 1) || (c == '.' && EndsAbbreviation(text, i)))
            {
                continue;
            }

            sentences.Add((start, end - start));
            start = end + 1;
        }

        if (start < text.Length && text.Substring(start).Trim().Length > 0)
        {
            sentences.Add((start, text.Length - start));
        }

        return sentences;
    }

    private static bool StartsSentence(string text, int at)
    {
        while (at < text.Length && "\"'\u201C\u2018(".IndexOf(text[at]) >= 0)
        {
            at++;
        }

        return at < text.Length && (char.IsUpper(text[at]) || char.IsDigit(text[at]));
    }

    private static bool EndsAbbreviation(string text, int stop)
    {
        var wordStart = stop;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text.Substring(wordStart, stop - wordStart);
        return word.Length == 1 && char.IsUpper(word[0]) || Abbreviations.Contains(word);
    }
}

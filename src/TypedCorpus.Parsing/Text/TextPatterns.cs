using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace TypedCorpus.Parsing.Text;

/// <summary>
/// Every regular expression of the parser is built here, once, culture-invariant and with a time limit: a
/// pattern that backtracks badly on hostile input fails that seed with a diagnostic instead of hanging the build.
/// </summary>
public static class TextPatterns
{
    /// <summary>How long one match may take. Patterns are linear on the seeds; this bounds the worst case.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    private static readonly Regex Whitespace = Create(@"\s+");

    /// <summary>The ten digits, for a scan that skips the lines a number-reading pattern could not match.</summary>
    public static readonly char[] Digits = "0123456789".ToCharArray();

    public static Regex Create(string pattern, RegexOptions options = RegexOptions.None) =>
        new(pattern, options | RegexOptions.CultureInvariant, MatchTimeout);

    /// <summary>Whether <paramref name="word"/> stands in the text at the position, ignoring case (false where it would run past the end).</summary>
    public static bool WordAt(string text, int at, string word) =>
        text.Length - at >= word.Length && string.Compare(text, at, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0;

    /// <summary>
    /// The next word (a run of <see cref="IsWordChar"/> characters) at or after <paramref name="at"/>: false when none
    /// is left; else its start and length, and <paramref name="at"/> moved past it.
    /// </summary>
    public static bool NextWord(string text, ref int at, out int start, out int length)
    {
        while (at < text.Length && !IsWordChar(text[at]))
        {
            at++;
        }

        start = at;
        while (at < text.Length && IsWordChar(text[at]))
        {
            at++;
        }

        length = at - start;
        return length > 0;
    }

    /// <summary>What <c>\w</c> matches (letters, non-spacing marks, digits, connectors), and so what <c>\b</c> stands between.</summary>
    public static bool IsWordChar(char c)
    {
        if (c < 128)
        {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        }

        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.DecimalDigitNumber:
            case UnicodeCategory.ConnectorPunctuation:
                return true;
            default:
                return c == '\u200D' || c == '\u200C';
        }
    }

    /// <summary>
    /// The value of a run of decimal digits of any script, as <c>\d</c> matches them ("\u0661\u0669\u0669\u0668" is 1998):
    /// <c>int.Parse</c> takes only ASCII digits, and a seed is not to fail on others. The patterns bound their runs of
    /// digits, so the value fits.
    /// </summary>
    public static int Number(string digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            value = (value * 10) + (c >= '0' && c <= '9' ? c - '0' : (int)CharUnicodeInfo.GetDecimalDigitValue(c));
        }

        return value;
    }

    /// <summary>How many places two words of the same length differ in (OCR misreads a letter for one other, keeping the length).</summary>
    public static int Mismatches(string a, string b)
    {
        var mismatches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i])
            {
                mismatches++;
            }
        }

        return mismatches;
    }

    /// <summary>Runs of white space become one space; the ends are trimmed.</summary>
    public static string Squeeze(string text) => Whitespace.Replace(text, " ").Trim();
}

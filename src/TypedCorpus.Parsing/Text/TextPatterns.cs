using System;
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

    public static Regex Create(string pattern, RegexOptions options = RegexOptions.None) =>
        new(pattern, options | RegexOptions.CultureInvariant, MatchTimeout);

    /// <summary>Runs of white space become one space; the ends are trimmed.</summary>
    public static string Squeeze(string text) => Whitespace.Replace(text, " ").Trim();
}

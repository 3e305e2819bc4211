using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace TypedCorpus.Parsing;

/// <summary>
/// Turns titles into C# member names. The rule (documented in README.md): drop apostrophes, split on everything
/// that is not a letter or digit, capitalise each word (an all-capitals word becomes Title case), join; prefix
/// '_' when the result starts with a digit; 'Untitled' when nothing is left; cut at a word boundary after 64
/// characters. Names taken by siblings or reserved by the generated class get a suffix _2, _3, ... in document order.
/// </summary>
public static class Identifiers
{
    public const int MaxLength = 64;

    /// <summary>Names the generated classes use themselves, which no document id may take.</summary>
    public static readonly HashSet<string> ReservedDocumentIds = new(System.StringComparer.Ordinal) { "All", "Documents", "Chronology" };

    public static bool IsValidDocumentId(string id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > MaxLength || !IsAsciiLetter(id[0]))
        {
            return false;
        }

        foreach (var c in id)
        {
            if (!IsAsciiLetter(c) && !(c >= '0' && c <= '9'))
            {
                return false;
            }
        }

        return true;
    }

    public static string FromTitle(string title)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in title)
        {
            if (c == '\'' || c == '\u2019')
            {
                continue;
            }

            if (char.IsLetterOrDigit(c) && !char.IsSurrogate(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        var name = new StringBuilder();
        foreach (var w in words)
        {
            var piece = Capitalise(w);
            if (name.Length > 0 && name.Length + piece.Length > MaxLength)
            {
                break;
            }

            name.Append(piece);
        }

        if (name.Length == 0)
        {
            return "Untitled";
        }

        if (name.Length > MaxLength)
        {
            name.Length = MaxLength;
        }

        if (char.IsDigit(name[0]))
        {
            name.Insert(0, '_');
        }

        return name.ToString();
    }

    /// <summary>
    /// Names for a list of siblings, in order. A name already taken (by an earlier sibling or a reserved member)
    /// gets the first free suffix _2, _3, ...; the second item of each returned pair tells whether it did.
    /// </summary>
    public static List<(string Name, bool Renamed)> Unique(IEnumerable<string> titles, IEnumerable<string> reserved)
    {
        var taken = new HashSet<string>(reserved, System.StringComparer.Ordinal);
        var result = new List<(string, bool)>();
        foreach (var title in titles)
        {
            var name = FromTitle(title);
            if (taken.Add(name))
            {
                result.Add((name, false));
                continue;
            }

            var suffix = 2;
            while (!taken.Add(name + "_" + suffix.ToString(CultureInfo.InvariantCulture)))
            {
                suffix++;
            }

            result.Add((name + "_" + suffix.ToString(CultureInfo.InvariantCulture), true));
        }

        return result;
    }

    private static string Capitalise(string word)
    {
        var allUpper = true;
        foreach (var c in word)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                allUpper = false;
                break;
            }
        }

        var rest = allUpper && word.Length > 1 ? word.Substring(1).ToLowerInvariant() : word.Substring(1);
        return char.ToUpperInvariant(word[0]) + rest;
    }

    private static bool IsAsciiLetter(char c) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

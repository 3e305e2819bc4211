using System;
using System.Linq;
using TypedCorpus.Parsing.Text;

namespace TypedCorpus.Parsing.Events;

/// <summary>
/// The words that say something happened: a visit, a summit, a signing, an election, a statement... A sentence
/// is read word by word against them, case-insensitively. One pattern of a hundred alternatives tried at every
/// character cost more than all the date patterns together.
/// </summary>
internal static class HappeningWords
{
    // A stem matches every word that starts with it ("visit": visits, visited); a word matches only itself.
    private static readonly string[] Stems =
    {
        "visit", "meet", "summit", "sign", "agree", "declar", "elect", "announc", "statement", "hold", "resign", "dismiss",
        "ratif", "launch", "establish", "conclu", "propos", "test", "invad", "occup", "surrender", "communiqu", "appoint",
        "conferen", "arriv", "call", "initiat", "deliver", "pledg", "unveil", "adopt", "approv", "creat", "open", "start",
        "collaps", "defeat", "assum", "decid", "issu", "confer", "discuss", "vow", "hand", "criticiz", "express", "reject",
        "accept", "dropp", "captur", "violat", "transfer", "normaliz", "resum", "revis", "withdr", "deploy", "exercise",
        "loan", "credit", "grant", "disburs", "invit", "inaugura", "exchang", "return", "seiz", "bomb", "attack",
        "disintegrat", "dissol", "reach", "fail", "suffer", "introduc", "promis", "offer", "request", "travel", "talk",
        "negotiat", "admit", "join", "recognis", "recogniz", "reaffirm", "crash", "devalu", "default", "annex", "abolish",
        "expel", "arrest", "protest", "sanction", "summon", "assassinat", "explod", "amend", "enact", "restor", "freez",
        "suspend", "cancel", "postpon", "detain", "releas", "bann", "confirm", "warn", "publish", "discover", "reelect", "reopen",
        "reestablish", "relaunch",
    };

    private static readonly string[] Words =
    {
        "met", "accord", "stated", "states", "held", "talks", "invasion", "war", "treaty", "names", "named", "trip", "speech",
        "began", "begun", "crisis", "won", "victory", "became", "decision", "sent", "plan", "lost", "passed", "tour", "toured",
        "granted", "marked", "anniversary", "fell", "rose", "killed", "died", "born", "shipped", "shipment", "completed", "completion",
        "froze", "lifted", "peaked", "hosted", "replied", "struck", "earthquake", "gave", "coup", "dispatched", "incorporated",
        "intervention", "intervened", "altered", "asked", "committed", "ended", "spoke", "flowed", "bought", "sold", "told", "urged", "urges", "produced",
        "chose", "chosen", "settled", "replaced", "ordered", "imposed", "voted", "refused", "denied", "severed", "ceded",
        "flew", "flown", "landed", "fired", "killing", "lent",
    };

    // Phrases whose words mean little alone ("set", "came").
    private static readonly string[][] Phrases =
    {
        new[] { "set", "up" }, new[] { "came", "to" }, new[] { "went", "to" }, new[] { "carried", "out" }, new[] { "took", "part" }, new[] { "took", "office" }, new[] { "took", "power" }, new[] { "took", "place" },
        new[] { "left", "office" }, new[] { "shot", "down" }, new[] { "broke", "off" }, new[] { "broke", "up" },
    };

    // The stems and words by their first letter: a word that starts with an ASCII character is compared only with
    // those that start as it does (a hundred comparisons per word were most of the time of finding dated events).
    private static readonly string[][] StemsByLetter = ByFirstLetter(Stems);
    private static readonly string[][] WordsByLetter = ByFirstLetter(Words);

    /// <summary>True when a word of the sentence (a run of letters, digits and underscores) is a word of happening.</summary>
    public static bool AnyIn(string sentence)
    {
        var at = 0;
        while (TextPatterns.NextWord(sentence, ref at, out var start, out var length))
        {
            if (IsHappening(sentence, start, length))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsHappening(string text, int start, int length)
    {
        foreach (var stem in StartingAs(text[start], Stems, StemsByLetter))
        {
            if (length >= stem.Length && TextPatterns.WordAt(text, start, stem))
            {
                return true;
            }
        }

        foreach (var word in StartingAs(text[start], Words, WordsByLetter))
        {
            if (length == word.Length && TextPatterns.WordAt(text, start, word))
            {
                return true;
            }
        }

        foreach (var phrase in Phrases)
        {
            if (PhraseAt(text, start, phrase))
            {
                return true;
            }
        }

        return false;
    }

    // The phrase's words one space apart, the last one ending the word.
    private static bool PhraseAt(string text, int start, string[] phrase)
    {
        var at = start;
        for (var w = 0; w < phrase.Length; w++)
        {
            var word = phrase[w];
            if (!TextPatterns.WordAt(text, at, word))
            {
                return false;
            }

            at += word.Length;
            if (w < phrase.Length - 1)
            {
                if (at >= text.Length || text[at] != ' ')
                {
                    return false;
                }

                at++;
            }
        }

        return at == text.Length || !TextPatterns.IsWordChar(text[at]);
    }

    // The entries a word starting with this character may be. Outside ASCII a character may still equal a letter
    // when case is ignored ("\u017F" is "s"), so it is compared with all.
    private static string[] StartingAs(char first, string[] all, string[][] byLetter) =>
        first >= 128 ? all
        : first is >= 'a' and <= 'z' or >= 'A' and <= 'Z' ? byLetter[char.ToLowerInvariant(first) - 'a']
        : Array.Empty<string>();

    private static string[][] ByFirstLetter(string[] list) =>
        Enumerable.Range(0, 26).Select(letter => list.Where(w => w[0] == 'a' + letter).ToArray()).ToArray();
}

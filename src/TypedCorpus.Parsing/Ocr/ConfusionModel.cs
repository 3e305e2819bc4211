using System;
using System.Collections.Generic;
using System.Linq;

namespace TypedCorpus.Parsing.Ocr;

/// <summary>One way OCR misreads print: the characters it wrote, the ones printed, and how unlikely (a cost, lower is likelier).</summary>
public readonly record struct Confusion(string Read, string Printed, double Cost);

/// <summary>
/// The character n-gram confusions of OCR on printed English (rn/m, cl/d, rv/w, u,/w, li/h, ii/n, c/e, l/1/I,
/// o/0...), read off garbled pages and their print: <see cref="Default"/>. A document's own confusions, learned from
/// its text (<see cref="ConfusionLearner"/>), are added with <see cref="With"/>. The corrector searches spellings
/// through a model; the corruption test runs the default one backwards. Value-equal, so the readings worked out
/// with a model are remembered for the next document or build that learns the same one.
/// </summary>
public sealed class ConfusionModel : IEquatable<ConfusionModel>
{
    private static readonly Confusion[] OfEnglishPrint =
    {
        // Letter pairs read as one letter, and back.
        new("rn", "m", 0.6), new("nr", "m", 0.8), new("rr", "m", 1.0), new("ur", "m", 0.9), new("ru", "m", 1.0), new("tn", "m", 1.0), new("in", "m", 1.2), new("iu", "m", 1.2), new("m", "rn", 1.2), new("m", "in", 1.2), new("ln", "m", 1.0), new("rl", "m", 1.1),
        new("rr", "u", 0.8), new("rr", "n", 0.9), new("rrr", "m", 0.8), new("Lr", "u", 0.6), new("Lr", "U", 0.8), new("tr", "u", 1.2), new("rt", "n", 1.1), new("ri", "n", 1.0), new("ii", "n", 0.8),
        new("ii", "u", 1.0), new("li", "h", 0.8), new("lr", "h", 0.8), new("Il", "H", 0.8), new("II", "H", 0.7), new("I]", "H", 0.9), new("I-I", "H", 0.6), new("|-|", "H", 0.6), new("ll", "h", 1.1), new("b", "h", 1.1),
        new("cl", "d", 0.5), new("c1", "d", 0.7), new("<1", "d", 0.7), new("tl", "d", 1.0), new("ci", "d", 1.0),
        new("rv", "w", 0.5), new("u,", "w", 0.5), new("u'", "w", 0.7), new(",v", "w", 0.8), new("vv", "w", 0.8), new("n", "w", 1.3), new("ri", "w", 1.2), new("q", "w", 1.2),
        new("f", "t", 1.1), new("t", "f", 1.1), new("fi", "h", 1.3), new("b", "lo", 1.0), new("tt", "u", 0.9), new("tt", "n", 1.0),

        // Single letters.
        new("c", "e", 0.6), new("e", "c", 1.2), new("r", "n", 0.9), new("n", "r", 1.2), new("n", "m", 0.9), new("ii", "m", 1.0), new("ir", "m", 1.1), new("iri", "m", 1.1), new("l", "i", 0.9), new("i", "l", 1.1),
        new("I", "l", 0.9), new("l", "I", 1.0), new("1", "l", 0.8), new("l", "1", 1.2), new("1", "i", 1.0), new("!", "l", 0.8), new("0", "o", 0.8),
        new("o", "0", 1.2), new("u", "n", 1.0), new("n", "u", 1.0), new("a", "o", 1.4), new("o", "a", 1.4), new("v", "y", 1.0), new("y", "v", 1.2),
        new("h", "b", 1.1), new("k", "h", 1.3), new("s", "e", 1.5), new("t", "r", 1.4), new("e", "o", 1.4), new("o", "e", 1.4),
        new("j", "i", 1.0), new("i", "t", 1.1), new("u", "w", 1.2), new("r", "v", 1.2), new("r", "y", 1.4), new("i", "y", 1.5),

        // Letters broken into strokes and bowls: an h's stem and shoulder, a b's or p's stem and bowl, a capital's parts; a w whose
        // left stroke joined the t or l before it into an h ("behveen", "raihvay").
        new("Ir", "h", 0.8), new("lt", "h", 0.9), new("hv", "tw", 0.6), new("hv", "lw", 0.7), new("l-r", "h", 0.8), new("r.r", "n", 0.7), new("nv", "w", 0.7), new("l:l", "b", 0.6), new("l>", "b", 0.6), new("1;", "p", 0.6), new("l;", "p", 0.7),
        new("FI", "H", 0.7), new("Fl", "H", 0.8), new("Il.", "R", 0.7), new("Lh", "Un", 0.7),

        // Symbols OCR puts for letters, and stray marks inside words.
        new("]", "J", 0.5), new("]", "l", 0.7), new("|", "J", 0.5), new("l", "J", 1.0), new("I", "J", 0.9), new(")", "J", 0.7), new("f", "J", 1.0), new("[", "f", 0.6), new("{", "R", 0.7), new("l{", "R", 0.5),
        new("ll", "R", 0.9), new("I{", "R", 0.6), new("6", "fi", 0.7), new("E", "Fi", 0.9), new("E", "fi", 0.8), new("$", "ty", 0.8), new("h", "ty", 1.2),
        new(";r", "a", 0.6), new(":r", "a", 0.6), new(";", "a", 1.0), new(":", "a", 1.0), new(".r", "n", 1.0), new("l.r", "h", 0.8), new("t).", "th", 0.8),
        new(",", "", 0.9), new(".", "", 1.0), new("'", "", 1.0), new("\\", "", 1.0), new("l,", "", 1.3), new(",", "y", 1.2), new("1,", "y", 0.9),
        new("'l'", "T", 0.5), new("'I'", "T", 0.5), new("'1'", "T", 0.5), new("'l", "T", 0.6), new("'f", "T", 0.6), new("'[", "T", 0.7), new("'[", "", 1.0), new("F-", "E", 0.8), new("N,", "M", 0.8),
        new("N4", "M", 0.6), new("Nl", "M", 0.6), new("NI", "M", 0.6), new("Nr", "M", 0.7), new("Ii", "E", 0.8), new("Ll", "U", 0.8), new("LI", "U", 0.8), new("lJ", "U", 0.7), new("IJ", "U", 0.7), new("LJ", "U", 0.7), new("(l", "G", 0.8), new("C)", "O", 0.8),
        new("\\'", "V", 0.8), new("\\'", "Y", 0.9), new("\\\\", "W", 0.6), new("\\v", "w", 0.6), new("\\V", "W", 0.6), new("\\/\\/", "W", 0.6), new("\\/", "V", 0.8), new("\\'l", "M", 0.8), new("\\,", "y", 0.8), new("\\,", "ly", 0.7), new("\\,", "ty", 0.7), new("\\,", "v", 0.8), new(",\\", "A", 0.8), new("r\\", "A", 0.8), new("l)", "D", 0.8), new("L)", "D", 0.8), new("tJ", "U", 0.8), new("lL", "R", 0.9),
    };

    /// <summary>The confusions OCR of English print makes, whatever the page.</summary>
    public static ConfusionModel Default { get; } = new(OfEnglishPrint);

    private readonly Dictionary<char, Confusion[]> _byFirst;
    private readonly int _hash;

    private ConfusionModel(Confusion[] confusions)
    {
        Confusions = confusions;
        _byFirst = confusions.GroupBy(c => c.Read[0]).ToDictionary(g => g.Key, g => g.ToArray());
        _hash = confusions.Aggregate(17, (hash, c) => (hash * 31) + c.GetHashCode());
    }

    public IReadOnlyList<Confusion> Confusions { get; }

    /// <summary>The confusions whose OCR reading starts with <paramref name="c"/>.</summary>
    public Confusion[] StartingWith(char c) => _byFirst.TryGetValue(c, out var list) ? list : Array.Empty<Confusion>();

    /// <summary>This model with more confusions: one it already has keeps the lower of its two costs.</summary>
    public ConfusionModel With(IEnumerable<Confusion> more)
    {
        var merged = Confusions.ToList();
        var added = false;
        foreach (var confusion in more)
        {
            var same = merged.FindIndex(c => c.Read == confusion.Read && c.Printed == confusion.Printed);
            if (same < 0)
            {
                merged.Add(confusion);
                added = true;
            }
            else if (confusion.Cost < merged[same].Cost)
            {
                merged[same] = confusion;
                added = true;
            }
        }

        return added ? new ConfusionModel(merged.ToArray()) : this;
    }

    public bool Equals(ConfusionModel? other) =>
        ReferenceEquals(this, other) || (other is not null && other._hash == _hash && Confusions.SequenceEqual(other.Confusions));

    public override bool Equals(object? obj) => Equals(obj as ConfusionModel);

    public override int GetHashCode() => _hash;
}

using System.Linq;
using TypedCorpus.Parsing.Tests.Seeds;
using TypedCorpus.Parsing.Text;

namespace TypedCorpus.Parsing.Tests.Text;

public class TextSpliceTests
{
    public static TheoryData<string> Ids => SeedDocuments.Ids;

    [Theory]
    [MemberData(nameof(Ids))]
    public void A_seeds_clean_text_and_notes_are_runs_of_the_seed_with_few_extra_characters(string id)
    {
        var document = SeedDocuments.Get(id);
        var target = document.Text + string.Concat(document.Footnotes.Select(n => n.Text)) + string.Concat(document.Sections.Select(s => s.Title));

        var splice = TextSplice.Of(target, document.RawText);

        Assert.Equal(target, Rebuild(splice, document.RawText));
        // OCR corrections are extra characters (the OCR'd seed has half of its words corrected); a clean seed's text
        // differs from its seed only where lines were joined.
        Assert.True(splice.Extra.Length < (document.IsOcr ? 0.6 : 0.02) * target.Length, $"{splice.Extra.Length} extra characters of {target.Length}");
    }

    [Theory]
    [InlineData("", "anything")]
    [InlineData("nothing in common here", "")]
    [InlineData("a seed shorter than a probe", "probe")]
    [InlineData("then: a stretch the seed repeats", "a stretch the seed repeats, and again: a stretch the seed repeats")]
    [InlineData("the second paragraph. the first paragraph.", "the first paragraph.\n\nthe second paragraph.")]
    [InlineData("a broken word rejoined across the line", "a bro-\nken word re-\njoined across the line")]
    [InlineData("Σ 😀 emoji 😀 pairs 😀😀 stay whole", "Σ 😀 emoji\n😀 pairs 😀\n😀 stay whole")]
    public void Any_text_rebuilds_from_its_splice(string target, string source)
    {
        var splice = TextSplice.Of(target, source);

        Assert.Equal(target, Rebuild(splice, source));
        Assert.All(splice.Pieces, p => Assert.True(p.Length > 0));
        foreach (var piece in splice.Pieces)
        {
            var text = piece.FromSource ? source : splice.Extra;
            Assert.False(char.IsLowSurrogate(text[piece.Start]), "a piece starts inside a surrogate pair");
            Assert.False(char.IsHighSurrogate(text[piece.Start + piece.Length - 1]), "a piece ends inside a surrogate pair");
        }
    }

    [Fact]
    public void Text_found_out_of_order_is_taken_from_the_seed_not_copied()
    {
        // Prose seldom repeats twelve characters; the index keeps the first place a stretch occurs.
        var source = string.Concat(Enumerable.Range(0, 2000).Select(i => ((i * 7919) % 10007).ToString("x4") + (char)('a' + i % 26) + " "));
        var target = source.Substring(9000, 300) + source.Substring(100, 300);

        var splice = TextSplice.Of(target, source);

        Assert.Equal(target, Rebuild(splice, source));
        Assert.Equal(string.Empty, splice.Extra);
    }

    // The target again, from the source and the extra characters: what the runtime does when it joins a document's data.
    private static string Rebuild(TextSplice splice, string source)
    {
        var text = new System.Text.StringBuilder();
        foreach (var piece in splice.Pieces)
        {
            text.Append(piece.FromSource ? source : splice.Extra, piece.Start, piece.Length);
        }

        return text.ToString();
    }
}

using System.Linq;

namespace TypedCorpus.Parsing.Tests;

public class IdentifiersTests
{
    [Theory]
    [InlineData("Introduction", "Introduction")]
    [InlineData("INTRODUCTION", "Introduction")]
    [InlineData("The new power configuration in North-East Asia", "TheNewPowerConfigurationInNorthEastAsia")]
    [InlineData("Russia's Relation with Japan", "RussiasRelationWithJapan")]
    [InlineData("U.S. AS A FACTOR", "USAsAFactor")]
    [InlineData("1997: the crisis", "_1997TheCrisis")]
    [InlineData("***", "Untitled")]
    [InlineData("class", "Class")]
    [InlineData("\u0420\u043E\u0441\u0441\u0438\u044F \u0438 \u042F\u043F\u043E\u043D\u0438\u044F", "\u0420\u043E\u0441\u0441\u0438\u044F\u0418\u042F\u043F\u043E\u043D\u0438\u044F")]
    public void A_title_becomes_a_pascal_case_name(string title, string name)
    {
        Assert.Equal(name, Identifiers.FromTitle(title));
    }

    [Fact]
    public void A_long_title_is_cut_at_a_word_boundary()
    {
        var name = Identifiers.FromTitle(string.Join(" ", Enumerable.Repeat("relations", 20)));

        Assert.True(name.Length <= Identifiers.MaxLength);
        Assert.Equal(0, name.Length % "Relations".Length);
    }

    [Fact]
    public void Clashing_names_get_numbered_suffixes_in_order()
    {
        var names = Identifiers.Unique(new[] { "Notes", "NOTES", "Text", "Notes" }, new[] { "Text" });

        Assert.Equal(new[] { "Notes", "Notes_2", "Text_2", "Notes_3" }, names.Select(n => n.Name));
        Assert.Equal(new[] { false, true, true, true }, names.Select(n => n.Renamed));
    }
}

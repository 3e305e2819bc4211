using System.Linq;
using TypedCorpus.Parsing.Ocr;

namespace TypedCorpus.Parsing.Tests.Ocr;

public sealed class ConfusionLearnerTests
{
    // A page that reads n as l: six words say so.
    private const string ReadsNAsL =
        "The relatiols between the two goverlments improved. The milister of foreign affairs visited the islalds, "
        + "where colditions remained difficult, and the negotiatiols continued.";

    [Fact]
    public void A_misreading_that_several_words_share_is_learned_with_a_cost_below_the_search_bound()
    {
        var learned = ConfusionLearner.Learn(new[] { ReadsNAsL }, Lexicon.General);

        var lForN = Assert.Single(learned, c => c.Read == "l" && c.Printed == "n");
        Assert.InRange(lForN.Cost, 0.5, 1.5);
    }

    [Fact]
    public void The_learned_model_corrects_a_word_the_general_model_leaves_as_read()
    {
        const string Unseen = "the cold wilter months";
        Assert.Equal(Unseen, new OcrCorrector(Lexicon.General).Correct(Unseen));

        var model = ConfusionLearner.ModelFor(new[] { ReadsNAsL }, Lexicon.General);
        Assert.Equal("the cold winter months", new OcrCorrector(Lexicon.General, model).Correct(Unseen));
    }

    [Fact]
    public void What_a_lexicon_remembers_of_a_word_is_keyed_by_the_word_as_written_so_a_page_in_capitals_learns_its_own_reading()
    {
        var lexicon = Lexicon.General;
        var first = ConfusionLearner.Learn(new[] { ReadsNAsL }, lexicon);
        var again = ConfusionLearner.Learn(new[] { ReadsNAsL }, lexicon);
        var capitals = ConfusionLearner.Learn(new[] { ReadsNAsL.ToUpperInvariant() }, lexicon);

        Assert.Equal(first, again);
        Assert.Contains(capitals, c => c.Read == "L" && c.Printed == "n");
        Assert.DoesNotContain(capitals, c => c.Read == "l");
    }

    [Theory]
    [InlineData("The relations between the two governments improved, and the negotiations continued.")]
    [InlineData("The relatiols between the two governments improved.")]
    public void Clean_text_and_a_misreading_seen_in_one_word_only_teach_nothing(string text)
    {
        Assert.Empty(ConfusionLearner.Learn(new[] { text }, Lexicon.General));
        Assert.Same(ConfusionModel.Default, ConfusionLearner.ModelFor(new[] { text }, Lexicon.General));
    }

    [Fact]
    public void A_model_with_more_confusions_keeps_the_lower_cost_and_equal_models_are_equal()
    {
        var cheaper = ConfusionModel.Default.With(new[] { new Confusion("cl", "d", 0.3), new Confusion("l", "n", 0.7) });

        Assert.Equal(0.3, cheaper.StartingWith('c').Single(c => c.Read == "cl" && c.Printed == "d").Cost);
        Assert.Equal(0.7, cheaper.StartingWith('l').Single(c => c.Printed == "n").Cost);
        Assert.Same(ConfusionModel.Default, ConfusionModel.Default.With(new[] { new Confusion("cl", "d", 0.9) }));
        Assert.Equal(cheaper, ConfusionModel.Default.With(new[] { new Confusion("cl", "d", 0.3), new Confusion("l", "n", 0.7) }));
        Assert.Equal(cheaper.GetHashCode(), ConfusionModel.Default.With(new[] { new Confusion("cl", "d", 0.3), new Confusion("l", "n", 0.7) }).GetHashCode());
    }
}

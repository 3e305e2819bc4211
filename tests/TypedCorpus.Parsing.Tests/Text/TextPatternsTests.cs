using System.Collections.Generic;
using TypedCorpus.Parsing.Text;

namespace TypedCorpus.Parsing.Tests.Text;

public class TextPatternsTests
{
    [Fact]
    public void Words_are_runs_of_word_characters_as_regex_reads_them()
    {
        const string text = "  Tokyo's 1997 visit--the_plan, Moscow\u00E9! ";
        var words = new List<string>();
        var at = 0;
        while (TextPatterns.NextWord(text, ref at, out var start, out var length))
        {
            words.Add(text.Substring(start, length));
        }

        Assert.Equal(new[] { "Tokyo", "s", "1997", "visit", "the_plan", "Moscow\u00E9" }, words);
        Assert.Equal(text.Length, at);
    }
}

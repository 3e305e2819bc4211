using System.Linq;
using TypedCorpus.Parsing.Text;

namespace TypedCorpus.Parsing.Tests.Text;

public class SourceTextTests
{
    [Theory]
    [InlineData("a\nb\n\nc")]
    [InlineData("a\r\nb\r\n\r\nc")]
    [InlineData("a\rb\r\rc")]
    public void Every_line_ending_gives_the_same_lines(string raw)
    {
        var source = new SourceText(raw);

        Assert.Equal(new[] { "a", "b", "", "c" }, Enumerable.Range(0, source.Count).Select(source.Text));
    }

    [Fact]
    public void Lines_tile_the_raw_text()
    {
        const string raw = "one\r\ntwo\n\rthree\r";
        var source = new SourceText(raw);

        var next = 0;
        for (var i = 0; i < source.Count; i++)
        {
            Assert.Equal(next, source[i].Start);
            next = source[i].End;
        }

        Assert.Equal(raw.Length, next);
        Assert.Equal(2, source.LineOf(raw.IndexOf("two")));
        Assert.Equal(4, source.LineOf(raw.IndexOf("three")));
    }
}

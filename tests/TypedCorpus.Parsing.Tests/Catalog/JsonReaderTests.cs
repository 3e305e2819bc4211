using TypedCorpus.Parsing.Catalog;

namespace TypedCorpus.Parsing.Tests.Catalog;

public class JsonReaderTests
{
    [Fact]
    public void Reads_nested_values_and_escapes()
    {
        var node = JsonReader.Parse("{\"a\": [1, -2.5e1, true, null], \"b\": \"q\\\"\\u00e9\\n\"}");

        Assert.Equal(JsonKind.Object, node.Kind);
        var a = node.Get("a")!;
        Assert.Equal(4, a.Items.Count);
        Assert.Equal(-25, a.Items[1].NumberValue);
        Assert.True(a.Items[2].BooleanValue);
        Assert.Equal(JsonKind.Null, a.Items[3].Kind);
        Assert.Equal("q\"\u00e9\n", node.Get("b")!.StringValue);
    }

    [Theory]
    [InlineData("{", 1)]
    [InlineData("{\n\"a\": tru }", 2)]
    [InlineData("[1,\n2,\n]", 3)]
    [InlineData("\"unterminated", 1)]
    [InlineData("{} extra", 1)]
    public void Malformed_text_throws_with_its_line(string text, int line)
    {
        var exception = Assert.Throws<JsonFormatException>(() => JsonReader.Parse(text));
        Assert.Equal(line, exception.Line);
    }

    [Fact]
    public void Deep_nesting_is_refused_rather_than_overflowing_the_stack()
    {
        Assert.Throws<JsonFormatException>(() => JsonReader.Parse(new string('[', 10_000)));
    }
}

using System.Collections.Generic;

namespace TypedCorpus.Parsing.Catalog;

public enum JsonKind
{
    Object,
    Array,
    String,
    Number,
    Boolean,
    Null,
}

/// <summary>A parsed JSON value that remembers the line it starts on, so catalog errors can point at it.</summary>
public sealed class JsonNode
{
    public JsonNode(JsonKind kind, int line)
    {
        Kind = kind;
        Line = line;
    }

    public JsonKind Kind { get; }

    public int Line { get; }

    public string? StringValue { get; init; }

    public double NumberValue { get; init; }

    public bool BooleanValue { get; init; }

    /// <summary>Object members in document order (a repeated key keeps every occurrence).</summary>
    public List<KeyValuePair<string, JsonNode>> Members { get; } = new();

    public List<JsonNode> Items { get; } = new();

    public JsonNode? Get(string key)
    {
        foreach (var member in Members)
        {
            if (member.Key == key)
            {
                return member.Value;
            }
        }

        return null;
    }
}

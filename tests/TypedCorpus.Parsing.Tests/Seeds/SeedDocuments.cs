using System.Collections.Generic;
using System.Linq;
using TypedCorpus.Parsing.Model;
using TypedCorpus.Testing;

namespace TypedCorpus.Parsing.Tests.Seeds;

/// <summary>The five seeds, parsed once for all the tests that read them.</summary>
internal static class SeedDocuments
{
    private static readonly Dictionary<string, ParsedDocument> Parsed = CorpusFolder.Load(Repository.Seeds).Documents.ToDictionary(d => d.Entry.Id);

    public static TheoryData<string> Ids => new() { "Watanabe1999", "Hasegawa2000", "Singh2008", "Azizian2002", "Ferguson2000" };

    public static ParsedDocument Get(string id) => Parsed[id];

    public static IEnumerable<ParsedDocument> All => Parsed.Values;
}

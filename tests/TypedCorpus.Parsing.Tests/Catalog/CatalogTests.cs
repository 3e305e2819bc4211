using System.IO;
using System.Linq;
using TypedCorpus.Parsing.Catalog;
using TypedCorpus.Parsing.Diagnostics;
using TypedCorpus.Testing;
using CatalogFile = TypedCorpus.Parsing.Catalog.Catalog;

namespace TypedCorpus.Parsing.Tests.Catalog;

public class CatalogTests
{
    [Fact]
    public void The_seed_catalog_lists_five_documents_with_their_facts()
    {
        var path = Repository.Seed("catalog.json");
        var catalog = CatalogFile.Read(path, File.ReadAllText(path));

        Assert.Empty(catalog.Diagnostics);
        Assert.Equal(new[] { "Watanabe1999", "Hasegawa2000", "Singh2008", "Azizian2002", "Ferguson2000" }, catalog.Entries.Select(e => e.Id));
        var hasegawa = catalog.Find("001_1abacd52f4049827.txt")!;
        Assert.Equal(1999, hasegawa.Year);
        Assert.Equal(new[] { "Tsuyoshi Hasegawa" }, hasegawa.Authors);
        Assert.Equal("1999-03", hasegawa.Written);
        Assert.Equal("2000-01/2000-03", catalog.Find("004_56262aa763689ffb.txt")!.Covers);
        Assert.True(catalog.Find("000_9a0bdd5a946178d4.txt")!.IsOcr);
        Assert.False(hasegawa.IsOcr);
    }

    [Fact]
    public void Invalid_json_is_TC0001_at_the_line_of_the_fault()
    {
        var catalog = CatalogFile.Read("catalog.json", "{\n  \"documents\": {\n    \"a.txt\": { \"id\": \"A\", }\n  }\n}");

        var diagnostic = Assert.Single(catalog.Diagnostics);
        Assert.Equal("TC0001", diagnostic.Id);
        Assert.Equal(3, diagnostic.Line);
        Assert.Empty(catalog.Entries);
    }

    [Fact]
    public void A_catalog_without_a_documents_object_is_TC0001()
    {
        var catalog = CatalogFile.Read("catalog.json", "[1, 2]");

        Assert.Equal("TC0001", Assert.Single(catalog.Diagnostics).Id);
    }

    [Theory]
    [InlineData("{ \"title\": \"T\" }", "\"id\" is missing")]
    [InlineData("{ \"id\": 5, \"title\": \"T\" }", "\"id\" must be a string")]
    [InlineData("{ \"id\": \"1Abc\", \"title\": \"T\" }", "must start with a letter")]
    [InlineData("{ \"id\": \"All\", \"title\": \"T\" }", "reserved")]
    [InlineData("{ \"id\": \"A\", \"title\": \"T\", \"year\": \"soon\" }", "\"year\" must be a whole number")]
    [InlineData("{ \"id\": \"A\", \"title\": \"T\", \"authors\": \"Ann\" }", "\"authors\" must be an array")]
    [InlineData("\"just a string\"", "an entry must be an object")]
    public void A_malformed_entry_is_TC0005_with_the_reason(string entryJson, string reason)
    {
        var catalog = CatalogFile.Read("catalog.json", "{ \"documents\": { \"a.txt\": " + entryJson + " } }");

        var diagnostic = Assert.Single(catalog.Diagnostics);
        Assert.Equal("TC0005", diagnostic.Id);
        Assert.Contains(reason, diagnostic.Message);
    }

    [Theory]
    [InlineData("date", "last autumn")]
    [InlineData("written", "soon after the summit")]
    [InlineData("covers", "Q1 2000")]
    [InlineData("covers", "2000-01/2001-06")]
    public void A_date_the_parser_cannot_read_is_warning_TC0106_at_its_line_and_the_entry_is_kept(string key, string value)
    {
        var catalog = CatalogFile.Read("catalog.json", "{ \"documents\": {\n \"a.txt\": { \"id\": \"A\", \"title\": \"T\",\n \"" + key + "\": \"" + value + "\" } } }");

        var diagnostic = Assert.Single(catalog.Diagnostics);
        Assert.Equal(("TC0106", CorpusSeverity.Warning, 3), (diagnostic.Id, diagnostic.Severity, diagnostic.Line));
        Assert.Contains($"\"{key}\" is '{value}'", diagnostic.Message);
        Assert.Equal("A", Assert.Single(catalog.Entries).Id);
    }

    [Theory]
    [InlineData("date", "November 20, 2002")]
    [InlineData("written", "1999-03")]
    [InlineData("covers", "2003-10/2004-01")]
    public void A_readable_date_raises_nothing(string key, string value)
    {
        Assert.Empty(CatalogFile.Read("catalog.json", "{ \"documents\": { \"a.txt\": { \"id\": \"A\", \"title\": \"T\", \"" + key + "\": \"" + value + "\" } } }").Diagnostics);
    }

    [Fact]
    public void Cross_checks_report_a_seed_without_entry_an_entry_without_seed_and_a_repeated_id()
    {
        var json = "{ \"documents\": {\n \"a.txt\": { \"id\": \"A\", \"title\": \"T\" },\n \"b.txt\": { \"id\": \"A\", \"title\": \"U\" },\n \"c.txt\": { \"id\": \"C\", \"title\": \"V\" } } }";
        var catalog = CatalogFile.Read("catalog.json", json);

        var diagnostics = CorpusChecks.CrossCheck(catalog, new[] { "seeds/a.txt", "seeds/b.txt", "seeds/x.txt" });

        Assert.Contains(diagnostics, d => d.Id == "TC0002" && d.FilePath == "seeds/x.txt");
        Assert.Contains(diagnostics, d => d.Id == "TC0003" && d.Message.Contains("c.txt") && d.Line == 4);
        Assert.Contains(diagnostics, d => d.Id == "TC0004" && d.Message.Contains("'A'") && d.Line == 3);
        Assert.True(CorpusChecks.IsDuplicateId(catalog, catalog.Find("b.txt")!));
        Assert.False(CorpusChecks.IsDuplicateId(catalog, catalog.Find("a.txt")!));
    }
}

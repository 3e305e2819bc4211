using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using TypedCorpus.Cli;
using TypedCorpus.Testing;

namespace TypedCorpus.Tests;

public class CliTests
{
    private static (int Code, string Output, string Error) Run(params string[] args) => RunWithInput(string.Empty, args);

    private static (int Code, string Output, string Error) RunWithInput(string input, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CommandLine.Run(args, new StringReader(input), output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Normalize_learns_a_misreading_the_strings_share_and_applies_it_to_each()
    {
        // Alone, "wilter" is left as read; beside five more words with n read as l, it is "winter".
        var alone = RunWithInput("[\"the cold wilter months\"]", "normalize", "--ocr");
        var together = RunWithInput(
            "[\"the cold wilter months\", \"The relatiols between the goverlments\", \"the milister visited the islalds\", \"colditions and negotiatiols\"]",
            "normalize", "--ocr");

        Assert.Equal("the cold wilter months", JsonSerializer.Deserialize<string[]>(alone.Output)![0]);
        Assert.Equal("the cold winter months", JsonSerializer.Deserialize<string[]>(together.Output)![0]);
    }

    [Fact]
    public void Normalize_corrects_ocr_strings_in_order_and_leaves_clean_ones()
    {
        var (code, output, _) = RunWithInput("[\"in the sunrnrer o[ rqq8, ]apan ancl Russia\", \"Clean text stays.\", \"\"]", "normalize", "--ocr");

        Assert.Equal(0, code);
        Assert.Equal(new[] { "in the summer of 1998, Japan and Russia", "Clean text stays.", "" }, JsonSerializer.Deserialize<string[]>(output));
        Assert.Equal(2, RunWithInput("not json", "normalize", "--ocr").Code);
        Assert.Equal(2, RunWithInput("[null]", "normalize", "--ocr").Code);
        Assert.Equal(2, Run("normalize").Code);
    }

    [Fact]
    public void Export_prints_the_corpus_in_the_agreed_shape()
    {
        var (code, output, _) = Run("export");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var documents = json.RootElement.GetProperty("documents");
        Assert.Equal(5, documents.GetArrayLength());
        var hasegawa = documents.EnumerateArray().Single(d => d.GetProperty("id").GetString() == "Hasegawa2000");
        foreach (var field in new[] { "id", "seedFile", "title", "authors", "year", "kind", "text", "sections", "footnotes" })
        {
            Assert.True(hasegawa.TryGetProperty(field, out _), field);
        }

        var introduction = hasegawa.GetProperty("sections")[0];
        Assert.Equal(1, introduction.GetProperty("level").GetInt32());
        Assert.Equal("I", introduction.GetProperty("number").GetString());
        Assert.Equal("Introduction", introduction.GetProperty("title").GetString());
        Assert.Equal(6, introduction.GetProperty("line").GetInt32());
        Assert.Equal(JsonValueKind.Array, introduction.GetProperty("sections").ValueKind);
        var note = hasegawa.GetProperty("footnotes")[0];
        Assert.Equal(1, note.GetProperty("number").GetInt32());
        Assert.Equal(12, note.GetProperty("line").GetInt32());
        var yeltsinResigns = json.RootElement.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("date").GetString() == "2000-01-01");
        var source = yeltsinResigns.GetProperty("sources")[0];
        Assert.Equal("Ferguson2000", source.GetProperty("document").GetString());
        Assert.Equal(42, source.GetProperty("line").GetInt32());
        Assert.StartsWith("Boris Yeltsin names Vladimir Putin", source.GetProperty("quote").GetString());
    }

    [Fact]
    public void List_shows_every_document_with_its_counts()
    {
        var (code, output, _) = Run("list");

        Assert.Equal(0, code);
        Assert.Equal(6, output.Trim().Split('\n').Length);
        Assert.Contains(output.Split('\n'), line => line.StartsWith("Hasegawa2000") && line.Contains(" 41 "));
    }

    [Fact]
    public void Show_prints_the_tree_or_a_section_and_explains_what_is_missing()
    {
        Assert.Contains("Lack of vision  [RussoJapaneseRelationsAndAsianSecurityFutureScenarios/LackOfVision, line 280]", Run("show", "Hasegawa2000").Output);
        Assert.StartsWith("I. Introduction", Run("show", "hasegawa2000", "I").Output);
        var (code, _, error) = Run("show", "Hasegawa2000", "Nowhere");
        Assert.Equal(2, code);
        Assert.Contains("has no section 'Nowhere'", error);
        Assert.Equal(2, Run("show", "Nobody2001").Code);
    }

    [Fact]
    public void Events_filters_by_period_and_document()
    {
        var (code, output, _) = Run("events", "--from", "2000-03-26", "--to", "2000-03-27", "--doc", "Ferguson2000");

        Assert.Equal(0, code);
        Assert.Contains("2000-03-26  Ferguson2000:72", output);
        Assert.Contains("2000-03-27  Ferguson2000:74", output);
        Assert.Contains("2000-03     Ferguson2000:26", output);
        Assert.EndsWith("3 events.", output.Trim());
        Assert.Equal(2, Run("events", "--from", "soon").Code);
        Assert.Equal(2, Run("events", "--doc", "Nobody").Code);
    }

    [Fact]
    public void Events_lists_a_source_line_once_when_two_of_its_sentences_tell_the_event()
    {
        // Singh2008's line 148 is a paragraph with two sentences on 1917, merged into one event with two quotes.
        var (_, output, _) = Run("events", "--from", "1917", "--to", "1917", "--doc", "Singh2008");

        var row = output.Split('\n').Single(line => line.StartsWith("1917 ", StringComparison.Ordinal));
        Assert.Contains("Singh2008:148 ", row);
        Assert.DoesNotContain("Singh2008:148, Singh2008:148", row);
    }

    [Fact]
    public void Check_passes_the_seed_folder()
    {
        var (code, output, _) = Run("check", Repository.Seeds);

        Assert.Equal(0, code);
        Assert.EndsWith("5 documents parsed: 0 errors, 0 warnings.", output.Trim());
    }

    [Fact]
    public void Check_reports_errors_as_file_line_col_and_fails()
    {
        var folder = Directory.CreateTempSubdirectory("typedcorpus-check").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "catalog.json"), "{ \"documents\": {\n \"a.txt\": { \"id\": \"A\", \"title\": \"T\" },\n \"gone.txt\": { \"id\": \"G\", \"title\": \"U\" } } }");
            File.WriteAllText(Path.Combine(folder, "a.txt"), "T\n\nSome text here.\n");
            File.WriteAllText(Path.Combine(folder, "b.txt"), "Other text.\n");

            var (code, output, _) = Run("check", folder);

            Assert.Equal(1, code);
            Assert.Contains(Path.Combine(folder, "b.txt") + "(1,1): error TC0002: Seed 'b.txt' has no entry in catalog.json", output);
            Assert.Contains(Path.Combine(folder, "catalog.json") + "(3,1): error TC0003:", output);
            Assert.Matches(@"1 document parsed: \d+ errors?, \d+ warnings?\.$", output.Trim());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Unknown_commands_and_arguments_are_usage_errors()
    {
        Assert.Equal(2, Run("frobnicate").Code);
        Assert.Equal(2, Run("export", "--bogus").Code);
        Assert.Equal(2, Run("check").Code);
        Assert.Equal(2, Run().Code);
        Assert.Equal(0, Run("help").Code);
    }

    [Theory]
    [InlineData("show", "--help")]
    [InlineData("help", "show")]
    [InlineData("show", "Hasegawa2000", "-h")]
    public void A_commands_help_is_its_own_usage_and_no_error(params string[] args)
    {
        var (code, output, error) = Run(args);

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Contains("typedcorpus show ID [SECTION]", output);
        Assert.DoesNotContain("typedcorpus events", output);
        Assert.Contains("typedcorpus events", Run("help").Output);
    }

    [Fact]
    public void Help_for_an_unknown_command_is_a_usage_error_that_names_it()
    {
        var (code, _, error) = Run("help", "frobnicate");

        Assert.Equal(2, code);
        Assert.Contains("unknown command 'frobnicate'", error);
    }
}

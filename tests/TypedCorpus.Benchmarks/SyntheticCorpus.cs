using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using TypedCorpus.Testing;

namespace TypedCorpus.Benchmarks;

/// <summary>
/// A corpus of any size in the seeds' layouts: copies of the five seeds, each with its paragraphs' order shuffled
/// by a fixed random seed (so copies differ) and its own id, and a catalog listing them all.
/// </summary>
internal static class SyntheticCorpus
{
    public static List<(string FileName, string Text)> Build(long targetBytes, int randomSeed = 7)
    {
        var random = new Random(randomSeed);
        var catalogPath = Repository.Seed("catalog.json");
        var catalog = Parsing.Catalog.Catalog.Read(catalogPath, File.ReadAllText(catalogPath));
        var seeds = catalog.Entries.Select(e => (Entry: e, Text: File.ReadAllText(Repository.Seed(e.SeedFile)))).ToList();
        var files = new List<(string, string)>();
        var entries = new StringBuilder("{ \"documents\": {\n");
        long bytes = 0;
        for (var copy = 0; bytes < targetBytes; copy++)
        {
            foreach (var (entry, text) in seeds)
            {
                var fileName = $"{copy:D5}_{entry.SeedFile}";
                var body = copy == 0 ? text : Shuffle(text, random);
                files.Add((fileName, body));
                bytes += Encoding.UTF8.GetByteCount(body);
                entries.Append(files.Count > 1 ? ",\n" : string.Empty).Append($"  \"{fileName}\": {{ \"id\": \"{entry.Id}x{copy}\", \"title\": {Quote(entry.Title)}, \"authors\": [{string.Join(", ", entry.Authors.Select(Quote))}], \"year\": {entry.Year}")
                    .Append(entry.SourceQuality is null ? string.Empty : ", \"source_quality\": " + Quote(entry.SourceQuality))
                    .Append(entry.Covers is null ? string.Empty : ", \"covers\": " + Quote(entry.Covers)).Append(" }");
                if (bytes >= targetBytes)
                {
                    break;
                }
            }
        }

        files.Add(("catalog.json", entries.Append("\n} }\n").ToString()));
        return files;
    }

    public static void Write(string folder, long targetBytes)
    {
        Directory.CreateDirectory(folder);
        foreach (var (name, text) in Build(targetBytes))
        {
            File.WriteAllText(Path.Combine(folder, name), text);
        }
    }

    // Paragraphs (blank-line separated runs) in a new order, the first few (title, byline) kept in place.
    private static string Shuffle(string text, Random random)
    {
        var blocks = text.Replace("\r\n", "\n").Split(new[] { "\n\n" }, StringSplitOptions.None).ToList();
        var head = blocks.Take(4).ToList();
        var rest = blocks.Skip(4).OrderBy(_ => random.Next()).ToList();
        return string.Join("\n\n", head.Concat(rest));
    }

    private static string Quote(string value) => System.Text.Json.JsonSerializer.Serialize(value);
}

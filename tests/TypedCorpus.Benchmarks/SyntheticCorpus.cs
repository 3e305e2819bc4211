using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using TypedCorpus.Testing;

namespace TypedCorpus.Benchmarks;

/// <summary>
/// A corpus of any size in the seeds' layouts: copies of the five seeds, each marked with its number in its first
/// long line (so copies differ) and with its own id, and a catalog listing them all.
/// </summary>
internal static class SyntheticCorpus
{
    public static List<(string FileName, string Text)> Build(long targetBytes)
    {
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
                var body = copy == 0 ? text : MarkCopy(text, copy);
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

    // The copy's number goes at the end of the first long line, inside the body, so the layout is untouched.
    private static string MarkCopy(string text, int copy)
    {
        var lines = text.Split('\n');
        var at = Array.FindIndex(lines, l => l.Length > 200);
        lines[Math.Max(at, 0)] = lines[Math.Max(at, 0)].TrimEnd('\r') + $" (Copy {copy}.)" + (lines[Math.Max(at, 0)].EndsWith("\r", StringComparison.Ordinal) ? "\r" : string.Empty);
        return string.Join("\n", lines);
    }

    private static string Quote(string value) => System.Text.Json.JsonSerializer.Serialize(value);
}

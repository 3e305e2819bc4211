using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using TypedCorpus.Parsing;
using TypedCorpus.Testing;

namespace TypedCorpus.Generator.Tests;

/// <summary>
/// Mutated seeds and catalogs, with a fixed random seed, through the parser and the generator driver: no
/// exception, no parser fault (TC0010), generated code that always compiles, and the same code as a new driver
/// writes from the same files. One mutation in ten goes to a seed catalogued as OCR'd, so that the word corrector
/// and the heading reader see them too; that seed is empty between its turns, as correcting it again on every
/// other seed's edit (its lexicon holds the other seeds' words) would take most of the test's time. The driver does not record its steps, as a compiler's does not: with them
/// recorded, Roslyn 4.14 stops on its own check ("Unexpected value '(Cached, Added)'") after some sequences of
/// edits that it otherwise runs to the same output as a new driver. TYPEDCORPUS_FUZZ_SECONDS=N runs
/// for N seconds instead of the fixed count. A failing input is written to a file named in the failure, as UTF-16
/// code units byte for byte: a lone surrogate, which the mutations make, has no UTF-8.
/// </summary>
public class FuzzTests
{
    private const int RandomSeed = 20261123;
    private const int Iterations = 10_000;
    private const int CompileEvery = 500;
    private const string OcrFile = "c.txt";
    private static readonly string[] Files = { "a.txt", "b.txt", OcrFile, "catalog.json" };

    private static readonly string[] Inserts =
    {
        "<sup>3</sup>", "**", "*", "#", "## ", "\u00B9", "\u00B2\u00B3", "(1)", "---", "CHAPTER II", "I. ", "Figure 1. ", "- **Jan. 1, 2000:** ",
        "\"\"\"", "\\", "*/", "</summary>", "#if DEBUG", "{", "\u202E", "\0", "\uD800", "\uDC00", "\uFFFD", "\r", "\t", "[a](b)", "<b>",
    };

    [Fact]
    public void Mutated_seeds_and_catalogs_give_diagnostics_never_exceptions()
    {
        var random = new Random(RandomSeed);
        var seeds = Directory.GetFiles(Repository.Seeds, "*.txt").OrderBy(p => p, StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        var entry = Catalog("a.txt", "A") + Catalog("b.txt", "B") + Catalog(OcrFile, "C", OcrQuality);
        var harness = new GeneratorHarness(trackSteps: false).Add("a.txt", Window(seeds[0], random)).Add("b.txt", Window(seeds[1], random))
            .Add(OcrFile, string.Empty).Add("catalog.json", Wrap(entry));
        harness.Run();
        var catalog = TypedCorpus.Parsing.Catalog.Catalog.Read("catalog.json", Wrap(entry));

        var seconds = int.TryParse(Environment.GetEnvironmentVariable("TYPEDCORPUS_FUZZ_SECONDS"), out var s) ? s : 0;
        var clock = Stopwatch.StartNew();
        var iteration = 0;
        for (; seconds > 0 ? clock.Elapsed.TotalSeconds < seconds : iteration < Iterations; iteration++)
        {
            var mutateCatalog = random.Next(12) == 0;
            var file = mutateCatalog ? "catalog.json" : random.Next(10) == 0 ? OcrFile : "a.txt";
            var text = mutateCatalog ? MutateCatalog(entry, random) : Mutate(Window(seeds[random.Next(seeds.Length)], random), random);

            try
            {
                if (!mutateCatalog)
                {
                    var parsed = CorpusParser.Parse(file, text, catalog.Find(file)!);
                    Assert.DoesNotContain(parsed.Diagnostics, d => d.Id == "TC0010");
                }

                harness.Replace(file, text);
                var (output, diagnostics, result) = harness.Run();
                Assert.Null(result.Results.Single().Exception);
                Assert.DoesNotContain(diagnostics, d => d.Id is "TC0010" or "CS8785");
                if (iteration % CompileEvery == 0)
                {
                    var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && d.Id.StartsWith("CS", StringComparison.Ordinal)).ToList();
                    Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Take(5)));
                    Assert.Equal(Generated(Fresh(harness).Run().Output), Generated(output));
                }
            }
            catch (Exception exception)
            {
                var saved = Path.Combine(Path.GetTempPath(), $"typedcorpus-fuzz-{RandomSeed}-{iteration}-{file}.utf16");
                File.WriteAllBytes(saved, System.Runtime.InteropServices.MemoryMarshal.AsBytes(text.AsSpan()).ToArray());
                throw new Xunit.Sdk.XunitException($"iteration {iteration}: {exception}\ninput saved to {saved}");
            }

            harness.Replace(file, file switch
            {
                "catalog.json" => Wrap(entry),
                OcrFile => string.Empty,
                _ => Window(seeds[random.Next(seeds.Length)], random),
            });
        }

        Assert.True(iteration >= Math.Min(Iterations, 1));
    }

    private static GeneratorHarness Fresh(GeneratorHarness harness)
    {
        var fresh = new GeneratorHarness(trackSteps: false);
        foreach (var file in Files)
        {
            fresh.Add(file, harness.Text(file));
        }

        return fresh;
    }

    private static string Generated(Compilation compilation) =>
        string.Join("\n", compilation.SyntaxTrees.OrderBy(tree => tree.FilePath, StringComparer.Ordinal).Select(tree => tree.FilePath + "\n" + tree));

    private static string Window(string seed, Random random)
    {
        var length = Math.Min(seed.Length, 500 + random.Next(3500));
        return seed.Substring(random.Next(seed.Length - length + 1), length);
    }

    private static string Mutate(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        switch (random.Next(9))
        {
            case 0:
                var chars = text.ToCharArray();
                for (var i = 0; i < 1 + random.Next(20) && chars.Length > 0; i++)
                {
                    chars[random.Next(chars.Length)] = (char)random.Next(0, 0x3000);
                }

                return new string(chars);
            case 1:
                for (var i = 0; i < 1 + random.Next(10) && lines.Count > 1; i++)
                {
                    lines.RemoveAt(random.Next(lines.Count));
                }

                break;
            case 2:
                for (var i = 0; i < 1 + random.Next(10); i++)
                {
                    var at = random.Next(lines.Count);
                    lines.Insert(at, lines[at]);
                }

                break;
            case 3:
                return text.Substring(0, random.Next(text.Length + 1));
            case 4:
                for (var i = 0; i < 1 + random.Next(10); i++)
                {
                    var (a, b) = (random.Next(lines.Count), random.Next(lines.Count));
                    (lines[a], lines[b]) = (lines[b], lines[a]);
                }

                break;
            case 5:
                return random.Next(2) == 0 ? string.Empty : new string(' ', random.Next(5)) + "\n";
            case 6:
                return text + "\n" + new string((char)('a' + random.Next(26)), 50_000 + random.Next(150_000)) + "\n";
            default:
                var builder = new StringBuilder(text);
                for (var i = 0; i < 1 + random.Next(15); i++)
                {
                    builder.Insert(random.Next(builder.Length + 1), Inserts[random.Next(Inserts.Length)]);
                }

                return builder.ToString();
        }

        return string.Join(random.Next(3) == 0 ? "\r\n" : "\n", lines);
    }

    private static string MutateCatalog(string entries, Random random) => random.Next(6) switch
    {
        0 => Wrap(entries.Replace("\"id\": \"A\"", "\"id\": 42")),
        1 => Wrap(entries.Replace("\"title\": \"Title\", ", string.Empty)),
        2 => Wrap(entries).Substring(0, random.Next(Wrap(entries).Length)),
        3 => Wrap(entries.Replace("[\"Ann Author\"]", "\"Ann Author\"")),
        4 => Wrap(entries.Replace("\"year\": 2001", "\"year\": \"soon\"")),
        _ => "[" + Wrap(entries) + "]",
    };

    private const string OcrQuality = "OCR of a printed page";

    private static string Catalog(string file, string id, string? sourceQuality = null) =>
        $"\"{file}\": {{ \"id\": \"{id}\", \"title\": \"Title\", \"authors\": [\"Ann Author\"], \"year\": 2001"
        + (sourceQuality is null ? string.Empty : $", \"source_quality\": \"{sourceQuality}\"") + " },\n";

    private static string Wrap(string entries) => "{ \"documents\": {\n" + entries.TrimEnd(',', '\n') + "\n} }";
}

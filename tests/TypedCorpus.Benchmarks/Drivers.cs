using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TypedCorpus.Parsing.Catalog;
using TypedCorpus.Testing;

namespace TypedCorpus.Benchmarks;

/// <summary>Runs generators over in-memory seed folders the way the compiler does.</summary>
internal static class Drivers
{
    /// <summary>The seed folder's files, the seeds and their catalog, by name and text.</summary>
    public static List<(string FileName, string Text)> SeedFiles() =>
        Directory.GetFiles(Repository.Seeds).Select(p => (Path.GetFileName(p), File.ReadAllText(p))).ToList();

    /// <summary>The same without the seeds the catalog calls OCR'd: what the corpus costs when no OCR is read.</summary>
    public static List<(string FileName, string Text)> CleanSeedFiles(List<(string FileName, string Text)> files)
    {
        var (name, text) = files.Single(f => f.FileName == Catalog.FileName);
        var catalog = Catalog.Read(name, text);
        return files.Where(f => catalog.Find(f.FileName) is not { IsOcr: true }).ToList();
    }

    public static Compilation Compilation() => CSharpCompilation.Create(
        "Bench",
        references: new[]
        {
            MetadataReference.CreateFromFile(typeof(object).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(Document).Assembly.Location),
        });

    public static GeneratorDriver Run(ISourceGenerator generator, IEnumerable<(string FileName, string Text)> files, Compilation compilation) =>
        CSharpGeneratorDriver.Create(new[] { generator }).AddAdditionalTexts(Texts(files)).RunGenerators(compilation);

    /// <summary>Median time of a re-run after a full run: with one character of one seed changed, or with nothing changed.</summary>
    public static double Incremental(List<(string FileName, string Text)> files, Compilation compilation, int runs, bool change)
    {
        var texts = Texts(files);
        var driver = CSharpGeneratorDriver.Create(new[] { new Generator.CorpusGenerator().AsSourceGenerator() }).AddAdditionalTexts(texts).RunGenerators(compilation);
        var target = texts.First(t => t.Path.EndsWith("004_56262aa763689ffb.txt", StringComparison.Ordinal));
        var current = target;
        var edit = 0;
        return Measure.Milliseconds(
            () =>
            {
                if (change)
                {
                    // A different one-character change each time, so each run has something new to do.
                    var text = ((InMemoryAdditionalText)target).Text;
                    var at = text.IndexOf("January 28", StringComparison.Ordinal) + 9;
                    var next = new InMemoryAdditionalText(target.Path, text.Substring(0, at) + (char)('0' + edit++ % 10) + text.Substring(at + 1));
                    driver = driver.ReplaceAdditionalText(current, next);
                    current = next;
                }

                driver = driver.RunGenerators(compilation);
            },
            runs);
    }

    public static ImmutableArray<AdditionalText> Texts(IEnumerable<(string FileName, string Text)> files) =>
        files.Select(f => (AdditionalText)new InMemoryAdditionalText(Path.Combine("/bench/seeds", f.FileName), f.Text)).ToImmutableArray();
}

using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.CodeAnalysis;

namespace TypedCorpus.Benchmarks;

/// <summary>
/// The full-run and incremental rows of the ratio table under BenchmarkDotNet (<c>--bdn</c>): its Ratio column is
/// each generator's mean against the embed-only baseline's over the same seeds, measured in one run, with
/// allocations per run. The clean seeds alone show what the corpus costs without reading OCR.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class GeneratorBenchmarks
{
    private const string AllSeeds = "five seeds";
    private const string CleanSeeds = "clean seeds";

    private List<(string FileName, string Text)> _seeds = null!;
    private List<(string FileName, string Text)> _cleanSeeds = null!;
    private Compilation _compilation = null!;
    private GeneratorDriver _warmDriver = null!;

    [GlobalSetup]
    public void Setup()
    {
        _seeds = Drivers.SeedFiles();
        _cleanSeeds = Drivers.CleanSeedFiles(_seeds);
        _compilation = Drivers.Compilation();
        _warmDriver = Drivers.Run(new Generator.CorpusGenerator().AsSourceGenerator(), _seeds, _compilation);
    }

    [BenchmarkCategory(AllSeeds), Benchmark(Baseline = true, Description = "embed-only baseline, full run")]
    public GeneratorDriver EmbedOnly() => Drivers.Run(new EmbedOnlyGenerator().AsSourceGenerator(), _seeds, _compilation);

    [BenchmarkCategory(AllSeeds), Benchmark(Description = "corpus generator, full run")]
    public GeneratorDriver Corpus() => Drivers.Run(new Generator.CorpusGenerator().AsSourceGenerator(), _seeds, _compilation);

    [BenchmarkCategory(AllSeeds), Benchmark(Description = "corpus generator, re-run with no change")]
    public GeneratorDriver NoChange() => _warmDriver.RunGenerators(_compilation);

    [BenchmarkCategory(CleanSeeds), Benchmark(Baseline = true, Description = "embed-only baseline, clean seeds")]
    public GeneratorDriver EmbedOnlyClean() => Drivers.Run(new EmbedOnlyGenerator().AsSourceGenerator(), _cleanSeeds, _compilation);

    [BenchmarkCategory(CleanSeeds), Benchmark(Description = "corpus generator, clean seeds")]
    public GeneratorDriver CorpusClean() => Drivers.Run(new Generator.CorpusGenerator().AsSourceGenerator(), _cleanSeeds, _compilation);
}

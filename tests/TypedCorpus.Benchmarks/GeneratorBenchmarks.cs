using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using TypedCorpus.Testing;

namespace TypedCorpus.Benchmarks;

/// <summary>
/// The full-run and incremental rows of the ratio table under BenchmarkDotNet (<c>--bdn</c>): its Ratio column is
/// each generator's mean against the embed-only baseline's, measured in one run, with allocations per run.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private List<(string FileName, string Text)> _seeds = null!;
    private Compilation _compilation = null!;
    private GeneratorDriver _warmDriver = null!;

    [GlobalSetup]
    public void Setup()
    {
        _seeds = Directory.GetFiles(Repository.Seeds).Select(p => (Path.GetFileName(p), File.ReadAllText(p))).ToList();
        _compilation = Drivers.Compilation();
        _warmDriver = Drivers.Run(new Generator.CorpusGenerator().AsSourceGenerator(), _seeds, _compilation);
    }

    [Benchmark(Baseline = true, Description = "embed-only baseline, full run")]
    public GeneratorDriver EmbedOnly() => Drivers.Run(new EmbedOnlyGenerator().AsSourceGenerator(), _seeds, _compilation);

    [Benchmark(Description = "corpus generator, full run")]
    public GeneratorDriver Corpus() => Drivers.Run(new Generator.CorpusGenerator().AsSourceGenerator(), _seeds, _compilation);

    [Benchmark(Description = "corpus generator, re-run with no change")]
    public GeneratorDriver NoChange() => _warmDriver.RunGenerators(_compilation);
}

using System.Diagnostics;
using Microsoft.CodeAnalysis;

namespace TypedCorpus.Benchmarks;

/// <summary>
/// The first full run of a process, as a build with no compiler server pays it (and a server's first build): nothing
/// compiled yet and nothing remembered, neither the driver's code nor the corpus's, against the embed-only
/// baseline's first run, each in a fresh process.
/// </summary>
internal static class FirstRun
{
    public const string CorpusMode = "corpus";
    public const string BaselineMode = "baseline";

    public static int Child(string mode)
    {
        var seeds = Drivers.SeedFiles();
        var compilation = Drivers.Compilation();
        var generator = mode == CorpusMode ? new Generator.CorpusGenerator().AsSourceGenerator() : new EmbedOnlyGenerator().AsSourceGenerator();
        var watch = Stopwatch.StartNew();
        var driver = Drivers.Run(generator, seeds, compilation);
        watch.Stop();
        FreshProcess.Report(watch.Elapsed);
        return driver.GetRunResult().GeneratedTrees.Length > 0 ? 0 : 1;
    }

    public static (double Corpus, double Baseline) Measure(int runs) =>
        FreshProcess.MedianMilliseconds("--first-run " + CorpusMode, "--first-run " + BaselineMode, runs);
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace TypedCorpus.Benchmarks;

/// <summary>
/// Where a full run's time goes: the driver's own per-step timings (tracked steps and source outputs), medians
/// over warm runs, and the first run of the process (cold: code not yet compiled, the OCR corrector's lexicon and
/// its cache of misreadings not yet built, as after a compiler server starts).
/// </summary>
internal static class Steps
{
    public static void Print(List<(string FileName, string Text)> seeds, Compilation compilation, int runs)
    {
        var texts = Drivers.Texts(seeds);
        var samples = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        var first = new Dictionary<string, double>(StringComparer.Ordinal);
        void Add(string name, double ms, bool cold)
        {
            if (cold)
            {
                first[name] = ms;
                return;
            }

            if (!samples.TryGetValue(name, out var list))
            {
                samples[name] = list = new List<double>();
            }

            list.Add(ms);
        }

        // The first run is the process's cold one; the warm-up runs after it are dropped, as Measure drops them.
        for (var run = -1 - Measure.WarmUpRuns; run < runs; run++)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var driver = CSharpGeneratorDriver.Create(
                new[] { new Generator.CorpusGenerator().AsSourceGenerator() },
                driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true))
                .AddAdditionalTexts(texts).RunGenerators(compilation);
            var wall = watch.Elapsed.TotalMilliseconds;
            var cold = run == -1 - Measure.WarmUpRuns;
            if (run < 0 && !cold)
            {
                continue;
            }

            var result = driver.GetRunResult().Results.Single();
            Add("(wall)", wall, cold);
            var timing = driver.GetTimingInfo();
            Add("(driver)", timing.ElapsedTime.TotalMilliseconds, cold);
            Add("(generator)", timing.GeneratorTimes.Single().ElapsedTime.TotalMilliseconds, cold);
            foreach (var step in result.TrackedSteps.Concat(result.TrackedOutputSteps))
            {
                Add(step.Key, step.Value.Sum(s => s.ElapsedTime.TotalMilliseconds), cold);
            }
        }

        Console.WriteLine("| step | warm ms (median of " + runs + ") | first run of the process, ms |");
        Console.WriteLine("|---|---|---|");
        foreach (var (name, list) in samples.OrderByDescending(s => Median(s.Value)))
        {
            var cold = first.TryGetValue(name, out var ms) ? ms.ToString("F2", CultureInfo.InvariantCulture) : "";
            Console.WriteLine($"| {name} | {Median(list).ToString("F2", CultureInfo.InvariantCulture)} | {cold} |");
        }
    }

    private static double Median(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted[sorted.Count / 2];
    }
}

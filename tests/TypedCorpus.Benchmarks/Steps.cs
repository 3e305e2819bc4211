using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace TypedCorpus.Benchmarks;

/// <summary>
/// Where a full run's time goes: the driver's own per-step timings (tracked steps and source outputs), medians
/// over warm runs, against the run's wall time. The rest of the wall time is the driver parsing the generated files.
/// </summary>
internal static class Steps
{
    public static void Print(List<(string FileName, string Text)> seeds, Compilation compilation, int runs)
    {
        var texts = Drivers.Texts(seeds);
        var samples = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        void Add(string name, double ms)
        {
            if (!samples.TryGetValue(name, out var list))
            {
                samples[name] = list = new List<double>();
            }

            list.Add(ms);
        }

        for (var run = -2; run < runs; run++)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var driver = CSharpGeneratorDriver.Create(
                new[] { new Generator.CorpusGenerator().AsSourceGenerator() },
                driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true))
                .AddAdditionalTexts(texts).RunGenerators(compilation);
            var wall = watch.Elapsed.TotalMilliseconds;
            if (run < 0)
            {
                continue;
            }

            var result = driver.GetRunResult().Results.Single();
            Add("(wall)", wall);
            var timing = driver.GetTimingInfo();
            Add("(driver)", timing.ElapsedTime.TotalMilliseconds);
            Add("(generator)", timing.GeneratorTimes.Single().ElapsedTime.TotalMilliseconds);
            foreach (var step in result.TrackedSteps.Concat(result.TrackedOutputSteps))
            {
                Add(step.Key, step.Value.Sum(s => s.ElapsedTime.TotalMilliseconds));
            }
        }

        Console.WriteLine("| step | ms (median of " + runs + ") |");
        Console.WriteLine("|---|---|");
        foreach (var (name, list) in samples.OrderByDescending(s => Median(s.Value)))
        {
            Console.WriteLine($"| {name} | {Median(list).ToString("F2", CultureInfo.InvariantCulture)} |");
        }
    }

    private static double Median(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted[sorted.Count / 2];
    }
}

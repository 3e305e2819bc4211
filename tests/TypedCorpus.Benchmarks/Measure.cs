using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;

namespace TypedCorpus.Benchmarks;

/// <summary>Median wall time of repeated runs after a warm-up: enough for ratios measured in one run on a noisy machine.</summary>
internal static class Measure
{
    // Tiered compilation promotes a method after about 30 calls, and most of the generator's are called once a run:
    // fewer warm-up runs would time code half way from quick to optimised, and how far along it is depends on how long
    // the first run took. The first run of a process is a row of its own (FirstRun).
    public const int WarmUpRuns = 40;

    public static double Milliseconds(Action action, int runs, int warmup = WarmUpRuns)
    {
        for (var i = 0; i < warmup; i++)
        {
            action();
        }

        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return times[times.Count / 2];
    }
}

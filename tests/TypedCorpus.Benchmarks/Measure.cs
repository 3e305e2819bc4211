using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;

namespace TypedCorpus.Benchmarks;

/// <summary>Median wall time of repeated runs after a warm-up: enough for ratios measured in one run on a noisy machine.</summary>
internal static class Measure
{
    public static double Milliseconds(Action action, int runs, int warmup = 2)
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

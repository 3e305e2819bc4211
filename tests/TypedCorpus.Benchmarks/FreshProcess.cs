using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;

namespace TypedCorpus.Benchmarks;

/// <summary>
/// Runs this program again in new processes (child modes that print their own time in ms) and takes the medians.
/// Two modes run in turns, one process of each at a time, so that a machine that speeds up or slows down while
/// they run (this one's fresh processes move by a tenth from minute to minute) moves both alike.
/// </summary>
internal static class FreshProcess
{
    public static (double First, double Second) MedianMilliseconds(string firstArguments, string secondArguments, int runs)
    {
        var (first, second) = (new List<double>(), new List<double>());
        for (var i = 0; i < runs; i++)
        {
            first.Add(Milliseconds(firstArguments));
            second.Add(Milliseconds(secondArguments));
        }

        return (Median(first), Median(second));
    }

    private static double Milliseconds(string arguments)
    {
        var start = new ProcessStartInfo("dotnet", $"\"{typeof(FreshProcess).Assembly.Location}\" {arguments}")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"child '{arguments}' failed: {output}");
        }

        return double.Parse(output.Trim(), CultureInfo.InvariantCulture);
    }

    private static double Median(List<double> times)
    {
        times.Sort();
        return times[times.Count / 2];
    }

    /// <summary>What a child prints: its time, for the parent to read.</summary>
    public static void Report(TimeSpan elapsed) => Console.WriteLine(elapsed.TotalMilliseconds.ToString("F3", CultureInfo.InvariantCulture));
}

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;

namespace TypedCorpus.Benchmarks;

/// <summary>Runs this program again in new processes (a child mode that prints its own time in ms) and takes the median.</summary>
internal static class FreshProcess
{
    public static double MedianMilliseconds(string arguments, int runs)
    {
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
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

            times.Add(double.Parse(output.Trim(), CultureInfo.InvariantCulture));
        }

        times.Sort();
        return times[times.Count / 2];
    }

    /// <summary>What a child prints: its time, for the parent to read.</summary>
    public static void Report(TimeSpan elapsed) => Console.WriteLine(elapsed.TotalMilliseconds.ToString("F3", CultureInfo.InvariantCulture));
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using TypedCorpus.Benchmarks;
using TypedCorpus.Testing;

// typedcorpus benchmarks. --quick prints the ratio table in under two minutes; --write-corpus DIR MB writes a
// synthetic seed folder; --steps times each pipeline step of a full run; --memory MB
// shows where a synthetic corpus's build memory goes; --bdn runs the generator rows under BenchmarkDotNet; --first-access generated|parse
// and --first-run corpus|baseline are the child processes of the first-access and first-run rows.
if (args.Length >= 2 && args[0] == "--first-access")
{
    return FirstAccess.Child(args[1]);
}

if (args.Length >= 2 && args[0] == "--first-run")
{
    return FirstRun.Child(args[1]);
}

if (args.Length == 3 && args[0] == "--write-corpus")
{
    SyntheticCorpus.Write(args[1], long.Parse(args[2], CultureInfo.InvariantCulture) * 1024 * 1024);
    return 0;
}

var quick = args.Contains("--quick");
if (args.Contains("--bdn"))
{
    BenchmarkDotNet.Running.BenchmarkRunner.Run<GeneratorBenchmarks>();
    return 0;
}

if (args.Length == 2 && args[0] == "--memory")
{
    MemoryUse.Print(int.Parse(args[1], CultureInfo.InvariantCulture));
    return 0;
}

if (args.Contains("--steps"))
{
    Steps.Print(Drivers.SeedFiles(), Drivers.Compilation(), 15);
    return 0;
}

var runs = quick ? 5 : 15;
var rows = new List<string[]>();
// A ratio below 0.1 keeps two significant digits: 0.0068 against a goal of 0.01 is not "0.01".
void Row(string what, double measured, double baseline, string goal) =>
    rows.Add(new[] { what, measured.ToString("F2", CultureInfo.InvariantCulture), baseline.ToString("F2", CultureInfo.InvariantCulture), Ratio(measured / baseline), goal });
static string Ratio(double ratio) => ratio >= 0.1 || ratio == 0 ? ratio.ToString("F2", CultureInfo.InvariantCulture) : ratio.ToString("G2", CultureInfo.InvariantCulture);

var seeds = Drivers.SeedFiles();
var compilation = Drivers.Compilation();

// 1. Full run: the corpus generator against the embed-only baseline, on the five seeds.
var full = Measure.Milliseconds(() => Drivers.Run(new TypedCorpus.Generator.CorpusGenerator().AsSourceGenerator(), seeds, compilation), runs);
var baseline = Measure.Milliseconds(() => Drivers.Run(new EmbedOnlyGenerator().AsSourceGenerator(), seeds, compilation), runs);
Row("generator full run (5 seeds) / embed-only baseline", full, baseline, "<= 10");

// The same without the OCR'd seed, against the baseline over the same seeds: the corpus's cost when no OCR is read.
var cleanSeeds = Drivers.CleanSeedFiles(seeds);
var clean = Measure.Milliseconds(() => Drivers.Run(new TypedCorpus.Generator.CorpusGenerator().AsSourceGenerator(), cleanSeeds, compilation), runs);
var cleanBaseline = Measure.Milliseconds(() => Drivers.Run(new EmbedOnlyGenerator().AsSourceGenerator(), cleanSeeds, compilation), runs);
Row($"  the same, clean seeds only ({cleanSeeds.Count - 1}) / embed-only over them", clean, cleanBaseline, "(reference)");

// The same in a fresh process, as a build with no compiler server pays it: the runs above reuse the OCR lexicon and
// what it remembers of each token, which a new process (or a change to the clean seeds' words) starts without.
var (firstRun, firstRunBaseline) = FirstRun.Measure(quick ? 5 : 7);
Row("  the same, first run of a fresh process / embed-only's first run", firstRun, firstRunBaseline, "<= 10");

// 2. Incremental: one character changed in one seed, and a run with no change, against the full run.
var edited = Drivers.Incremental(seeds, compilation, runs, change: true);
var unchanged = Drivers.Incremental(seeds, compilation, runs, change: false);
Row("one-character edit / full run", edited, full, "<= 0.2");
Row("no change / full run", unchanged, full, "<= 0.02");

// 3. First access in a fresh process: the generated corpus against parsing embedded seeds at start-up.
var (generated, parsed) = FirstAccess.Measure(quick ? 3 : 7);
Row("first access: generated / parse at start-up", generated, parsed, "<= 0.01");
Row("steady-state section Text: bytes allocated per read", FirstAccess.SteadyStateAllocation(), 1, "0");

// 4. Scale: generator time per MB at a larger corpus against 1 MB.
var sizes = quick ? new[] { 1, 4 } : new[] { 1, 10, 100 };
var perMb = sizes.Select(mb =>
{
    var corpus = SyntheticCorpus.Build(mb * 1024L * 1024L);
    return Measure.Milliseconds(() => Drivers.Run(new TypedCorpus.Generator.CorpusGenerator().AsSourceGenerator(), corpus, compilation), quick ? 1 : 3, warmup: 1) / mb;
}).ToArray();
for (var i = 1; i < sizes.Length; i++)
{
    Row($"generator ms per MB: {sizes[i]} MB / 1 MB", perMb[i], perMb[0], "<= 2");
}

// 5. Embedding: 20 MB as string literals against 20 MB as u8 literals.
var (asStrings, asUtf8) = LiteralLimit.Compare(20);

var widths = Enumerable.Range(0, 5).Select(c => rows.Select(r => r[c].Length).Append(new[] { "measure", "ms", "against ms", "ratio", "goal" }[c].Length).Max()).ToArray();
Console.WriteLine($"| {"measure".PadRight(widths[0])} | {"ms".PadRight(widths[1])} | {"against ms".PadRight(widths[2])} | {"ratio".PadRight(widths[3])} | {"goal".PadRight(widths[4])} |");
Console.WriteLine("|" + string.Join("|", widths.Select(w => new string('-', w + 2))) + "|");
foreach (var row in rows)
{
    Console.WriteLine("| " + string.Join(" | ", row.Select((cell, c) => cell.PadRight(widths[c]))) + " |");
}

Console.WriteLine();
Console.WriteLine($"20 MB of text as string literals: {asStrings}; as u8 literals: {asUtf8}");
Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}");
return 0;

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using TypedCorpus.Parsing;
using TypedCorpus.RussiaJapan;

namespace TypedCorpus.Benchmarks;

/// <summary>
/// The cost of the first read of a section in a fresh process, from Main to the text in hand: the generated
/// corpus, against the alternative of the seeds as embedded resources parsed at start-up with the same parser.
/// </summary>
internal static class FirstAccess
{
    public static int Child(string mode)
    {
        var watch = Stopwatch.StartNew();
        var text = mode == "generated" ? Documents.Hasegawa2000.Sections.Introduction.Text : ParseAtStartUp();
        watch.Stop();
        FreshProcess.Report(watch.Elapsed);
        return text.StartsWith("Since the spring of 1996", StringComparison.Ordinal) ? 0 : 1;
    }

    public static (double Generated, double Parsed) Measure(int runs) =>
        FreshProcess.MedianMilliseconds("--first-access generated", "--first-access parse", runs);

    /// <summary>Bytes allocated by a thousand reads of a section's text after the first.</summary>
    public static double SteadyStateAllocation()
    {
        _ = Documents.Hasegawa2000.Sections.Introduction.Text;
        var before = GC.GetAllocatedBytesForCurrentThread();
        var length = 0;
        for (var i = 0; i < 1000; i++)
        {
            length += Documents.Hasegawa2000.Sections.Introduction.Text.Length;
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / 1000.0 + (length == 0 ? 1 : 0);
    }

    private static string ParseAtStartUp()
    {
        var assembly = Assembly.GetExecutingAssembly();
        string Read(string name)
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream("seeds/" + name)!);
            return reader.ReadToEnd();
        }

        var catalog = Parsing.Catalog.Catalog.Read("catalog.json", Read("catalog.json"));
        var structures = catalog.Entries.Select(e => CorpusParser.ParseStructure(e.SeedFile, Read(e.SeedFile), e, CorpusParser.Layouts).Document!).ToList();
        var words = Parsing.Ocr.DomainWords.FromDocuments(structures.Where(d => !d.IsOcr).Select(d => d.Text));
        var documents = structures.Select(d => CorpusParser.Finish(d, words).Document!).ToList();
        var hasegawa = documents.Single(d => d.Entry.Id == "Hasegawa2000");
        var introduction = hasegawa.Sections.First(s => s.MemberName == "Introduction");
        return hasegawa.Text.Substring(introduction.TextStart, introduction.TextLength);
    }
}

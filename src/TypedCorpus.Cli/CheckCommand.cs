using System.IO;
using System.Linq;
using TypedCorpus.Parsing;
using TypedCorpus.Parsing.Diagnostics;

namespace TypedCorpus.Cli;

/// <summary>
/// <c>typedcorpus check FOLDER</c>: parses a seed folder with the generator's parser and prints its diagnostics
/// as <c>file(line,col): severity TCxxxx: message</c>, the form editors and CI annotate.
/// </summary>
public static class CheckCommand
{
    public static int Run(string folder, bool includeInfo, TextWriter output)
    {
        var corpus = CorpusFolder.Load(folder);
        var shown = corpus.Diagnostics.Where(d => includeInfo || d.Severity != CorpusSeverity.Info).ToList();
        foreach (var diagnostic in shown)
        {
            output.WriteLine(diagnostic.ToString());
        }

        var errors = corpus.Diagnostics.Count(d => d.Severity == CorpusSeverity.Error);
        var warnings = corpus.Diagnostics.Count(d => d.Severity == CorpusSeverity.Warning);
        output.WriteLine($"{Counted(corpus.Documents.Count, "document")} parsed: {Counted(errors, "error")}, {Counted(warnings, "warning")}.");
        return errors > 0 ? CommandLine.Failure : CommandLine.Success;
    }

    private static string Counted(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}

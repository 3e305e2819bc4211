using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace TypedCorpus.Benchmarks;

/// <summary>
/// Where a large corpus's build memory goes: the generator's retained state (what an IDE keeps between runs),
/// then the compilation of its output to an assembly, each as managed heap after a full collection and as the
/// process's peak working set.
/// </summary>
internal static class MemoryUse
{
    public static void Print(int megabytes)
    {
        var corpus = SyntheticCorpus.Build(megabytes * 1024L * 1024L);
        var textMb = corpus.Sum(f => (long)f.Text.Length) / 1048576.0;
        // The running framework's assemblies, so that the output can be emitted as a consumer's build would.
        var framework = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) == "netstandard.dll")
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = Drivers.Compilation().AddReferences(framework)
            .WithOptions(new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release));
        var before = Settled();
        var driver = Drivers.Run(new Generator.CorpusGenerator().AsSourceGenerator(), corpus, compilation);
        var generatorState = Settled() - before;
        Console.WriteLine($"corpus: {corpus.Count} seeds, {textMb:F1} M chars");
        Console.WriteLine($"generator state kept by the driver: {generatorState / 1048576.0:F0} MB ({generatorState / 1048576.0 / textMb:F1} MB per M chars)");
        Console.WriteLine($"peak working set so far: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MB");

        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var errors = output.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
        Console.WriteLine($"bound ({errors} errors): kept {(Settled() - before) / 1048576.0:F0} MB, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MB");
        using var assembly = new MemoryStream();
        var emit = output.Emit(assembly);
        var withCompilation = Settled() - before;
        Console.WriteLine($"emit: {(emit.Success ? "ok" : "failed: " + emit.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error))}, assembly {assembly.Length / 1048576.0:F0} MB");
        Console.WriteLine($"driver + compilation kept: {withCompilation / 1048576.0:F0} MB ({withCompilation / 1048576.0 / textMb:F1} MB per M chars)");
        Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MB");
        GC.KeepAlive(driver);
        GC.KeepAlive(output);
    }

    private static long Settled()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}

using System;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace TypedCorpus.Benchmarks;

/// <summary>
/// Why the corpus is embedded as UTF-8 data: the same text as string literals fills the assembly's user-string
/// heap, which the compiler caps (CS8103), while u8 literals go to a data section with no such cap.
/// </summary>
internal static class LiteralLimit
{
    /// <summary>The compiler's errors when <paramref name="megabytes"/> of text are compiled as string literals, and as u8 literals.</summary>
    public static (string StringLiterals, string Utf8Literals) Compare(int megabytes)
    {
        // Distinct pieces: the compiler stores equal string literals once.
        string Piece(int i) => new string(Enumerable.Range(0, 1024 * 1024 - 16).Select(k => (char)('a' + (k * 31 + i * 7) % 26)).ToArray());
        string Source(string suffix) => "static class Corpus {\n" + string.Concat(Enumerable.Range(0, megabytes).Select(i =>
            $"    public static System.ReadOnlySpan<byte> P{i}() => \"{Piece(i)}\"{suffix};\n")) + "}\n";
        string StringSource() => "static class Corpus {\n" + string.Concat(Enumerable.Range(0, megabytes).Select(i =>
            $"    public static string P{i}() => \"{Piece(i)}\";\n")) + "}\n";

        return (Errors(StringSource()), Errors(Source("u8")));
    }

    private static string Errors(string source)
    {
        var compilation = CSharpCompilation.Create(
            "Literals",
            new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest)) },
            Drivers.Compilation().References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id).Distinct().ToArray();
        return errors.Length == 0 ? $"compiles ({image.Length / (1024 * 1024)} MB assembly)" : string.Join(", ", errors);
    }
}

using System;
using System.IO;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace TypedCorpus.Benchmarks;

/// <summary>
/// The baseline: reads the same AdditionalFiles as the corpus generator and emits each seed as one UTF-8 literal,
/// nothing parsed. What the corpus generator costs beyond this is the price of its structure.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class EmbedOnlyGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var seeds = context.AdditionalTextsProvider
            .Where(static file => file.Path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            .Select(static (file, token) => (Name: Path.GetFileNameWithoutExtension(file.Path), Text: file.GetText(token)?.ToString() ?? string.Empty));
        context.RegisterSourceOutput(seeds, static (output, seed) =>
        {
            var name = "Seed_" + seed.Name.Replace('-', '_');
            var source = new StringBuilder("namespace Baseline;\npublic static class ").Append(name).Append("\n{\n    public static System.ReadOnlySpan<byte> Text => \"");
            foreach (var c in seed.Text)
            {
                source.Append(c switch
                {
                    '"' => "\\\"",
                    '\\' => "\\\\",
                    '\n' => "\\n",
                    '\r' => "\\r",
                    '\t' => "\\t",
                    _ when c < ' ' => "\\u" + ((int)c).ToString("X4"),
                    _ => c.ToString(),
                });
            }

            source.Append("\"u8;\n}\n");
            output.AddSource(name + ".g.cs", SourceText.From(source.ToString(), Encoding.UTF8));
        });
    }
}

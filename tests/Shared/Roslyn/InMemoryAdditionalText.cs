using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace TypedCorpus.Testing;

/// <summary>An AdditionalFiles item held in memory, for driving generators in tests and benchmarks.</summary>
internal sealed class InMemoryAdditionalText : AdditionalText
{
    public InMemoryAdditionalText(string path, string text)
    {
        Path = path;
        Text = text;
    }

    public override string Path { get; }

    public string Text { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(Text);
}

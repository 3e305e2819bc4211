namespace TypedCorpus.Parsing.Text;

/// <summary>One line of a seed: where its content starts in the raw text, how long it is, and where the next line starts.</summary>
/// <param name="Number">1-based line number.</param>
/// <param name="Start">Offset of the first character of the line in the raw text.</param>
/// <param name="Length">Length of the content, without the line break.</param>
/// <param name="End">Offset just past the line break (the next line's start).</param>
public readonly record struct SourceLine(int Number, int Start, int Length, int End)
{
    public string Content(string raw) => raw.Substring(Start, Length);
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using TypedCorpus.Parsing.Model;

namespace TypedCorpus.Parsing.Tests.Ocr;

/// <summary>A hand-made key (<c>Ocr/Keys/ID.key.txt</c>): paragraphs as printed, each by the seed line it starts on.</summary>
internal static class OcrKey
{
    public static List<(int Line, string Text)> Read(string id)
    {
        var key = new List<(int, string)>();
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Ocr", "Keys", id + ".key.txt")).Where(l => !l.StartsWith("#", StringComparison.Ordinal)).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].StartsWith("@ ", StringComparison.Ordinal))
            {
                key.Add((int.Parse(lines[i].Substring(2), CultureInfo.InvariantCulture), lines[i + 1]));
            }
        }

        return key;
    }

    /// <summary>The text of the document's paragraph that starts on the seed line; empty when none does (no word of it is right).</summary>
    public static string ParagraphAt(ParsedDocument document, int line) =>
        document.Paragraphs.FirstOrDefault(p => p.Line == line) is { } paragraph ? document.Text.Substring(paragraph.TextStart, paragraph.TextLength) : string.Empty;
}

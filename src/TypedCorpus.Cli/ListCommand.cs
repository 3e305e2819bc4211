using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace TypedCorpus.Cli;

/// <summary><c>typedcorpus list</c>: one line per document with its counts.</summary>
public static class ListCommand
{
    public static int Run(IReadOnlyList<Document> documents, TextWriter output)
    {
        var rows = documents.Select(d => new[]
        {
            d.Id, d.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-", d.Info.Layout,
            d.AllSections.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            d.Footnotes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            d.DatedMentions.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            d.Title,
        }).ToList();
        Table.Write(output, new[] { "ID", "YEAR", "LAYOUT", "SECTIONS", "NOTES", "DATED", "TITLE" }, rows);
        return CommandLine.Success;
    }
}

/// <summary>Plain text tables, columns padded to their widest cell; the last column is not padded.</summary>
public static class Table
{
    public static void Write(TextWriter output, IReadOnlyList<string> header, IReadOnlyList<string[]> rows)
    {
        var widths = header.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        foreach (var row in rows.Prepend(header.ToArray()))
        {
            output.WriteLine(string.Join("  ", row.Select((cell, i) => i == row.Length - 1 ? cell : cell.PadRight(widths[i]))).TrimEnd());
        }
    }
}

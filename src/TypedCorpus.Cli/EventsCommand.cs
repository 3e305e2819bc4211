using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace TypedCorpus.Cli;

/// <summary><c>typedcorpus events</c>: the chronology as a table, optionally for a period or one document.</summary>
public static class EventsCommand
{
    private const int TextWidth = 100;

    public static int Run(IEnumerable<ChronologyEvent> events, TextWriter output)
    {
        var rows = events.Select(e => new[]
        {
            e.Date.ToString(),
            // Two sentences of one paragraph may tell the event: the line is its source once.
            string.Join(", ", e.Sources.Select(s => s.Document.Id + ":" + s.Line.ToString(System.Globalization.CultureInfo.InvariantCulture)).Distinct()),
            e.Text.Length <= TextWidth ? e.Text : e.Text.Substring(0, TextWidth - 3) + "...",
        }).ToList();
        Table.Write(output, new[] { "DATE", "SOURCES", "EVENT" }, rows);
        output.WriteLine($"{rows.Count} events.");
        return CommandLine.Success;
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using TypedCorpus.Parsing.Dates;
using TypedCorpus.Parsing.Diagnostics;

namespace TypedCorpus.Parsing.Catalog;

/// <summary>A parsed <c>catalog.json</c>: its entries in file order and what was wrong with it.</summary>
public sealed record Catalog(string FilePath, EquatableArray<CatalogEntry> Entries, EquatableArray<CorpusDiagnostic> Diagnostics)
{
    public const string FileName = "catalog.json";

    public CatalogEntry? Find(string seedFile)
    {
        foreach (var entry in Entries)
        {
            if (string.Equals(entry.SeedFile, seedFile, StringComparison.Ordinal))
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>Reads a catalog. Never throws: every fault becomes a diagnostic and the good entries are kept.</summary>
    public static Catalog Read(string filePath, string text)
    {
        var diagnostics = new List<CorpusDiagnostic>();
        var entries = new List<CatalogEntry>();
        JsonNode root;
        try
        {
            root = JsonReader.Parse(text);
        }
        catch (JsonFormatException exception)
        {
            diagnostics.Add(CorpusDiagnostic.Create(CorpusDiagnostics.InvalidCatalogJson, filePath, exception.Line, exception.Message)
                with { Column = exception.Column });
            return new Catalog(filePath, EquatableArray<CatalogEntry>.Empty, diagnostics.ToEquatableArray());
        }

        var documents = root.Kind == JsonKind.Object ? root.Get("documents") : null;
        if (documents is null || documents.Kind != JsonKind.Object)
        {
            diagnostics.Add(CorpusDiagnostic.Create(
                CorpusDiagnostics.InvalidCatalogJson, filePath, documents?.Line ?? root.Line,
                "the top level must be an object with a \"documents\" object keyed by seed file name"));
            return new Catalog(filePath, EquatableArray<CatalogEntry>.Empty, diagnostics.ToEquatableArray());
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in documents.Members)
        {
            if (!seen.Add(member.Key))
            {
                diagnostics.Add(CorpusDiagnostic.Create(CorpusDiagnostics.InvalidCatalogEntry, filePath, member.Value.Line, member.Key, "the seed file is listed twice; the first entry is used"));
                continue;
            }

            var entry = ReadEntry(filePath, member.Key, member.Value, diagnostics);
            if (entry != null)
            {
                entries.Add(entry);
            }
        }

        return new Catalog(filePath, entries.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    private static CatalogEntry? ReadEntry(string filePath, string seedFile, JsonNode node, List<CorpusDiagnostic> diagnostics)
    {
        void Fault(int line, string message) =>
            diagnostics.Add(CorpusDiagnostic.Create(CorpusDiagnostics.InvalidCatalogEntry, filePath, line, seedFile, message));

        // An optional date the parser cannot read is left out, with a warning: the document is still generated.
        void WarnUnlessReadable(string key, string? value, bool readable, string expected)
        {
            if (value != null && !readable)
            {
                diagnostics.Add(CorpusDiagnostic.Create(CorpusDiagnostics.UnreadableCatalogDate, filePath, node.Get(key)!.Line, seedFile, key, value, expected));
            }
        }

        if (node.Kind != JsonKind.Object)
        {
            Fault(node.Line, "an entry must be an object");
            return null;
        }

        string? Text(string key, bool required)
        {
            var value = node.Get(key);
            if (value is null || value.Kind == JsonKind.Null)
            {
                if (required)
                {
                    Fault(node.Line, $"\"{key}\" is missing");
                }

                return null;
            }

            if (value.Kind != JsonKind.String)
            {
                Fault(value.Line, $"\"{key}\" must be a string, not {value.Kind.ToString().ToLowerInvariant()}");
                return null;
            }

            return value.StringValue;
        }

        var id = Text("id", required: true);
        var title = Text("title", required: true);
        if (id != null && !Identifiers.IsValidDocumentId(id))
        {
            Fault(node.Get("id")!.Line, $"id '{id}' must start with a letter and contain only ASCII letters and digits, so that it can name a class");
            id = null;
        }
        else if (id != null && Identifiers.ReservedDocumentIds.Contains(id))
        {
            Fault(node.Get("id")!.Line, $"id '{id}' is reserved: the generated Documents and Chronology classes already have a member of that name");
            id = null;
        }

        var authors = new List<string>();
        var authorsNode = node.Get("authors");
        if (authorsNode != null && authorsNode.Kind != JsonKind.Null)
        {
            if (authorsNode.Kind != JsonKind.Array)
            {
                Fault(authorsNode.Line, "\"authors\" must be an array of strings");
            }
            else
            {
                foreach (var item in authorsNode.Items)
                {
                    if (item.Kind == JsonKind.String && !string.IsNullOrWhiteSpace(item.StringValue))
                    {
                        authors.Add(item.StringValue!);
                    }
                    else
                    {
                        Fault(item.Line, "every author must be a non-empty string");
                    }
                }
            }
        }

        int? year = null;
        var yearNode = node.Get("year");
        if (yearNode != null && yearNode.Kind != JsonKind.Null)
        {
            if (yearNode.Kind == JsonKind.Number && yearNode.NumberValue == Math.Floor(yearNode.NumberValue) && yearNode.NumberValue is >= 1 and <= 9999)
            {
                year = (int)yearNode.NumberValue;
            }
            else if (yearNode.Kind == JsonKind.String && int.TryParse(yearNode.StringValue, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed is >= 1 and <= 9999)
            {
                year = parsed;
            }
            else
            {
                Fault(yearNode.Line, "\"year\" must be a whole number from 1 to 9999");
            }
        }

        var kind = Text("kind", required: false);
        var container = Text("container", required: false);
        var date = Text("date", required: false);
        var sourceQuality = Text("source_quality", required: false);
        var structure = Text("structure", required: false);
        var covers = Text("covers", required: false);
        var written = Text("written", required: false);
        WarnUnlessReadable("date", date, PartialDateText.ReadLeading(date ?? string.Empty, out _) != null, "a date such as \"2002-11-20\" or \"November 20, 2002\"");
        WarnUnlessReadable("written", written, PartialDateText.ReadLeading(written ?? string.Empty, out _) != null, "a date such as \"1999-03\"");
        WarnUnlessReadable("covers", covers, CoveredPeriod.Read(covers) != null, "a period of a year at most such as \"2000-01/2000-03\"");
        if (id is null || title is null)
        {
            return null;
        }

        return new CatalogEntry(seedFile, id, title, authors.ToEquatableArray(), year, kind, container, date, sourceQuality, structure, node.Line) { Covers = covers, Written = written };
    }
}

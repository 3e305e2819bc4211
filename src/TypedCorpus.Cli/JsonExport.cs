using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace TypedCorpus.Cli;

/// <summary>
/// Writes the corpus as JSON in the shape other tools read:
/// <c>{"documents":[{id, seedFile, title, authors, year, kind, text, sections:[{level, number, title, line, text, sections}], footnotes:[{number, text, line}]}], "events":[{date, text, sources:[{document, quote, line}]}]}</c>.
/// A few fields are added where they help (container, layout; a section's rawTitle; a note's key and marker lines).
/// </summary>
public static class JsonExport
{
    public static void Write(Stream stream, IReadOnlyList<Document> documents, IReadOnlyList<ChronologyEvent> events, bool indented)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteStartArray("documents");
        foreach (var document in documents)
        {
            WriteDocument(json, document);
        }

        json.WriteEndArray();
        json.WriteStartArray("events");
        foreach (var e in events)
        {
            json.WriteStartObject();
            json.WriteString("date", e.Date.ToString());
            json.WriteString("text", e.Text);
            json.WriteStartArray("sources");
            foreach (var source in e.Sources)
            {
                json.WriteStartObject();
                json.WriteString("document", source.Document.Id);
                json.WriteString("quote", source.Quote);
                json.WriteNumber("line", source.Line);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteDocument(Utf8JsonWriter json, Document document)
    {
        json.WriteStartObject();
        json.WriteString("id", document.Id);
        json.WriteString("seedFile", document.SeedFile);
        json.WriteString("title", document.Title);
        json.WriteStartArray("authors");
        foreach (var author in document.Authors)
        {
            json.WriteStringValue(author);
        }

        json.WriteEndArray();
        if (document.Year is int year)
        {
            json.WriteNumber("year", year);
        }
        else
        {
            json.WriteNull("year");
        }

        json.WriteString("kind", document.Info.Kind);
        json.WriteString("container", document.Info.Container);
        json.WriteString("layout", document.Info.Layout);
        json.WriteString("text", document.Text);
        WriteSections(json, document.Sections);
        json.WriteStartArray("footnotes");
        foreach (var note in document.Footnotes)
        {
            json.WriteStartObject();
            json.WriteNumber("number", note.Number);
            json.WriteString("key", note.Key);
            json.WriteString("text", note.Text);
            json.WriteNumber("line", note.Line);
            json.WriteStartArray("markers");
            foreach (var marker in note.Markers)
            {
                json.WriteNumberValue(marker.Line);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteSections(Utf8JsonWriter json, IReadOnlyList<Section> sections)
    {
        json.WriteStartArray("sections");
        foreach (var section in sections)
        {
            json.WriteStartObject();
            json.WriteNumber("level", section.Level);
            json.WriteString("number", section.Number);
            json.WriteString("title", section.Title);
            json.WriteString("rawTitle", section.RawTitle);
            json.WriteNumber("line", section.Line);
            json.WriteString("text", section.Text);
            WriteSections(json, section.Sections);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}

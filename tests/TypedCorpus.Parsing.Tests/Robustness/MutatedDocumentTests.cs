using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using TypedCorpus.Parsing.Catalog;
using TypedCorpus.Parsing.Model;
using TypedCorpus.Testing;

namespace TypedCorpus.Parsing.Tests.Robustness;

/// <summary>
/// Whole documents changed the ways documents in the same layouts differ from the seeds (other line endings, no blank
/// lines, lines wrapped again, a passage in capitals, indented lines, parts cut, copied or taken from another
/// document), parsed as catalogued and as OCR'd: every structure must still point inside the text it describes.
/// A fixed random seed, so a failure is reproducible; the failing input is saved beside the test output.
/// </summary>
public class MutatedDocumentTests
{
    private const int Runs = 240;
    private const int OcrEvery = 6;

    [Fact]
    public void Every_offset_of_a_mutated_document_stays_inside_its_text()
    {
        var pool = Pool();
        var random = new Random(2611);
        for (var run = 0; run < Runs; run++)
        {
            var (name, text, entry) = pool[random.Next(pool.Count)];
            var mutated = Mutate(text, random, pool);
            var asOcr = run % OcrEvery == 0;
            var result = CorpusParser.Parse(name, mutated, asOcr ? entry with { SourceQuality = "OCR of a printed page" } : entry);
            var problems = result.Diagnostics.Where(d => d.Id == "TC0010").Select(d => d.Message)
                .Concat(result.Document is { } document ? Violations(document) : Enumerable.Empty<string>()).ToList();
            if (problems.Count > 0)
            {
                var saved = Path.Combine(AppContext.BaseDirectory, $"mutated-{run}.txt");
                File.WriteAllText(saved, mutated);
                Assert.Fail($"run {run}, {name}{(asOcr ? " as OCR'd" : string.Empty)} (input saved to {saved}): {string.Join("; ", problems)}");
            }
        }
    }

    [Fact]
    public void The_checks_find_an_offset_outside_the_text()
    {
        var document = Seeds.SeedDocuments.Get("Azizian2002");
        var note = document.Footnotes[0];
        var moved = note with { Markers = note.Markers.Select(m => m with { TextOffset = document.Text.Length + 1 }).ToEquatableArray() };

        Assert.Empty(Violations(document));
        Assert.Single(Violations(document with { Footnotes = document.Footnotes.Select(n => n == note ? moved : n).ToEquatableArray() }));
    }

    /// <summary>What a structure says of its place that is not so: an offset outside its text, or out of order.</summary>
    private static IEnumerable<string> Violations(ParsedDocument d)
    {
        bool InText(int start, int length) => start >= 0 && length >= 0 && start + length <= d.Text.Length;
        bool InRaw(int start, int length) => start >= 0 && length >= 0 && start + length <= d.RawText.Length;
        bool InParagraph(int start, int end) => d.Paragraphs.Any(p => p.TextStart <= start && end <= p.TextStart + p.TextLength);

        for (var i = 0; i < d.Sections.Count; i++)
        {
            var s = d.Sections[i];
            if (!InText(s.TextStart, s.FullTextLength) || s.TextLength > s.FullTextLength || !InRaw(s.RawStart, s.RawLength) || s.Parent >= i)
            {
                yield return $"section '{s.Title}' (line {s.Line}) outside its text";
            }
            else if (s.Parent >= 0 && (s.TextStart < d.Sections[s.Parent].TextStart || s.TextStart + s.FullTextLength > d.Sections[s.Parent].TextStart + d.Sections[s.Parent].FullTextLength))
            {
                yield return $"section '{s.Title}' (line {s.Line}) outside its parent";
            }
        }

        for (var i = 0; i < d.Paragraphs.Count; i++)
        {
            var p = d.Paragraphs[i];
            if (!InText(p.TextStart, p.TextLength) || !InRaw(p.RawStart, p.RawLength) || p.Section >= d.Sections.Count)
            {
                yield return $"paragraph of line {p.Line} outside its text";
            }
            else if (i > 0 && p.TextStart < d.Paragraphs[i - 1].TextStart + d.Paragraphs[i - 1].TextLength)
            {
                yield return $"paragraph of line {p.Line} overlaps the one before";
            }
        }

        foreach (var note in d.Footnotes)
        {
            if (!InRaw(note.RawStart, note.RawLength))
            {
                yield return $"note {note.Label} (line {note.Line}) outside the raw text";
            }

            foreach (var marker in note.Markers.Where(m => m.RawOffset < 0 || m.RawOffset > d.RawText.Length || (!InParagraph(m.TextOffset, m.TextOffset) && !ParseHelper.EndsHeading(d, m.TextOffset))))
            {
                yield return $"marker of note {note.Label} on line {marker.Line} at {marker.TextOffset}, in no paragraph";
            }
        }

        foreach (var mention in d.Mentions.Where(m => !InRaw(m.RawStart, m.RawLength) || !InParagraph(m.TextStart, m.TextStart + m.TextLength)))
        {
            yield return $"dated mention {mention.Date} of line {mention.Line} in no paragraph";
        }

        foreach (var edit in d.Corrections.Where(e => !InText(e.TextStart, e.TextLength) || (e.RawStart != -1 && !InRaw(e.RawStart, e.RawLength))))
        {
            yield return $"correction of '{edit.Original}' outside its text";
        }
    }

    private static List<(string Name, string Text, CatalogEntry Entry)> Pool()
    {
        var folders = new[] { Repository.Seeds, Path.Combine(AppContext.BaseDirectory, "NewDocuments") };
        return folders.SelectMany(folder =>
        {
            var catalogPath = Path.Combine(folder, TypedCorpus.Parsing.Catalog.Catalog.FileName);
            var catalog = TypedCorpus.Parsing.Catalog.Catalog.Read(catalogPath, File.ReadAllText(catalogPath));
            return Directory.GetFiles(folder, "*.txt").OrderBy(p => p, StringComparer.Ordinal)
                .Select(path => (Path.GetFileName(path), File.ReadAllText(path), catalog.Find(Path.GetFileName(path))!));
        }).ToList();
    }

    private static string Mutate(string text, Random random, List<(string Name, string Text, CatalogEntry Entry)> pool)
    {
        var builder = new StringBuilder(text);
        var edits = random.Next(1, 8);
        for (var e = 0; e < edits && builder.Length > 0; e++)
        {
            var at = random.Next(builder.Length);
            var length = Math.Min(builder.Length - at, random.Next(1, 3000));
            var part = builder.ToString(at, length);
            switch (random.Next(9))
            {
                case 0: builder.Remove(at, length); break;
                case 1: builder.Insert(random.Next(builder.Length), part); break;
                case 2:
                    var other = pool[random.Next(pool.Count)].Text;
                    var from = random.Next(other.Length);
                    builder.Insert(at, other.Substring(from, Math.Min(other.Length - from, random.Next(1, 3000))));
                    break;
                case 3: Replace(builder, builder.ToString().Replace("\r\n", "\n").Replace("\n", "\r\n")); break;
                case 4: Replace(builder, builder.ToString().Replace("\n\n", "\n")); break;
                case 5: builder.Remove(at, length).Insert(at, Rewrapped(part, random.Next(40, 90))); break;
                case 6: builder.Remove(at, length).Insert(at, random.Next(2) == 0 ? part.ToUpperInvariant() : part.ToLowerInvariant()); break;
                case 7: builder.Remove(at, length).Insert(at, part.Replace("\n", random.Next(2) == 0 ? "\n    " : "\n\t")); break;
                default: builder.Length = at; break;
            }
        }

        return builder.ToString();
    }

    private static void Replace(StringBuilder builder, string text) => builder.Clear().Append(text);

    // Lines broken again at another width, as another printing or a scan would break them.
    private static string Rewrapped(string part, int width)
    {
        var result = new StringBuilder(part.Length);
        var column = 0;
        foreach (var c in part)
        {
            if (c == ' ' && column >= width)
            {
                result.Append('\n');
                column = 0;
                continue;
            }

            result.Append(c);
            column = c == '\n' ? 0 : column + 1;
        }

        return result.ToString();
    }
}

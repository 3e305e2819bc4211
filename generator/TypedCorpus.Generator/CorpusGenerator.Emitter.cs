using System.CodeDom.Compiler;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using TypedCorpus.Generator.Model;
using TypedCorpus.Parsing;
using TypedCorpus.Parsing.Diagnostics;
using TypedCorpus.Parsing.Events;

namespace TypedCorpus.Generator;

public sealed partial class CorpusGenerator
{
    /// <summary>Writes C# from specs. Only text: every decision was made by the parser.</summary>
    internal static class Emitter
    {
        private const string GeneratedCode = "[global::System.CodeDom.Compiler.GeneratedCode(\"TypedCorpus.Generator\", \"" + ThisAssembly.Version + "\")]";

        public static void EmitDocument(SourceProductionContext context, DocumentResult result)
        {
            foreach (var diagnostic in result.Diagnostics)
            {
                context.ReportDiagnostic(ToDiagnostic(diagnostic));
            }

            if (result.Document is { } document)
            {
                context.AddSource(document.HintName, SourceText.From(WriteDocument(document), Encoding.UTF8));
            }
        }

        public static void EmitShared(
            SourceProductionContext context, EquatableArray<DocumentSummary> documents, CatalogSet catalogs, EquatableArray<string> seedPaths, GeneratorOptions options, bool runtimeReferenced)
        {
            var usedFolders = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var file in catalogs.Catalogs)
            {
                var folder = Path.GetDirectoryName(file.Catalog.FilePath) ?? string.Empty;
                if (!usedFolders.Add(folder))
                {
                    var first = catalogs.ForFolder(folder)!.FilePath;
                    var duplicate = CorpusDiagnostic.Create(CorpusDiagnostics.MultipleCatalogs, file.Catalog.FilePath, 1, folder, Path.GetFileName(first));
                    context.ReportDiagnostic(ToDiagnostic(Parser.Locate(duplicate, file.Lines)));
                    continue;
                }

                var seeds = seedPaths.Where(p => string.Equals(Path.GetDirectoryName(p), folder, System.StringComparison.Ordinal));
                foreach (var diagnostic in file.Catalog.Diagnostics.Concat(CorpusChecks.CrossCheck(file.Catalog, seeds)))
                {
                    var lines = diagnostic.FilePath == file.Catalog.FilePath ? file.Lines : LineMap.Of(string.Empty);
                    context.ReportDiagnostic(ToDiagnostic(Parser.Locate(diagnostic, lines)));
                }
            }

            if (catalogs.Catalogs.Count == 0)
            {
                return;
            }

            if (!runtimeReferenced)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.RuntimeNotReferenced, Location.None));
                return;
            }

            context.AddSource("Documents.g.cs", SourceText.From(WriteDocuments(documents, options.Namespace), Encoding.UTF8));
            context.AddSource("Chronology.g.cs", SourceText.From(WriteChronology(documents, options.Namespace), Encoding.UTF8));
        }

        internal static Diagnostic ToDiagnostic(DiagnosticData info)
        {
            var span = new TextSpan(info.Start, info.Length);
            var lines = new LinePositionSpan(new LinePosition(info.Line, info.Column), new LinePosition(info.Line, info.EndColumn));
            return Diagnostic.Create(DiagnosticDescriptors.For(info.Id), Location.Create(info.FilePath, span, lines), info.Message);
        }

        private static string WriteDocument(DocumentSpec document)
        {
            var text = new StringWriter(CultureInfo.InvariantCulture);
            var writer = new IndentedTextWriter(text, "    ");
            WriteHeader(writer, document.Namespace);
            writer.WriteLine("public static partial class Documents");
            writer.WriteLine("{");
            writer.Indent++;
            WriteSummary(writer, document.Summary);
            writer.WriteLine(GeneratedCode);
            writer.WriteLine($"public static class {document.Id}");
            writer.WriteLine("{");
            writer.Indent++;
            writer.WriteLine("/// <summary>The document as a value: metadata, text, sections, notes.</summary>");
            writer.WriteLine($"public static global::TypedCorpus.Document Document => {document.Id}Data.Document;");
            writer.WriteLine();
            writer.WriteLine($"/// <summary>The stable public identifier, \"{document.Id}\".</summary>");
            writer.WriteLine($"public const string Id = \"{document.Id}\";");
            writer.WriteLine();
            writer.WriteLine("/// <summary>The title, as the catalog gives it.</summary>");
            writer.WriteLine("public static string Title => Document.Title;");
            writer.WriteLine();
            writer.WriteLine("/// <summary>The readable text: headings and paragraphs; notes and page furniture left out.</summary>");
            writer.WriteLine("public static string Text => Document.Text;");
            writer.WriteLine();
            writer.WriteLine("/// <summary>The seed's text exactly as in the seed file.</summary>");
            writer.WriteLine("public static string RawText => Document.RawText;");
            writer.WriteLine();
            writer.WriteLine("/// <summary>The document's footnotes and endnotes, in order.</summary>");
            writer.WriteLine("public static global::System.Collections.Generic.IReadOnlyList<global::TypedCorpus.Footnote> Footnotes => Document.Footnotes;");
            writer.WriteLine();
            writer.WriteLine("/// <summary>The document's sections, one nested class each, named after their titles.</summary>");
            writer.WriteLine("public static class Sections");
            writer.WriteLine("{");
            writer.Indent++;
            writer.WriteLine("/// <summary>The top-level sections, in order.</summary>");
            writer.WriteLine("public static global::System.Collections.Generic.IReadOnlyList<global::TypedCorpus.Section> All => Document.Sections;");
            WriteSections(writer, document, -1);
            writer.Indent--;
            writer.WriteLine("}");
            writer.Indent--;
            writer.WriteLine("}");
            writer.Indent--;
            writer.WriteLine("}");
            writer.WriteLine();
            WriteData(writer, document);
            return text.ToString();
        }

        private static void WriteSections(IndentedTextWriter writer, DocumentSpec document, int parent)
        {
            foreach (var section in document.Sections.Where(s => s.Parent == parent))
            {
                writer.WriteLine();
                WriteSummary(writer, section.Summary);
                writer.WriteLine($"public static class {section.MemberName}");
                writer.WriteLine("{");
                writer.Indent++;
                writer.WriteLine("/// <summary>The section as a value.</summary>");
                writer.WriteLine($"public static global::TypedCorpus.Section Section => Document.AllSections[{section.Index}];");
                writer.WriteLine("/// <summary>The readable title.</summary>");
                writer.WriteLine("public static string Title => Section.Title;");
                writer.WriteLine("/// <summary>The heading exactly as in the seed.</summary>");
                writer.WriteLine("public static string RawTitle => Section.RawTitle;");
                writer.WriteLine("/// <summary>The number printed with the heading, or null.</summary>");
                writer.WriteLine("public static string? Number => Section.Number;");
                writer.WriteLine("/// <summary>1 for a top-level section, 2 below it, and so on.</summary>");
                writer.WriteLine("public static int Level => Section.Level;");
                writer.WriteLine("/// <summary>The 1-based seed line of the heading.</summary>");
                writer.WriteLine("public static int Line => Section.Line;");
                writer.WriteLine("/// <summary>The section's own text, before any subsection.</summary>");
                writer.WriteLine("public static string Text => Section.Text;");
                writer.WriteLine("/// <summary>The section's text with its subsections.</summary>");
                writer.WriteLine("public static string FullText => Section.FullText;");
                writer.WriteLine("/// <summary>The section's own paragraphs.</summary>");
                writer.WriteLine("public static global::System.Collections.Generic.IReadOnlyList<global::TypedCorpus.Paragraph> Paragraphs => Section.Paragraphs;");
                WriteSections(writer, document, section.Index);
                writer.Indent--;
                writer.WriteLine("}");
            }
        }

        private static void WriteData(IndentedTextWriter writer, DocumentSpec document)
        {
            writer.WriteLine(GeneratedCode);
            writer.WriteLine($"file static class {document.Id}Data");
            writer.WriteLine("{");
            writer.Indent++;
            writer.WriteLine("internal static readonly global::TypedCorpus.Document Document = global::TypedCorpus.Document.Create(");
            writer.Indent++;
            writer.Write("new global::TypedCorpus.DocumentInfo(");
            writer.Write(string.Join(", ", new[]
            {
                StringLiteral(document.Id), StringLiteral(document.SeedFile), StringLiteral(document.Title),
                "new string[] { " + string.Join(", ", document.Authors.Select(StringLiteral)) + " }",
                document.Year?.ToString(CultureInfo.InvariantCulture) ?? "null", OptionalLiteral(document.Kind), OptionalLiteral(document.Container), StringLiteral(document.Layout),
            }));
            writer.WriteLine("),");
            writer.WriteLine($"Raw, Extra, PieceTable, {document.TextByteLength.ToString(CultureInfo.InvariantCulture)},");
            writer.WriteLine("SectionTable, ParagraphTable, FootnoteTable, MarkerTable, MentionTable, SpanTable, CorrectionTable);");
            writer.Indent--;
            writer.WriteLine();
            WriteTable(writer, "SectionTable", document.SectionTable, 16);
            WriteTable(writer, "ParagraphTable", document.ParagraphTable, 7);
            WriteTable(writer, "FootnoteTable", document.FootnoteTable, 11);
            WriteTable(writer, "MarkerTable", document.MarkerTable, 3);
            WriteTable(writer, "MentionTable", document.MentionTable, 9);
            WriteTable(writer, "SpanTable", document.SpanTable, 4);
            WriteTable(writer, "CorrectionTable", document.CorrectionTable, 6);
            writer.WriteLine("// The clean text, then titles, notes and other strings, as runs of the seed and of Extra; built once, on first use.");
            WriteTable(writer, "PieceTable", document.PieceTable, 2);
            writer.WriteLine("// What the seed does not hold: joined words, OCR corrections, inserted spaces.");
            writer.Write("private static global::System.ReadOnlySpan<byte> Extra() => ");
            writer.Write(Utf8Literal(document.Extra));
            writer.WriteLine(";");
            writer.WriteLine();
            writer.WriteLine("// The seed exactly as it is: the only copy of the text.");
            writer.Write("private static global::System.ReadOnlySpan<byte> Raw() => ");
            writer.Write(Utf8Literal(document.RawText));
            writer.WriteLine(";");
            writer.Indent--;
            writer.WriteLine("}");
        }

        // A constant array converted to ReadOnlySpan<int> is compiled to static data: no allocation, no string heap.
        private static void WriteTable(IndentedTextWriter writer, string name, EquatableArray<int> values, int perRow)
        {
            writer.Write($"private static global::System.ReadOnlySpan<int> {name} => new int[]");
            if (values.Count == 0)
            {
                writer.WriteLine(" { };");
                writer.WriteLine();
                return;
            }

            writer.WriteLine();
            writer.WriteLine("{");
            writer.Indent++;
            var digits = new char[11];
            for (var row = 0; row < values.Count; row += perRow)
            {
                var end = System.Math.Min(row + perRow, values.Count);
                for (var i = row; i < end; i++)
                {
                    WriteNumber(writer, values[i], digits);
                    writer.Write(i + 1 < end ? ", " : ",");
                }

                writer.WriteLine();
            }

            writer.Indent--;
            writer.WriteLine("};");
            writer.WriteLine();
        }

        // An int as invariant culture writes it, with no string per number: tables hold tens of thousands.
        private static void WriteNumber(IndentedTextWriter writer, int value, char[] digits)
        {
            var rest = value < 0 ? -(long)value : value;
            var at = digits.Length;
            do
            {
                digits[--at] = (char)('0' + (rest % 10));
                rest /= 10;
            }
            while (rest > 0);

            if (value < 0)
            {
                digits[--at] = '-';
            }

            writer.Write(digits, at, digits.Length - at);
        }

        private static string WriteDocuments(EquatableArray<DocumentSummary> documents, string ns)
        {
            var text = new StringWriter(CultureInfo.InvariantCulture);
            var writer = BeginSharedClass(text, ns, "Documents", "The documents of the corpus, one nested class each, named by their catalog id.");
            writer.WriteLine("/// <summary>Every document, in seed file order.</summary>");
            writer.WriteLine("public static global::System.Collections.Generic.IReadOnlyList<global::TypedCorpus.Document> All { get; } = new global::TypedCorpus.Document[]");
            writer.WriteLine("{");
            writer.Indent++;
            foreach (var document in documents)
            {
                writer.WriteLine($"{document.Id}.Document,");
            }

            writer.Indent--;
            writer.WriteLine("};");
            writer.Indent--;
            writer.WriteLine("}");
            return text.ToString();
        }

        private static string WriteChronology(EquatableArray<DocumentSummary> documents, string ns)
        {
            var text = new StringWriter(CultureInfo.InvariantCulture);
            var writer = BeginSharedClass(text, ns, "Chronology", "Every dated event the corpus states, in date order, each with the documents that tell it.");
            writer.WriteLine("/// <summary>The timeline, with look-ups by period and by document.</summary>");
            writer.WriteLine("public static global::TypedCorpus.Timeline Timeline { get; } = global::TypedCorpus.Timeline.Create(Documents.All, Sources);");
            writer.WriteLine();
            writer.WriteLine("/// <summary>All events, in date order.</summary>");
            writer.WriteLine("public static global::System.Collections.Generic.IReadOnlyList<global::TypedCorpus.ChronologyEvent> Events => Timeline.Events;");
            writer.WriteLine();
            writer.WriteLine("/// <summary>Events that share at least a day with the period, both ends included.</summary>");
            writer.WriteLine("public static global::System.Collections.Generic.IEnumerable<global::TypedCorpus.ChronologyEvent> Between(global::TypedCorpus.CorpusDate from, global::TypedCorpus.CorpusDate to) => Timeline.Between(from, to);");
            writer.WriteLine();
            writer.WriteLine("/// <summary>Events told by the document with this id.</summary>");
            writer.WriteLine("public static global::System.Collections.Generic.IEnumerable<global::TypedCorpus.ChronologyEvent> ForDocument(string id) => Timeline.ForDocument(id);");
            writer.WriteLine();
            writer.WriteLine("// Per source: event, document (index in Documents.All), mention (index in that document's DatedMentions).");
            var sources = new List<(int Document, int Mention)>();
            var keys = new List<(string Date, IReadOnlyCollection<string> Terms)>();
            for (var d = 0; d < documents.Count; d++)
            {
                for (var m = 0; m < documents[d].Mentions.Count; m++)
                {
                    sources.Add((d, m));
                    keys.Add((documents[d].Mentions[m].Date, documents[d].Mentions[m].Terms.ToArray()));
                }
            }

            // An event's first source gives its text: a chronology's entry states it best, and clean print reads better than OCR.
            var rows = new List<string>();
            var groups = EventMerger.Group(keys);
            for (var group = 0; group < groups.Count; group++)
            {
                foreach (var member in groups[group].OrderBy(m => IsEntry(m) ? 0 : 1).ThenBy(m => documents[sources[m].Document].IsOcr ? 1 : 0))
                {
                    rows.Add(string.Format(CultureInfo.InvariantCulture, "{0}, {1}, {2},", group, sources[member].Document, sources[member].Mention));
                }
            }

            bool IsEntry(int source) => documents[sources[source].Document].Mentions[sources[source].Mention].IsEntry;

            writer.Write("private static global::System.ReadOnlySpan<int> Sources => new int[]");
            if (rows.Count == 0)
            {
                writer.WriteLine(" { };");
            }
            else
            {
                writer.WriteLine();
                writer.WriteLine("{");
                writer.Indent++;
                foreach (var row in rows)
                {
                    writer.WriteLine(row);
                }

                writer.Indent--;
                writer.WriteLine("};");
            }

            writer.Indent--;
            writer.WriteLine("}");
            return text.ToString();
        }

        /// <summary>Starts a file with one of the shared partial classes, its body open and indented.</summary>
        private static IndentedTextWriter BeginSharedClass(StringWriter text, string ns, string name, string summary)
        {
            var writer = new IndentedTextWriter(text, "    ");
            WriteHeader(writer, ns);
            WriteSummary(writer, summary);
            writer.WriteLine(GeneratedCode);
            writer.WriteLine($"public static partial class {name}");
            writer.WriteLine("{");
            writer.Indent++;
            return writer;
        }

        private static void WriteHeader(IndentedTextWriter writer, string ns)
        {
            writer.WriteLine("// <auto-generated/>");
            writer.WriteLine("#nullable enable");
            writer.WriteLine();
            writer.WriteLine($"namespace {ns};");
            writer.WriteLine();
        }

        private static void WriteSummary(IndentedTextWriter writer, string summary)
        {
            writer.WriteLine($"/// <summary>{XmlText(summary)}</summary>");
        }

        /// <summary>Text safe inside an XML doc comment on one line: markup escaped, breaks and invisible controls dropped.</summary>
        internal static string XmlText(string text)
        {
            var builder = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                switch (c)
                {
                    case '&': builder.Append("&amp;"); break;
                    case '<': builder.Append("&lt;"); break;
                    case '>': builder.Append("&gt;"); break;
                    default:
                        if (IsInvisible(c) || char.IsSurrogate(c))
                        {
                            builder.Append(' ');
                        }
                        else
                        {
                            builder.Append(c);
                        }

                        break;
                }
            }

            return builder.ToString();
        }

        internal static string StringLiteral(string value) => Escaped(value, "\"", "\"");

        private static string OptionalLiteral(string? value) => value is null ? "null" : StringLiteral(value);

        internal static string Utf8Literal(string value) => Escaped(value, "\"", "\"u8");

        /// <summary>A C# regular string literal: quotes, backslashes, controls, line and bidi characters escaped.</summary>
        private static string Escaped(string value, string open, string close)
        {
            var builder = new StringBuilder(value.Length + 16);
            builder.Append(open);

            // Runs of characters written as they are are copied whole: the seeds' text is nearly all such runs.
            var run = 0;
            for (var i = 0; i < value.Length; i++)
            {
                var escape = Escape(value[i]);
                if (escape is null)
                {
                    continue;
                }

                builder.Append(value, run, i - run).Append(escape);
                run = i + 1;
            }

            return builder.Append(value, run, value.Length - run).Append(close).ToString();
        }

        // How a character is written in a string literal, or null when it is written as it is.
        private static string? Escape(char c) => c switch
        {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            '\0' => "\\0",
            _ => IsInvisible(c) ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : null,
        };

        // Controls, line separators and the bidirectional formatting characters: written as escapes so that
        // generated source shows exactly what it holds.
        private static bool IsInvisible(char c) =>
            c < ' ' || (c >= '\u007F' && c <= '\u009F') || c == '\u2028' || c == '\u2029' || c == '\u061C' || c == '\u200E' || c == '\u200F'
            || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\uFEFF';
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TypedCorpus.Generator.Model;
using TypedCorpus.Parsing;
using TypedCorpus.Parsing.Catalog;
using TypedCorpus.Parsing.Diagnostics;
using TypedCorpus.Parsing.Model;
using TypedCorpus.Parsing.Ocr;
using TypedCorpus.Parsing.Text;

namespace TypedCorpus.Generator;

public sealed partial class CorpusGenerator
{
    /// <summary>Turns AdditionalFiles into equatable specs. Nothing here keeps a Roslyn object.</summary>
    internal static class Parser
    {
        private const int SummarySentenceLength = 200;

        public static GeneratorOptions ReadOptions(AnalyzerConfigOptions options)
        {
            if (options.TryGetValue("build_property.TypedCorpusNamespace", out var configured) && IsNamespace(configured))
            {
                return new GeneratorOptions(configured.Trim());
            }

            return options.TryGetValue("build_property.RootNamespace", out var root) && IsNamespace(root)
                ? new GeneratorOptions(root.Trim())
                : new GeneratorOptions(GeneratorOptions.DefaultNamespace);
        }

        public static CatalogFile ReadCatalog(string path, string text) => new(Catalog.Read(path, text), LineMap.Of(text));

        /// <summary>
        /// Whether a reference is the runtime library the generated code uses: a project named TypedCorpus, or a file
        /// whose assembly is (as its metadata names it, whatever the file is called). A file that cannot be read is not.
        /// </summary>
        public static bool IsRuntimeLibrary(MetadataReference reference)
        {
            try
            {
                return reference switch
                {
                    CompilationReference project => project.Compilation.AssemblyName == RuntimeAssemblyName,
                    PortableExecutableReference file => file.GetMetadata() is AssemblyMetadata assembly
                        && assembly.GetModules()[0].GetMetadataReader() is { IsAssembly: true } reader
                        && reader.StringComparer.Equals(reader.GetAssemblyDefinition().Name, RuntimeAssemblyName),
                    _ => false,
                };
            }
            catch (Exception e) when (e is IOException or BadImageFormatException or UnauthorizedAccessException)
            {
                return false;
            }
        }

        private const string RuntimeAssemblyName = "TypedCorpus";

        /// <summary>Text as the generator keeps it: a lone surrogate (not encodable as UTF-8) becomes U+FFFD.</summary>
        public static string ReadSeedText(string? text)
        {
            if (text is null)
            {
                return string.Empty;
            }

            StringBuilder? fixedText = null;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                var paired = char.IsHighSurrogate(c) ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                    : !char.IsLowSurrogate(c) || (i > 0 && char.IsHighSurrogate(text[i - 1]));
                if (!paired)
                {
                    fixedText ??= new StringBuilder(text, 0, i, text.Length);
                    fixedText.Append('\uFFFD');
                }
                else
                {
                    fixedText?.Append(c);
                }
            }

            return fixedText?.ToString() ?? text;
        }

        /// <summary>
        /// Pairs a seed with its catalog entry. A .txt file in a folder with no catalog is not a seed (null).
        /// An entry whose id an earlier entry already took is left out here; the shared output reports it.
        /// </summary>
        public static SeedInput? Match(SeedFile seed, CatalogSet catalogs, GeneratorOptions options)
        {
            var catalog = catalogs.ForFolder(Path.GetDirectoryName(seed.Path) ?? string.Empty);
            if (catalog is null)
            {
                return null;
            }

            var entry = catalog.Find(Path.GetFileName(seed.Path));
            return new SeedInput(seed, entry is null || CorpusChecks.IsDuplicateId(catalog, entry) ? null : entry, options.Namespace);
        }

        /// <summary>Layout, structure and clean text of one seed; for a clean seed, also its words for the corpus lexicon.</summary>
        public static StructureResult ParseStructure(SeedInput input, CancellationToken token)
        {
            if (input.Entry is null)
            {
                return new StructureResult(null, EquatableArray<DiagnosticData>.Empty, DomainWords.Empty, input.Namespace, LineMap.Of(string.Empty));
            }

            token.ThrowIfCancellationRequested();
            var result = CorpusParser.ParseStructure(input.Seed.Path, input.Seed.Text, input.Entry, CorpusParser.Layouts);
            var lines = LineMap.Of(input.Seed.Text);
            var diagnostics = result.Diagnostics.Select(d => Locate(d, lines)).ToEquatableArray();
            var words = result.Document is { IsOcr: false } clean ? DomainWords.Count(new[] { clean.Text }) : DomainWords.Empty;
            return new StructureResult(result.Document, diagnostics, words, input.Namespace, lines);
        }

        /// <summary>OCR correction (with the corpus's words) and dated sentences, then the spec the emitter writes.</summary>
        public static DocumentResult BuildDocument(StructureResult structure, DomainWords corpusWords, CancellationToken token)
        {
            if (structure.Document is null)
            {
                return new DocumentResult(null, structure.Diagnostics);
            }

            token.ThrowIfCancellationRequested();
            var result = CorpusParser.Finish(structure.Document, corpusWords);
            var diagnostics = result.Diagnostics.Select(d => Locate(d, structure.Lines)).ToEquatableArray();
            return result.Document is null
                ? new DocumentResult(null, diagnostics)
                : new DocumentResult(BuildSpec(result.Document, structure.Namespace), diagnostics);
        }

        public static DiagnosticData Locate(CorpusDiagnostic diagnostic, LineMap lines)
        {
            var (start, length) = lines.Span(diagnostic.Line);
            return new DiagnosticData(diagnostic.Id, diagnostic.Message, diagnostic.FilePath, start, length, Math.Max(diagnostic.Line, 1) - 1, 0, length);
        }

        private static DocumentSpec BuildSpec(ParsedDocument document, string ns)
        {
            var entry = document.Entry;
            var textIndex = new Utf8Index(document.Text);
            var data = new Utf8Builder(document.Text, textIndex.ByteLength);

            var sectionTable = new List<int>();
            var sectionSpecs = new List<SectionSpec>();
            for (var i = 0; i < document.Sections.Count; i++)
            {
                var s = document.Sections[i];
                var (numberStart, numberLength) = s.Number is null ? (-1, 0) : data.Add(s.Number);
                var title = data.Add(s.Title);
                var rawTitle = data.Add(s.RawTitle);
                var name = data.Add(s.MemberName);
                var (textStart, textLength) = textIndex.Slice(s.TextStart, s.TextLength);
                var (_, fullLength) = textIndex.Slice(s.TextStart, s.FullTextLength);
                sectionTable.AddRange(new[]
                {
                    s.Parent, s.Level, s.Line, numberStart, numberLength, title.Start, title.Length, rawTitle.Start, rawTitle.Length,
                    name.Start, name.Length, textStart, textLength, fullLength, s.RawStart, s.RawLength,
                });
                sectionSpecs.Add(new SectionSpec(i, s.Parent, s.MemberName, SectionSummary(document, s)));
            }

            var paragraphTable = new List<int>();
            foreach (var p in document.Paragraphs)
            {
                var (start, length) = textIndex.Slice(p.TextStart, p.TextLength);
                paragraphTable.AddRange(new[] { (int)p.Kind, p.Section, start, length, p.Line, p.RawStart, p.RawLength });
            }

            var footnoteTable = new List<int>();
            var markerTable = new List<int>();
            foreach (var note in document.Footnotes)
            {
                var label = data.Add(note.Label);
                var text = data.Add(note.Text);
                footnoteTable.AddRange(new[] { label.Start, label.Length, note.Number, note.Scope, text.Start, text.Length, note.Line, note.RawStart, note.RawLength, markerTable.Count / 3, note.Markers.Count });
                foreach (var marker in note.Markers)
                {
                    markerTable.AddRange(new[] { marker.Line, marker.RawOffset, marker.TextOffset });
                }
            }

            var mentionTable = new List<int>();
            foreach (var mention in document.Mentions)
            {
                var date = data.Add(mention.Date);
                var text = textIndex.Slice(mention.TextStart, mention.TextLength);
                mentionTable.AddRange(new[] { date.Start, date.Length, text.Start, text.Length, mention.Line, mention.Section, mention.RawStart, mention.RawLength, (int)mention.Kind });
            }

            var correctionTable = new List<int>();
            foreach (var edit in document.Corrections)
            {
                var original = data.Add(edit.Original);
                correctionTable.AddRange(new[] { edit.TextStart, edit.TextLength, edit.RawStart, edit.RawLength, original.Start, original.Length });
            }

            var spanTable = new List<int>();
            foreach (var span in document.Spans)
            {
                spanTable.AddRange(new[] { (int)span.Kind, span.Start, span.Length, span.Line });
            }

            var seedFile = Path.GetFileName(document.FilePath);
            var (extra, pieceTable) = Splice(data.ToString(), document.RawText);
            return new DocumentSpec(
                ns, entry.Id, "Documents." + entry.Id + ".g.cs", seedFile, entry.Title, entry.Authors, entry.Year, entry.Kind, entry.Container,
                document.Layout, document.IsOcr, DocumentSummary(document, seedFile), extra, pieceTable, textIndex.ByteLength, document.RawText,
                sectionSpecs.ToEquatableArray(), sectionTable.ToEquatableArray(), paragraphTable.ToEquatableArray(),
                footnoteTable.ToEquatableArray(), markerTable.ToEquatableArray(), mentionTable.ToEquatableArray(), spanTable.ToEquatableArray(),
                correctionTable.ToEquatableArray(),
                document.Mentions.Select(m => new MentionKey(m.Date, m.Terms, m.Kind == MentionKind.ChronologyEntry)).ToEquatableArray());
        }

        /// <summary>
        /// The document's data as runs of its seed and a few extra characters, so that the text is embedded once:
        /// per piece (2 values), a byte offset in the seed (or, for extra characters, -1 - their offset) and a byte length.
        /// </summary>
        private static (string Extra, EquatableArray<int> Pieces) Splice(string data, string raw)
        {
            var splice = TextSplice.Of(data, raw);
            var rawIndex = new Utf8Index(raw);
            var extraIndex = new Utf8Index(splice.Extra);
            var table = new int[splice.Pieces.Count * 2];
            for (var i = 0; i < splice.Pieces.Count; i++)
            {
                var piece = splice.Pieces[i];
                var (start, length) = (piece.FromSource ? rawIndex : extraIndex).Slice(piece.Start, piece.Length);
                table[2 * i] = piece.FromSource ? start : -1 - start;
                table[2 * i + 1] = length;
            }

            return (splice.Extra, new EquatableArray<int>(table));
        }

        /// <summary>"I. Introduction (seed line 6): Since the spring of 1996 ...": what IntelliSense shows for a section.</summary>
        private static string SectionSummary(ParsedDocument document, SectionNode section)
        {
            var sentence = FirstSentence(document.Text, section.TextStart, section.TextLength > 0 ? section.TextLength : section.FullTextLength);
            return string.Format(CultureInfo.InvariantCulture, "{0} (seed line {1}){2}", section.Heading, section.Line, sentence.Length > 0 ? ": " + sentence : ".");
        }

        private static string DocumentSummary(ParsedDocument document, string seedFile)
        {
            var entry = document.Entry;
            var authors = string.Join(", ", entry.Authors);
            var year = entry.Year is int y ? ", " + y.ToString(CultureInfo.InvariantCulture) : string.Empty;
            return string.Format(
                CultureInfo.InvariantCulture, "{0} ({1}{2}). Seed {3}, {4} layout: {5} sections, {6} notes.",
                entry.Title, authors, year, seedFile, document.Layout, document.Sections.Count, document.Footnotes.Count);
        }

        // The first sentence of the first paragraph in text[start..start+length], found in place: a top section's text is most of the document.
        private static string FirstSentence(string text, int start, int length)
        {
            var paragraphEnd = text.IndexOf("\n\n", start, length, StringComparison.Ordinal);
            var paragraphLength = paragraphEnd >= 0 ? paragraphEnd - start : length;
            var end = text.IndexOf(". ", start, paragraphLength, StringComparison.Ordinal);
            var sentenceLength = end > start ? end + 1 - start : paragraphLength;
            return sentenceLength <= SummarySentenceLength
                ? text.Substring(start, sentenceLength)
                : text.Substring(start, SummarySentenceLength).TrimEnd() + "...";
        }

        private static bool IsNamespace(string? value) =>
            !string.IsNullOrWhiteSpace(value) && value!.Trim().Split('.').All(part => part.Length > 0 && (char.IsLetter(part[0]) || part[0] == '_') && part.All(c => char.IsLetterOrDigit(c) || c == '_'));

        /// <summary>The document's UTF-8 data: its clean text first, then every other string it needs, each once.</summary>
        private sealed class Utf8Builder
        {
            private readonly StringBuilder _text;
            private readonly Dictionary<string, (int Start, int Length)> _added = new(StringComparer.Ordinal);
            private int _bytes;

            public Utf8Builder(string text, int textBytes)
            {
                _text = new StringBuilder(text);
                _bytes = textBytes;
            }

            public (int Start, int Length) Add(string value)
            {
                if (_added.TryGetValue(value, out var slice))
                {
                    return slice;
                }

                var length = Utf8Index.ByteCount(value);
                slice = (_bytes, length);
                _text.Append(value);
                _bytes += length;
                _added[value] = slice;
                return slice;
            }

            public override string ToString() => _text.ToString();
        }

        /// <summary>
        /// Converts character offsets of a string into byte offsets of its UTF-8 form. Only the characters outside
        /// ASCII are listed, with the extra bytes up to each: the seeds are nearly all ASCII, so a table of a number per
        /// character would be mostly a copy of the offsets themselves.
        /// </summary>
        private sealed class Utf8Index
        {
            private readonly List<int> _wide = new();
            private readonly List<int> _extraBefore = new();
            private readonly int _length;
            private readonly int _extra;

            public Utf8Index(string text)
            {
                _length = text.Length;
                for (var i = 0; i < text.Length; i++)
                {
                    if (text[i] >= 0x80)
                    {
                        _wide.Add(i);
                        _extraBefore.Add(_extra);
                        _extra += CharBytes(text, i) - 1;
                    }
                }
            }

            public int ByteLength => _length + _extra;

            public (int Start, int Length) Slice(int start, int length)
            {
                var byteStart = ByteOffset(start);
                return (byteStart, ByteOffset(start + length) - byteStart);
            }

            // The offset plus the extra bytes of the wide characters before it: the first one at or after it has them.
            private int ByteOffset(int offset)
            {
                int low = 0, high = _wide.Count;
                while (low < high)
                {
                    var mid = (low + high) / 2;
                    if (_wide[mid] < offset)
                    {
                        low = mid + 1;
                    }
                    else
                    {
                        high = mid;
                    }
                }

                return offset + (low < _wide.Count ? _extraBefore[low] : _extra);
            }

            public static int ByteCount(string text)
            {
                var count = 0;
                for (var i = 0; i < text.Length; i++)
                {
                    count += CharBytes(text, i);
                }

                return count;
            }

            // A surrogate pair is four bytes, two counted on each half.
            private static int CharBytes(string text, int i)
            {
                var c = text[i];
                return c < 0x80 ? 1 : c < 0x800 ? 2 : char.IsSurrogate(c) ? 2 : 3;
            }
        }
    }
}

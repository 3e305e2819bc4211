using System.IO;

namespace TypedCorpus.Cli;

/// <summary><c>typedcorpus show</c>: a document's section tree, or one section's text.</summary>
public static class ShowCommand
{
    public static void Tree(Document document, TextWriter output)
    {
        output.WriteLine($"{document.Id}: {document.Title}");
        output.WriteLine($"{document.AllSections.Count} sections, {document.Footnotes.Count} notes; seed {document.SeedFile}");
        foreach (var section in document.AllSections)
        {
            var indent = new string(' ', section.Level * 2);
            var number = section.Number is null ? string.Empty : section.Number + ". ";
            output.WriteLine($"{indent}{number}{section.Title}  [{section.Path}, line {section.Line}]");
        }
    }

    public static void Section(Section section, TextWriter output)
    {
        output.WriteLine(section.ToString());
        output.WriteLine($"[{section.Document.Id} / {section.Path}, seed line {section.Line}]");
        output.WriteLine();
        output.WriteLine(section.FullText);
    }
}

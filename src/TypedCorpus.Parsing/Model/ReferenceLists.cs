using System.Text.RegularExpressions;
using TypedCorpus.Parsing.Text;

namespace TypedCorpus.Parsing.Model;

/// <summary>A document's lists of references: a bibliography, and the parts under it ("BOOKS") as its parts.</summary>
public static class ReferenceLists
{
    private static readonly Regex Title = TextPatterns.Create(@"^(?:select(?:ed)?\s+)?(?:bibliography|references|works\s+cited|(?:primary\s+|secondary\s+)?sources(?:\s+cited)?)$", RegexOptions.IgnoreCase);

    /// <summary>"Bibliography", "Selected Bibliography", "References", "Works Cited", "Primary Sources".</summary>
    public static bool IsTitle(string title) => Title.IsMatch(title.Trim());
}

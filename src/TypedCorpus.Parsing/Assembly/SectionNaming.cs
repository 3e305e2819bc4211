using System.Collections.Generic;
using System.Linq;
using TypedCorpus.Parsing.Diagnostics;

namespace TypedCorpus.Parsing.Assembly;

/// <summary>The C# member names of a document's sections: unique among siblings, clear of the generated members.</summary>
public static class SectionNaming
{
    /// <summary>Members every generated section class has; a child section may not take these names.</summary>
    public static readonly string[] ReservedSectionMembers =
        { "Section", "Title", "Number", "Level", "Line", "Text", "FullText", "Paragraphs", "RawTitle" };

    /// <summary>Names for sections given in document order; a clash gets a suffix and a TC0101 warning at the heading.</summary>
    public static string[] Assign(IReadOnlyList<(int Parent, string Title, int Line)> sections, string filePath, List<CorpusDiagnostic> diagnostics)
    {
        var names = new string[sections.Count];
        foreach (var siblings in Enumerable.Range(0, sections.Count).GroupBy(i => sections[i].Parent))
        {
            var reserved = siblings.Key < 0 ? new[] { "Sections", "All" } : ReservedSectionMembers.Append(names[siblings.Key]).ToArray();
            var members = siblings.ToList();
            var unique = Identifiers.Unique(members.Select(i => sections[i].Title), reserved);
            for (var k = 0; k < members.Count; k++)
            {
                var section = sections[members[k]];
                names[members[k]] = unique[k].Name;
                if (unique[k].Renamed)
                {
                    diagnostics.Add(CorpusDiagnostic.Create(CorpusDiagnostics.IdentifierCollision, filePath, section.Line, section.Title, Identifiers.FromTitle(section.Title), unique[k].Name));
                }
            }
        }

        return names;
    }
}

using System;
using System.Collections.Generic;
using TypedCorpus.Parsing.Text;

namespace TypedCorpus.Parsing.Layouts.Common;

/// <summary>One family of source layouts: how to recognise it and how to classify its lines.</summary>
public abstract class LayoutRules
{
    public abstract string Name { get; }

    /// <summary>How this layout writes footnote markers in running text.</summary>
    public abstract MarkerStyles Markers { get; }

    /// <summary>
    /// Whether the layout writes markup (markdown emphasis and escapes, HTML tags, links) that clean text drops.
    /// </summary>
    public virtual bool HasMarkup => true;

    /// <summary>How sure we are, from 0 to 1, that a seed is in this layout, judged from its content.</summary>
    public abstract double Score(LayoutInput input);

    /// <summary>
    /// Words of a catalog entry's kind that name the documents this layout writes ("web" in "magazine article (web)").
    /// </summary>
    protected virtual IReadOnlyList<string> KindWords => Array.Empty<string>();

    /// <summary>Whether the catalog's word for the document's kind names this layout.</summary>
    public bool IsNamedBy(string? kind)
    {
        if (kind is null)
        {
            return false;
        }

        foreach (var word in KindWords)
        {
            if (kind.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Classifies every non-blank line into blocks, in order, without overlap.</summary>
    public abstract List<Block> Segment(LayoutInput input);
}

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

    /// <summary>Classifies every non-blank line into blocks, in order, without overlap.</summary>
    public abstract List<Block> Segment(LayoutInput input);
}

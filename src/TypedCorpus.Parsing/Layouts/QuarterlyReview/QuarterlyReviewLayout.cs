using System;
using System.Collections.Generic;
using System.Linq;
using TypedCorpus.Parsing.Layouts.Common;
using TypedCorpus.Parsing.Text;

namespace TypedCorpus.Parsing.Layouts.QuarterlyReview;

/// <summary>
/// A review of a quarter: title, a byline over several lines ("by ..., affiliation"), a summary, plain-line
/// subheadings, and a closing chronology whose entries start with a date ("Jan. 1, 2000:", "- **Feb. 1, 2000:**").
/// </summary>
public sealed class QuarterlyReviewLayout : PlainTextLayout
{
    public override string Name => "quarterly-review";

    protected override IReadOnlyList<string> KindWords { get; } = new[] { "quarterly" };

    public override double Score(LayoutInput input)
    {
        // Entries are read as the layout reads them: under a heading that names the year ("Chronology ... July-September
        // 2001"), an entry may leave it out ("Jul. 2:").
        var chronology = new ChronologyDates();
        var entries = 0;
        foreach (var chunk in input.Chunks)
        {
            if (chunk.LineCount <= 2 && chronology.Peek(input.Line(chunk.First)) is null && !ParagraphText.EndsSentence(input.Line(chunk.Last)))
            {
                chronology.EnterSection(input.Joined(chunk));
            }

            for (var i = chunk.First; i <= chunk.Last; i++)
            {
                if (chronology.Read(input.Line(i)) != null)
                {
                    entries++;
                }
            }
        }

        var byline = input.Chunks.Take(4).Any(c => input.Line(c.First).TrimStart().StartsWith("by ", StringComparison.OrdinalIgnoreCase));
        return (entries >= 3 ? 0.5 : 0) + (byline ? 0.5 : 0);
    }
}

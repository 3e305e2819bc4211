using System;
using System.Linq;
using TypedCorpus.Parsing.Layouts.Common;

namespace TypedCorpus.Parsing.Layouts.QuarterlyReview;

/// <summary>
/// A review of a quarter: title, a byline over several lines ("by ..., affiliation"), a summary, plain-line
/// subheadings, and a closing chronology whose entries start with a date ("Jan. 1, 2000:", "- **Feb. 1, 2000:**").
/// </summary>
public sealed class QuarterlyReviewLayout : PlainTextLayout
{
    public override string Name => "quarterly-review";

    public override double Score(LayoutInput input)
    {
        var datedLines = 0;
        for (var i = 0; i < input.Source.Count; i++)
        {
            if (LineShapes.DatedEntryDate(input.Line(i)) != null)
            {
                datedLines++;
            }
        }

        var byline = input.Chunks.Take(4).Any(c => input.Line(c.First).TrimStart().StartsWith("by ", StringComparison.OrdinalIgnoreCase));
        return (datedLines >= 3 ? 0.5 : 0) + (byline ? 0.5 : 0);
    }
}

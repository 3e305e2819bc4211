using System;
using System.Collections.Generic;
using TypedCorpus.Parsing.Model;
using TypedCorpus.Parsing.Text;

namespace TypedCorpus.Parsing.Layouts.Common;

/// <summary>
/// A note cut at a page's foot goes on at the foot of the next page, after that page's body and before its own notes,
/// with no label of its own. What the layouts need to know to take such a piece for the rest of the note.
/// </summary>
public static class NoteContinuation
{
    /// <summary>Whether the last note so far stops mid-sentence, as one cut at a page's foot does.</summary>
    public static bool LastNoteIsOpen(LayoutInput input, List<Block> blocks, LayoutRules layout) =>
        Last(blocks, IsNote) is { } note && !EndsSentence(input, note, layout);

    /// <summary>
    /// Whether the body so far ends its sentence (or there is none). A body sentence cut by the notes goes on in lower
    /// case too, and where it is open the piece is the body's.
    /// </summary>
    public static bool BodyEndsSentence(LayoutInput input, List<Block> blocks, LayoutRules layout) =>
        Last(blocks, IsBody) is not { } body || EndsSentence(input, body, layout);

    private static bool IsNote(Block block) => block.Kind == SpanKind.Footnote;

    private static bool IsBody(Block block) => block.Kind is SpanKind.Paragraph or SpanKind.ListItem or SpanKind.ChronologyEntry;

    private static Block? Last(List<Block> blocks, Func<Block, bool> kind)
    {
        for (var i = blocks.Count - 1; i >= 0; i--)
        {
            if (kind(blocks[i]))
            {
                return blocks[i];
            }
        }

        return null;
    }

    private static bool EndsSentence(LayoutInput input, Block block, LayoutRules layout) =>
        ParagraphText.EndsSentence(CleanLine.From(input.Line(block.Last), 0, layout.Markers, layout.HasMarkup).Text);
}

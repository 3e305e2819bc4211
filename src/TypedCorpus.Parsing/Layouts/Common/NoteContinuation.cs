using System.Collections.Generic;
using TypedCorpus.Parsing.Model;
using TypedCorpus.Parsing.Text;

namespace TypedCorpus.Parsing.Layouts.Common;

/// <summary>
/// A note cut at a page's foot goes on at the foot of the next page, after that page's body and before its own notes,
/// with no label of its own. What a layout needs to know, as it segments one document, to take such a piece for the
/// rest of the note: the last note and the last body text so far, followed as blocks are added (looking back over every
/// block for each piece would cost a long document quadratic time).
/// </summary>
public sealed class NoteContinuation
{
    private readonly LayoutInput _input;
    private readonly LayoutRules _layout;
    private int _seen;
    private Block? _note;
    private Block? _body;

    public NoteContinuation(LayoutInput input, LayoutRules layout)
    {
        _input = input;
        _layout = layout;
    }

    /// <summary>Whether the last note so far stops mid-sentence, as one cut at a page's foot does.</summary>
    public bool LastNoteIsOpen(List<Block> blocks)
    {
        CatchUp(blocks);
        return _note != null && !EndsSentence(_note);
    }

    /// <summary>
    /// Whether the body so far ends its sentence (or there is none). A body sentence cut by the notes goes on in lower
    /// case too, and where it is open the piece is the body's.
    /// </summary>
    public bool BodyEndsSentence(List<Block> blocks)
    {
        CatchUp(blocks);
        return _body is null || EndsSentence(_body);
    }

    // The blocks added since the last question; a block's kind is set when it is added, its last line may grow later.
    private void CatchUp(List<Block> blocks)
    {
        for (; _seen < blocks.Count; _seen++)
        {
            var block = blocks[_seen];
            if (block.Kind == SpanKind.Footnote)
            {
                _note = block;
            }
            else if (block.Kind is SpanKind.Paragraph or SpanKind.ListItem or SpanKind.ChronologyEntry)
            {
                _body = block;
            }
        }
    }

    private bool EndsSentence(Block block) =>
        ParagraphText.EndsSentence(CleanLine.From(_input.Line(block.Last), 0, _layout.Markers, _layout.HasMarkup).Text);
}

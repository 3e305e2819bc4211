using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;

namespace TypedCorpus;

/// <summary>Where a dated mention comes from.</summary>
public enum MentionKind
{
    /// <summary>An entry of an explicit chronology ("Jan. 1, 2000: ...").</summary>
    ChronologyEntry,

    /// <summary>A sentence of the body that says something happened at a date.</summary>
    Sentence,
}

/// <summary>A dated statement in one document: an entry of its chronology, or a sentence of its body.</summary>
public sealed class DatedMention
{
    private readonly LazyText _text;

    internal DatedMention(Document document, MentionKind kind, CorpusDate date, LazyText text, int line, Section? section, int rawStart, int rawLength)
    {
        Document = document;
        Kind = kind;
        Date = date;
        _text = text;
        Line = line;
        Section = section;
        RawStart = rawStart;
        RawLength = rawLength;
    }

    public Document Document { get; }

    public MentionKind Kind { get; }

    public CorpusDate Date { get; }

    /// <summary>What the document says happened: the entry's text, or the whole sentence.</summary>
    public string Text => _text.Value;

    public int Line { get; }

    public Section? Section { get; }

    public int RawStart { get; }

    public int RawLength { get; }

    public override string ToString() => Date + ": " + Text;
}

/// <summary>Where an event is told: the document, the words it uses, the line.</summary>
public sealed class EventSource
{
    internal EventSource(DatedMention mention) => Mention = mention;

    public DatedMention Mention { get; }

    public Document Document => Mention.Document;

    /// <summary>The sentence of the document that states the event.</summary>
    public string Quote => Mention.Text;

    public int Line => Mention.Line;

    public Section? Section => Mention.Section;
}

/// <summary>Something that happened at a date, with every document that tells it.</summary>
public sealed class ChronologyEvent
{
    internal ChronologyEvent(CorpusDate date, IReadOnlyList<EventSource> sources)
    {
        Date = date;
        Sources = sources;
    }

    public CorpusDate Date { get; }

    /// <summary>A description of the event: the words of its first source.</summary>
    public string Text => Sources[0].Quote;

    /// <summary>
    /// The documents that tell the event: a chronology's entry first, then sentences of clean print, then OCR'd ones,
    /// each kind in the corpus's order.
    /// </summary>
    public IReadOnlyList<EventSource> Sources { get; }

    public override string ToString() => Date + ": " + Text;
}

/// <summary>The corpus's events in date order, with look-ups by period and by document.</summary>
public sealed class Timeline
{
    private Timeline(ChronologyEvent[] events) => Events = events;

    /// <summary>All events, in date order.</summary>
    public IReadOnlyList<ChronologyEvent> Events { get; }

    /// <summary>Events that share at least a day with the period from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public IEnumerable<ChronologyEvent> Between(CorpusDate from, CorpusDate to) =>
        Events.Where(e => e.Date.Overlaps(from.Earliest, to.Latest));

    /// <summary>Events that the document with this id tells.</summary>
    public IEnumerable<ChronologyEvent> ForDocument(string id) =>
        Events.Where(e => e.Sources.Any(s => string.Equals(s.Document.Id, id, StringComparison.Ordinal)));

    /// <summary>
    /// Builds a timeline from the generator's table: per source (3 values) the event it belongs to, the index
    /// of the document in <paramref name="documents"/>, and the index of the mention in that document.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Timeline Create(IReadOnlyList<Document> documents, ReadOnlySpan<int> sources)
    {
        var events = new List<ChronologyEvent>();
        var i = 0;
        while (i < sources.Length)
        {
            var group = sources[i];
            var members = new List<EventSource>();
            while (i < sources.Length && sources[i] == group)
            {
                members.Add(new EventSource(documents[sources[i + 1]].DatedMentions[sources[i + 2]]));
                i += 3;
            }

            events.Add(new ChronologyEvent(members[0].Mention.Date, members));
        }

        return new Timeline(events.OrderBy(e => e.Date).ToArray());
    }
}

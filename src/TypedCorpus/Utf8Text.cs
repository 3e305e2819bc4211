using System;
using System.ComponentModel;
using System.Text;

namespace TypedCorpus;

/// <summary>Returns UTF-8 data compiled into the assembly (a <c>"..."u8</c> literal); reading it allocates nothing.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate ReadOnlySpan<byte> Utf8Source();

/// <summary>UTF-8 text embedded in an assembly, decoded a slice at a time on demand.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class Utf8Text
{
    private readonly Utf8Source _source;

    public Utf8Text(Utf8Source source) => _source = source ?? throw new ArgumentNullException(nameof(source));

    /// <summary>Length of the data in bytes.</summary>
    public int Length => _source().Length;

    public string Decode(int start, int length) => length == 0 ? string.Empty : Encoding.UTF8.GetString(_source().Slice(start, length));

    /// <summary>The string at (start, length), or null for a start of -1.</summary>
    public string? DecodeOptional(int start, int length) => start < 0 ? null : Decode(start, length);
}

/// <summary>A slice of embedded text, decoded once on first read and then cached.</summary>
internal sealed class LazyText
{
    private readonly Utf8Text _data;
    private readonly int _start;
    private readonly int _length;
    private string? _value;

    public LazyText(Utf8Text data, int start, int length)
    {
        _data = data;
        _start = start;
        _length = length;
    }

    public string Value => _value ??= _data.Decode(_start, _length);
}

using System;
using System.ComponentModel;
using System.Text;

namespace TypedCorpus;

/// <summary>Returns UTF-8 data compiled into the assembly (a <c>"..."u8</c> literal); reading it allocates nothing.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate ReadOnlySpan<byte> Utf8Source();

/// <summary>UTF-8 text, embedded in an assembly or built once from embedded pieces, decoded a slice at a time on demand.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class Utf8Text
{
    private readonly Utf8Source? _source;
    private readonly byte[]? _bytes;

    public Utf8Text(Utf8Source source) => _source = source ?? throw new ArgumentNullException(nameof(source));

    internal Utf8Text(byte[] bytes) => _bytes = bytes;

    private ReadOnlySpan<byte> Bytes => _bytes ?? _source!();

    /// <summary>Length of the data in bytes.</summary>
    public int Length => Bytes.Length;

    public string Decode(int start, int length) => length == 0 ? string.Empty : Encoding.UTF8.GetString(Bytes.Slice(start, length));

    /// <summary>
    /// Joins pieces of <paramref name="raw"/> and <paramref name="extra"/> into one text: per piece, a byte offset in
    /// <paramref name="raw"/> (or -1 minus an offset in <paramref name="extra"/>) and a byte length.
    /// </summary>
    public static Utf8Text Splice(ReadOnlySpan<byte> raw, ReadOnlySpan<byte> extra, ReadOnlySpan<int> pieces)
    {
        var length = 0;
        for (var i = 1; i < pieces.Length; i += 2)
        {
            length += pieces[i];
        }

        var bytes = new byte[length];
        var at = 0;
        for (var i = 0; i + 1 < pieces.Length; i += 2)
        {
            var start = pieces[i];
            var source = start >= 0 ? raw.Slice(start, pieces[i + 1]) : extra.Slice(-1 - start, pieces[i + 1]);
            source.CopyTo(bytes.AsSpan(at));
            at += source.Length;
        }

        return new Utf8Text(bytes);
    }

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

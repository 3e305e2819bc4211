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

    public string Decode(int start, int length)
    {
        if (length == 0)
        {
            return string.Empty;
        }

        var utf16Length = Utf16Length(Bytes.Slice(start, length));
        return utf16Length < 0
            ? Encoding.UTF8.GetString(Bytes.Slice(start, length))
            : string.Create(utf16Length, (Text: this, Start: start, Length: length), static (chars, slice) => Write(slice.Text.Bytes.Slice(slice.Start, slice.Length), chars));
    }

    // Decoded here in two plain passes rather than by Encoding.UTF8, whose first call in a process costs about 3 ms (the
    // runtime compiles its vectorised transcoder for the processor): as much as the rest of a first read. Data that is not
    // valid UTF-8 (which the generator never writes) goes to Encoding.UTF8, which replaces what it cannot read.
    private static int Utf16Length(ReadOnlySpan<byte> bytes)
    {
        var length = 0;
        for (var i = 0; i < bytes.Length;)
        {
            var code = Next(bytes, ref i);
            if (code < 0)
            {
                return -1;
            }

            length += code >= 0x10000 ? 2 : 1;
        }

        return length;
    }

    private static void Write(ReadOnlySpan<byte> bytes, Span<char> chars)
    {
        var at = 0;
        for (var i = 0; i < bytes.Length;)
        {
            var code = Next(bytes, ref i);
            if (code >= 0x10000)
            {
                chars[at++] = (char)(0xD800 + ((code - 0x10000) >> 10));
                chars[at++] = (char)(0xDC00 + ((code - 0x10000) & 0x3FF));
            }
            else
            {
                chars[at++] = (char)code;
            }
        }
    }

    /// <summary>The code point at <paramref name="i"/>, which moves past it; -1 for a byte sequence that is not UTF-8.</summary>
    private static int Next(ReadOnlySpan<byte> bytes, ref int i)
    {
        var lead = bytes[i];
        if (lead < 0x80)
        {
            i++;
            return lead;
        }

        // The sequence's length, and the least code point it may hold (a smaller one is an overlong form).
        var (size, least) = lead switch
        {
            >= 0xC2 and <= 0xDF => (2, 0x80),
            >= 0xE0 and <= 0xEF => (3, 0x800),
            >= 0xF0 and <= 0xF4 => (4, 0x10000),
            _ => (0, 0),
        };
        if (size == 0 || i + size > bytes.Length)
        {
            return -1;
        }

        var code = lead & (0x7F >> size);
        for (var k = 1; k < size; k++)
        {
            var next = bytes[i + k];
            if ((next & 0xC0) != 0x80)
            {
                return -1;
            }

            code = (code << 6) | (next & 0x3F);
        }

        if (code < least || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
        {
            return -1;
        }

        i += size;
        return code;
    }

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

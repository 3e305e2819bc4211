using System;
using System.Globalization;
using System.Text;

namespace TypedCorpus.Parsing.Catalog;

/// <summary>Thrown for malformed JSON, with the line and column of the fault.</summary>
public sealed class JsonFormatException : Exception
{
    public JsonFormatException(string message, int line, int column)
        : base(message)
    {
        Line = line;
        Column = column;
    }

    public int Line { get; }

    public int Column { get; }
}

/// <summary>
/// A small strict JSON reader (RFC 8259). The parsing library has no dependencies, so the generator
/// carries nothing extra; the catalog is a few kilobytes, so a recursive reader with a depth limit is enough.
/// </summary>
public sealed class JsonReader
{
    private const int MaxDepth = 64;
    private readonly string _text;
    private int _position;
    private int _line = 1;
    private int _lineStart;

    private JsonReader(string text) => _text = text;

    public static JsonNode Parse(string text)
    {
        var reader = new JsonReader(text);
        reader.SkipWhitespace();
        if (reader._position < text.Length && text[reader._position] == '\uFEFF')
        {
            reader._position++;
            reader.SkipWhitespace();
        }

        var value = reader.ReadValue(0);
        reader.SkipWhitespace();
        if (reader._position < text.Length)
        {
            throw reader.Error("unexpected text after the end of the JSON value");
        }

        return value;
    }

    private JsonNode ReadValue(int depth)
    {
        if (depth > MaxDepth)
        {
            throw Error("values are nested too deeply");
        }

        SkipWhitespace();
        if (_position >= _text.Length)
        {
            throw Error("unexpected end of text, a value was expected");
        }

        var line = _line;
        var c = _text[_position];
        switch (c)
        {
            case '{':
                return ReadObject(depth, line);
            case '[':
                return ReadArray(depth, line);
            case '"':
                return new JsonNode(JsonKind.String, line) { StringValue = ReadString() };
            case 't':
                ExpectWord("true");
                return new JsonNode(JsonKind.Boolean, line) { BooleanValue = true };
            case 'f':
                ExpectWord("false");
                return new JsonNode(JsonKind.Boolean, line) { BooleanValue = false };
            case 'n':
                ExpectWord("null");
                return new JsonNode(JsonKind.Null, line);
            default:
                if (c == '-' || (c >= '0' && c <= '9'))
                {
                    return new JsonNode(JsonKind.Number, line) { NumberValue = ReadNumber() };
                }

                throw Error($"unexpected character '{c}'");
        }
    }

    private JsonNode ReadObject(int depth, int line)
    {
        var node = new JsonNode(JsonKind.Object, line);
        _position++;
        SkipWhitespace();
        if (Peek() == '}')
        {
            _position++;
            return node;
        }

        while (true)
        {
            SkipWhitespace();
            if (Peek() != '"')
            {
                throw Error("a property name in double quotes was expected");
            }

            var key = ReadString();
            SkipWhitespace();
            if (Peek() != ':')
            {
                throw Error("':' was expected after a property name");
            }

            _position++;
            node.Members.Add(new(key, ReadValue(depth + 1)));
            SkipWhitespace();
            var next = Peek();
            _position++;
            if (next == '}')
            {
                return node;
            }

            if (next != ',')
            {
                _position--;
                throw Error("',' or '}' was expected");
            }
        }
    }

    private JsonNode ReadArray(int depth, int line)
    {
        var node = new JsonNode(JsonKind.Array, line);
        _position++;
        SkipWhitespace();
        if (Peek() == ']')
        {
            _position++;
            return node;
        }

        while (true)
        {
            node.Items.Add(ReadValue(depth + 1));
            SkipWhitespace();
            var next = Peek();
            _position++;
            if (next == ']')
            {
                return node;
            }

            if (next != ',')
            {
                _position--;
                throw Error("',' or ']' was expected");
            }
        }
    }

    private string ReadString()
    {
        _position++;
        var builder = new StringBuilder();
        while (true)
        {
            if (_position >= _text.Length)
            {
                throw Error("unterminated string");
            }

            var c = _text[_position++];
            if (c == '"')
            {
                return builder.ToString();
            }

            if (c < ' ')
            {
                _position--;
                throw Error("control character inside a string");
            }

            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            if (_position >= _text.Length)
            {
                throw Error("unterminated escape");
            }

            var escape = _text[_position++];
            switch (escape)
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case '/': builder.Append('/'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u':
                    if (_position + 4 > _text.Length ||
                        !int.TryParse(_text.Substring(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                    {
                        throw Error("invalid \\u escape");
                    }

                    builder.Append((char)code);
                    _position += 4;
                    break;
                default:
                    _position--;
                    throw Error($"invalid escape '\\{escape}'");
            }
        }
    }

    private double ReadNumber()
    {
        var start = _position;
        if (Peek() == '-')
        {
            _position++;
        }

        while (_position < _text.Length && "0123456789.eE+-".IndexOf(_text[_position]) >= 0)
        {
            _position++;
        }

        var token = _text.Substring(start, _position - start);
        if (!double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            _position = start;
            throw Error($"invalid number '{token}'");
        }

        return value;
    }

    private void ExpectWord(string word)
    {
        if (string.CompareOrdinal(_text, _position, word, 0, word.Length) != 0)
        {
            throw Error($"unexpected token, '{word}' was expected");
        }

        _position += word.Length;
    }

    private char Peek() => _position < _text.Length ? _text[_position] : '\0';

    private void SkipWhitespace()
    {
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c == '\n')
            {
                _line++;
                _lineStart = _position + 1;
            }
            else if (c != ' ' && c != '\t' && c != '\r')
            {
                return;
            }

            _position++;
        }
    }

    private JsonFormatException Error(string message) =>
        new($"{message} (line {_line}, column {_position - _lineStart + 1})", _line, _position - _lineStart + 1);
}

using System;
using System.IO;
using System.Linq;
using System.Text;
using TypedCorpus.Testing;

namespace TypedCorpus.Tests;

/// <summary>The runtime decodes its embedded UTF-8 itself; whatever the bytes, it reads them as Encoding.UTF8 does.</summary>
public class Utf8TextTests
{
    private static string Decode(byte[] bytes, int start, int length) => new Utf8Text(() => bytes).Decode(start, length);

    [Fact]
    public void Every_seed_and_every_slice_of_one_decodes_as_Encoding_UTF8_does()
    {
        foreach (var path in Directory.GetFiles(Repository.Seeds))
        {
            var bytes = File.ReadAllBytes(path);
            Assert.Equal(Encoding.UTF8.GetString(bytes), Decode(bytes, 0, bytes.Length));
        }

        // Slices that start or end inside a character are not UTF-8: they read as Encoding.UTF8 reads them.
        var hasegawa = File.ReadAllBytes(Repository.Seed("001_1abacd52f4049827.txt"));
        var random = new Random(7);
        for (var i = 0; i < 2000; i++)
        {
            var start = random.Next(hasegawa.Length);
            var length = random.Next(Math.Min(40, hasegawa.Length - start));
            Assert.Equal(Encoding.UTF8.GetString(hasegawa, start, length), Decode(hasegawa, start, length));
        }
    }

    [Theory]
    [InlineData("plain ASCII")]
    [InlineData("\u0080 \u07FF \u0800 \uFFFD \uFFFF \u00B9\u00B2 \u2013 \u201Cquoted\u201D")]
    [InlineData("\U0001F600 \U00010000 \U0010FFFF")]
    public void Characters_of_every_length_decode(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        Assert.Equal(text, Decode(bytes, 0, bytes.Length));
    }

    [Theory]
    [InlineData(new byte[] { 0x80 })]
    [InlineData(new byte[] { 0xC0, 0xAF })]
    [InlineData(new byte[] { 0xE0, 0x80, 0xAF })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 })]
    [InlineData(new byte[] { 0x41, 0xE2, 0x82 })]
    [InlineData(new byte[] { 0xFF, 0x41 })]
    public void Bytes_that_are_not_UTF8_read_as_Encoding_UTF8_reads_them(byte[] bytes)
    {
        Assert.Equal(Encoding.UTF8.GetString(bytes), Decode(bytes, 0, bytes.Length));
    }

    [Fact]
    public void Random_characters_and_random_bytes_read_as_Encoding_UTF8_reads_them()
    {
        var random = new Random(11);
        for (var i = 0; i < 5000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 8)).Select(_ => char.ConvertFromUtf32(random.Next(4) switch
            {
                0 => random.Next(0x80),
                1 => random.Next(0x80, 0x800),
                2 => random.Next(2) == 0 ? random.Next(0x800, 0xD800) : random.Next(0xE000, 0x10000),
                _ => random.Next(0x10000, 0x110000),
            })));
            var valid = Encoding.UTF8.GetBytes(text);
            Assert.Equal(text, Decode(valid, 0, valid.Length));

            var bytes = new byte[random.Next(1, 12)];
            random.NextBytes(bytes);
            Assert.Equal(Encoding.UTF8.GetString(bytes), Decode(bytes, 0, bytes.Length));
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using TypedCorpus.Parsing.Ocr;
using Xunit;

namespace TypedCorpus.Parsing.Tests.Ocr;

/// <summary>The corrector's trie: a child found by letter agrees with the node's list of children.</summary>
public class LexiconTrieTests
{
    [Fact]
    public void A_child_found_by_its_character_is_the_one_the_node_lists_for_it()
    {
        // Letters and the characters around a-z in ordinal order (apostrophe, hyphen, digits before; accented letters after).
        var words = new[] { "a", "an", "and", "ant", "zebra", "don't", "x-ray", "a1", "3d", "café", "cafe", "naïve", "zz", "'tis", "b" };
        var trie = LexiconTrie.FromSorted(words.OrderBy(word => word, StringComparer.Ordinal).ToArray());
        var characters = "abcdefghijklmnopqrstuvwxyz'-13éï`{".ToCharArray();
        var listed = 0;
        for (var node = 0; node < trie.NodeCount; node++)
        {
            var children = new Dictionary<char, int>();
            var (first, end) = trie.Children(node);
            for (var entry = first; entry < end; entry++)
            {
                children[trie.ChildChar(entry)] = trie.ChildNode(entry);
            }

            foreach (var c in characters)
            {
                Assert.Equal(children.TryGetValue(c, out var child) ? child : -1, trie.Child(node, c));
            }

            listed += children.Count;
        }

        Assert.Equal(trie.NodeCount - 1, listed);
        Assert.All(words, word => Assert.True(trie.IsWord(trie.Node(word)), word));
        Assert.Equal(-1, trie.Node("zeb-ra"));
        Assert.False(trie.IsWord(trie.Node("ze")));
    }
}

using System;
using System.Collections.Generic;

/// <summary>Prefix tallies over a multiset of words, kept in a trie.</summary>
public static class Solution
{
    /// <summary>
    /// Stored words (with repeats) and distinct words through a node, and copies ending there.
    /// </summary>
    private sealed class Node
    {
        public readonly Dictionary<char, Node> Children = new Dictionary<char, Node>();
        public long Words;
        public long Distinct;
        public long Ends;
    }

    /// <summary>
    /// The nodes from the root along text, or null when the path leaves the trie (unless create).
    /// </summary>
    private static List<Node> Path(Node root, string text, bool create)
    {
        var nodes = new List<Node> { root };
        Node node = root;
        foreach (char c in text)
        {
            Node next;
            if (!node.Children.TryGetValue(c, out next))
            {
                if (!create) return null;
                next = node.Children[c] = new Node();
            }
            node = next;
            nodes.Add(node);
        }
        return nodes;
    }

    private static void Change(List<Node> nodes, int delta, bool distinct)
    {
        foreach (Node node in nodes)
        {
            node.Words += delta;
            if (distinct) node.Distinct += delta;
        }
    }

    public static List<long> PrefixTally(List<string> ops)
    {
        var root = new Node();
        var answers = new List<long>();
        foreach (string op in ops)
        {
            string[] parts = op.Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
            List<Node> nodes = Path(root, parts[1], parts[0] == "add");
            Node last = nodes == null ? null : nodes[nodes.Count - 1];
            if (parts[0] == "add")
            {
                Change(nodes, 1, last.Ends == 0);
                last.Ends++;
            }
            else if (parts[0] == "del")
            {
                if (last == null || last.Ends == 0) continue;
                last.Ends--;
                Change(nodes, -1, last.Ends == 0);
            }
            else
            {
                answers.Add(last == null ? 0 : parts[0] == "count" ? last.Words : last.Distinct);
            }
        }
        return answers;
    }
}

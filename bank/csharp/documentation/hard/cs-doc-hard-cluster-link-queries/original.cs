using System;
using System.Collections.Generic;

public static class Solution
{
    private sealed class DisjointSets
    {
        private readonly int[] parent;
        private readonly long[] size;

        public DisjointSets(int n)
        {
            parent = new int[n];
            size = new long[n];
            Groups = n;
            for (int i = 0; i < n; i++)
            {
                parent[i] = i;
                size[i] = 1;
            }
        }

        public long Groups { get; private set; }

        public int Find(int node)
        {
            int root = node;
            while (parent[root] != root) root = parent[root];
            while (parent[node] != root)
            {
                int next = parent[node];
                parent[node] = root;
                node = next;
            }
            return root;
        }

        public long SizeOf(int node)
        {
            return size[Find(node)];
        }

        public void Union(int first, int second)
        {
            int a = Find(first), b = Find(second);
            if (a == b) return;
            if (size[a] < size[b])
            {
                int swap = a;
                a = b;
                b = swap;
            }
            parent[b] = a;
            size[a] += size[b];
            Groups--;
        }
    }

    private static long? Apply(DisjointSets sets, string[] parts)
    {
        switch (parts[0])
        {
            case "link":
                sets.Union(int.Parse(parts[1]), int.Parse(parts[2]));
                return null;
            case "same":
                return sets.Find(int.Parse(parts[1])) == sets.Find(int.Parse(parts[2])) ? 1 : 0;
            case "size":
                return sets.SizeOf(int.Parse(parts[1]));
            default:
                return sets.Groups;
        }
    }

    public static List<long> ClusterQueries(long n, List<string> ops)
    {
        var sets = new DisjointSets((int)n);
        var answers = new List<long>();
        foreach (string op in ops)
        {
            string[] parts = op.Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
            long? answer = Apply(sets, parts);
            if (answer.HasValue) answers.Add(answer.Value);
        }
        return answers;
    }
}

using System;
using System.Collections.Generic;
using System.Linq;

/// <summary>Cheapest courier route: Dijkstra with a lexicographic tie-break.</summary>
public static class Solution
{
    /// <summary>Orders {cost, node} pairs.</summary>
    private sealed class PairComparer : IComparer<long[]>
    {
        public int Compare(long[] a, long[] b)
        {
            return a[0] != b[0] ? a[0].CompareTo(b[0]) : a[1].CompareTo(b[1]);
        }
    }

    private static bool IsDepot(long node, long n)
    {
        return node >= 0 && node < n;
    }

    private static void Validate(long n, List<List<long>> edges, long source, long target)
    {
        if (n < 1) throw new ArgumentException("there must be at least one depot");
        if (!IsDepot(source, n) || !IsDepot(target, n))
        {
            throw new ArgumentException("source or target out of range");
        }
        foreach (var edge in edges)
        {
            if (edge.Count != 3) throw new ArgumentException("malformed edge");
            if (!IsDepot(edge[0], n) || !IsDepot(edge[1], n))
            {
                throw new ArgumentException("edge uses an unknown depot");
            }
            if (edge[2] < 1) throw new ArgumentException("edge has a non-positive travel time");
        }
    }

    /// <summary>
    /// The shortest travel time from every depot to the target (-1 when unreachable).
    /// </summary>
    private static long[] DistancesTo(int target, List<long[]>[] incoming)
    {
        var dist = Enumerable.Repeat(-1L, incoming.Length).ToArray();
        dist[target] = 0;
        var queue = new SortedSet<long[]>(new PairComparer()) { new long[] { 0, target } };
        while (queue.Count > 0)
        {
            long[] current = queue.Min;
            queue.Remove(current);
            foreach (long[] edge in incoming[current[1]])
            {
                long candidate = current[0] + edge[1];
                if (dist[edge[0]] >= 0 && candidate >= dist[edge[0]]) continue;
                if (dist[edge[0]] >= 0) queue.Remove(new[] { dist[edge[0]], edge[0] });
                dist[edge[0]] = candidate;
                queue.Add(new[] { candidate, edge[0] });
            }
        }
        return dist;
    }

    public static List<long> CheapestRoute(long n, List<List<long>> edges, long source, long target)
    {
        Validate(n, edges, source, target);
        var outgoing = new List<long[]>[n];
        var incoming = new List<long[]>[n];
        for (int i = 0; i < n; i++)
        {
            outgoing[i] = new List<long[]>();
            incoming[i] = new List<long[]>();
        }
        foreach (var edge in edges)
        {
            outgoing[edge[0]].Add(new[] { edge[1], edge[2] });
            incoming[edge[1]].Add(new[] { edge[0], edge[2] });
        }
        long[] dist = DistancesTo((int)target, incoming);
        var route = new List<long>();
        if (dist[source] < 0) return route;
        for (long node = source; ; )
        {
            route.Add(node);
            if (node == target) return route;
            long here = dist[node];
            node = outgoing[node]
                .Where(edge => dist[edge[0]] >= 0 && dist[edge[0]] + edge[1] == here)
                .Min(edge => edge[0]);
        }
    }
}

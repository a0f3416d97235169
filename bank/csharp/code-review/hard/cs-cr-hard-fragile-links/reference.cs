using System;
using System.Collections.Generic;
using System.Linq;

/// <summary>
/// Fragile links: the bridges of an undirected graph (Tarjan's low-link values, iterative search).
/// </summary>
public static class Solution
{
    private sealed class Search
    {
        private readonly List<int[]>[] neighbours; // {other node, link id}
        private readonly int[] order;
        private readonly int[] low;
        private int counter;

        public Search(List<int[]>[] neighbours)
        {
            this.neighbours = neighbours;
            order = new int[neighbours.Length];
            low = new int[neighbours.Length];
            Bridges = new List<List<long>>();
        }

        public List<List<long>> Bridges { get; private set; }

        public bool Visited(int node)
        {
            return order[node] > 0;
        }

        private int[] Discover(int node, int via)
        {
            counter++;
            order[node] = low[node] = counter;
            return new[] { node, via, 0 }; // {node, link used to reach it, next neighbour to try}
        }

        private void Retreat(Stack<int[]> stack)
        {
            int node = stack.Pop()[0];
            if (stack.Count == 0) return;
            int parent = stack.Peek()[0];
            low[parent] = Math.Min(low[parent], low[node]);
            if (low[node] > order[parent])
            {
                Bridges.Add(new List<long> { Math.Min(parent, node), Math.Max(parent, node) });
            }
        }

        public void Explore(int root)
        {
            var stack = new Stack<int[]>();
            stack.Push(Discover(root, -1));
            while (stack.Count > 0)
            {
                int[] frame = stack.Peek();
                if (frame[2] == neighbours[frame[0]].Count)
                {
                    Retreat(stack);
                    continue;
                }
                int[] link = neighbours[frame[0]][frame[2]++];
                if (link[1] == frame[1]) continue;
                if (!Visited(link[0])) stack.Push(Discover(link[0], link[1]));
                else low[frame[0]] = Math.Min(low[frame[0]], order[link[0]]);
            }
        }
    }

    public static List<List<long>> FragileLinks(long n, List<List<long>> links)
    {
        var neighbours = new List<int[]>[n];
        for (int i = 0; i < n; i++) neighbours[i] = new List<int[]>();
        for (int id = 0; id < links.Count; id++)
        {
            int a = (int)links[id][0], b = (int)links[id][1];
            neighbours[a].Add(new[] { b, id });
            neighbours[b].Add(new[] { a, id });
        }
        var search = new Search(neighbours);
        for (int node = 0; node < n; node++)
        {
            if (!search.Visited(node)) search.Explore(node);
        }
        return search.Bridges.OrderBy(bridge => bridge[0]).ThenBy(bridge => bridge[1]).ToList();
    }
}

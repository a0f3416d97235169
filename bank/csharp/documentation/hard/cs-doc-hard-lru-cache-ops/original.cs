using System;
using System.Collections.Generic;

public static class Solution
{
    public static List<long?> LruSimulate(long capacity, List<string> ops)
    {
        var order = new LinkedList<KeyValuePair<string, long>>(); // first: the least recently used
        var nodes = new Dictionary<string, LinkedListNode<KeyValuePair<string, long>>>();
        var results = new List<long?>();
        foreach (string op in ops)
        {
            string[] parts = op.Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
            LinkedListNode<KeyValuePair<string, long>> node;
            bool present = nodes.TryGetValue(parts[1], out node);
            if (parts[0] == "get")
            {
                if (present)
                {
                    order.Remove(node);
                    order.AddLast(node);
                }
                results.Add(present ? node.Value.Value : (long?)null);
                continue;
            }
            if (capacity == 0) continue;
            if (present) order.Remove(node);
            nodes[parts[1]] = order.AddLast(new KeyValuePair<string, long>(parts[1],
                long.Parse(parts[2])));
            if (order.Count > capacity)
            {
                nodes.Remove(order.First.Value.Key);
                order.RemoveFirst();
            }
        }
        return results;
    }
}

using System;
using System.Collections.Generic;

/// <summary>
/// Part of lru cache simulation.
/// </summary>
public static class Solution
{
    /// <summary>
    /// Simulate a cache holding at most `capacity` keys (capacity &gt;= 0), processing the operations in order: - "put k v": store the integer v (possibly negative) under key k, replacing any previous value.
    /// </summary>
    /// <param name="capacity">the capacity (int) the description refers to as `capacity`</param>
    /// <param name="ops">the ops (list of string) the description refers to as `ops`</param>
    /// <returns>the result described above (list of optional of int)</returns>
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

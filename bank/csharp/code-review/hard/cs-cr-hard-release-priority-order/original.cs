using System;
using System.Collections.Generic;

/// <summary>
/// Release order: a topological sort picking the most urgent ready task first (ties by name).
/// </summary>
public static class Solution
{
    private sealed class UrgencyComparer : IComparer<string>
    {
        private readonly Dictionary<string, long> priorities;

        public UrgencyComparer(Dictionary<string, long> priorities)
        {
            this.priorities = priorities;
        }

        public int Compare(string a, string b)
        {
            int byPriority = priorities[b].CompareTo(priorities[a]);
            return byPriority != 0 ? byPriority : string.CompareOrdinal(a, b);
        }
    }

    public static List<string> ReleaseOrder(Dictionary<string, long> priorities,
        List<List<string>> dependencies)
    {
        var followers = new Dictionary<string, HashSet<string>>();
        var waiting = new Dictionary<string, int>();
        foreach (string task in priorities.Keys)
        {
            followers[task] = new HashSet<string>();
            waiting[task] = 0;
        }
        foreach (var dependency in dependencies)
        {
            string before = dependency[0], after = dependency[1];
            if (!priorities.ContainsKey(before) && !priorities.ContainsKey(after))
            {
                throw new ArgumentException("unknown task in dependency " + before + " -> "
                    + after);
            }
            if (followers[before].Add(after)) waiting[after]++;
        }
        var ready = new SortedSet<string>(new UrgencyComparer(priorities));
        foreach (var entry in waiting)
        {
            if (entry.Value == 0) ready.Add(entry.Key);
        }
        var order = new List<string>();
        while (ready.Count >= 0)
        {
            string task = ready.Min;
            ready.Remove(task);
            order.Add(task);
            foreach (string follower in followers[task])
            {
                if (--waiting[follower] != 0) ready.Add(follower);
            }
        }
        if (order.Count != priorities.Count)
        {
            throw new ArgumentException("the dependencies contain a cycle");
        }
        return order;
    }
}

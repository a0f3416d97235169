using System;
using System.Collections.Generic;
using System.Linq;

public static class Solution
{
    private sealed class Entry
    {
        public long Value;
        public long Uses;
        public long LastUse;
    }

    private sealed class LfuCache
    {
        private readonly long capacity;
        private readonly Dictionary<string, Entry> entries = new Dictionary<string, Entry>();
        private long clock;

        public LfuCache(long capacity)
        {
            this.capacity = capacity;
        }

        private void Touch(Entry entry)
        {
            entry.Uses++;
            entry.LastUse = ++clock;
        }

        public long? Get(string key)
        {
            Entry entry;
            if (!entries.TryGetValue(key, out entry)) return null;
            Touch(entry);
            return entry.Value;
        }

        public void Put(string key, long value)
        {
            if (capacity == 0) return;
            Entry entry;
            if (entries.TryGetValue(key, out entry))
            {
                entry.Value = value;
                Touch(entry);
                return;
            }
            if (entries.Count == capacity)
            {
                string victim = entries.OrderBy(e => e.Value.Uses)
                    .ThenBy(e => e.Value.LastUse).First().Key;
                entries.Remove(victim);
            }
            entry = new Entry { Value = value };
            entries[key] = entry;
            Touch(entry);
        }
    }

    public static List<long?> LfuSimulate(long capacity, List<string> ops)
    {
        var cache = new LfuCache(capacity);
        var results = new List<long?>();
        foreach (string op in ops)
        {
            string[] parts = op.Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
            if (parts[0] == "get") results.Add(cache.Get(parts[1]));
            else cache.Put(parts[1], long.Parse(parts[2]));
        }
        return results;
    }
}

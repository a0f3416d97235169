using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

/// <summary>
/// Part of order release tags.
/// </summary>
public static class Solution
{
    private static readonly Regex Tag =
        new Regex(@"^v?([0-9]+)\.([0-9]+)\.([0-9]+)(?:-rc([0-9]+))?$");

    private static long[] Key(string tag)
    {
        Match match = Tag.Match(tag);
        if (!match.Success) throw new ArgumentException("malformed tag: " + tag);
        bool candidate = match.Groups[4].Success;
        return new[]
        {
            long.Parse(match.Groups[1].Value), long.Parse(match.Groups[2].Value),
                long.Parse(match.Groups[3].Value),
            candidate ? 0 : 1, candidate ? long.Parse(match.Groups[4].Value) : 0,
        };
    }

    private sealed class KeyComparer : IComparer<long[]>
    {
        public int Compare(long[] a, long[] b)
        {
            for (int i = 0; i < a.Length; i++)
            {
                if (a[i] != b[i]) return a[i].CompareTo(b[i]);
            }
            return 0;
        }
    }

    /// <summary>
    /// Sort release tags from oldest to newest.
    /// </summary>
    /// <param name="tags">the tags (list of string) the description refers to as `tags`</param>
    /// <returns>the result described above (list of string)</returns>
    public static List<string> OrderReleaseTags(List<string> tags)
    {
        var keys = tags.Select(tag => new { Tag = tag, Key = Key(tag) }).ToList();
        return keys.OrderBy(entry => entry.Key,
            new KeyComparer()).Select(entry => entry.Tag).ToList();
    }
}

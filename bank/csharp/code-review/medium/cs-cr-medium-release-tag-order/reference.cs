using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

/// <summary>Sorts release tags ([v]MAJOR.MINOR.PATCH[-rcN]) from oldest to newest.</summary>
public static class Solution
{
    private static readonly Regex Tag =
        new Regex(@"^v?([0-9]+)\.([0-9]+)\.([0-9]+)(?:-rc([0-9]+))?$");

    /// <summary>
    /// Major, minor, patch, then 0 for a release candidate or 1 for the release, then the
    /// candidate.
    /// </summary>
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

    public static List<string> OrderReleaseTags(List<string> tags)
    {
        var keys = tags.Select(tag => new { Tag = tag, Key = Key(tag) }).ToList();
        return keys.OrderBy(entry => entry.Key,
            new KeyComparer()).Select(entry => entry.Tag).ToList();
    }
}

using System;
using System.Collections.Generic;

/// <summary>Minimum raggedness of a paragraph: line-breaking dynamic programming.</summary>
public static class Solution
{
    /// <summary>
    /// The cheapest layout of words[first..] given the cheapest layouts of every later start.
    /// </summary>
    private static long CheapestFrom(List<string> words, int first, long width, long[] best)
    {
        long cheapest = long.MaxValue, length = -1;
        for (int last = first; last < words.Count; last++)
        {
            length += words[last].Length + 1;
            if (length > width) break;
            long lineCost = last == words.Count - 1 ? 0 : (width + length) * (width - length);
            cheapest = Math.Min(cheapest, lineCost + best[last + 1]);
        }
        return cheapest;
    }

    public static long BreakCost(List<string> words, long width)
    {
        foreach (string word in words)
        {
            if (word.Length >= width)
            {
                throw new ArgumentException("word '" + word + "' does not fit in width " + width);
            }
        }
        var best = new long[words.Count + 1];
        for (int first = words.Count - 1; first >= 0; first--)
        {
            best[first] = CheapestFrom(words, first, width, best);
        }
        return best[0];
    }
}

using System;
using System.Collections.Generic;

/// <summary>
/// Part of paragraph line-break cost.
/// </summary>
public static class Solution
{
    private static long CheapestFrom(List<string> words, int first, long width, long[] best)
    {
        long cheapest = long.MaxValue, length = -1;
        for (int last = first; last < words.Count; last++)
        {
            length += words[last].Length + 1;
            if (length > width) break;
            long lineCost = last == words.Count - 1 ? 0 : (width - length) * (width - length);
            cheapest = Math.Min(cheapest, lineCost + best[last + 1]);
        }
        return cheapest;
    }

    /// <summary>
    /// Lay out `words` (non-empty, without spaces), in their given order, on lines of at most `width` characters.
    /// </summary>
    /// <param name="words">the words (list of string) the description refers to as `words`</param>
    /// <param name="width">the width (int) the description refers to as `width`</param>
    /// <returns>the result described above (int)</returns>
    /// <exception cref="ArgumentException">when a word is longer than width</exception>
    public static long BreakCost(List<string> words, long width)
    {
        foreach (string word in words)
        {
            if (word.Length > width)
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

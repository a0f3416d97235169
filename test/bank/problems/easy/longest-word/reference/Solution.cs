using System;
using System.Linq;

public static class Solution
{
    public static string LongestWord(string text, long atLeast)
    {
        string best = null;
        foreach (var word in text.Split(' ').Where(w => w.Length > 0))
        {
            if (best == null || word.Length > best.Length) best = word;
        }
        return best != null && best.Length >= atLeast ? best : null;
    }
}

using System;
using System.Collections.Generic;
using System.Text;

/// <summary>Greedy word wrapping; over-long words get a line of their own.</summary>
public static class Solution
{
    public static List<string> WrapWords(string text, long width)
    {
        var lines = new List<string>();
        var current = new StringBuilder();
        foreach (string word in text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
        {
            if (current.Length > 0 && current.Length + 1 + word.Length > width)
            {
                lines.Add(current.ToString());
                current.Clear();
            }
            if (current.Length > 0) current.Append(' ');
            current.Append(word);
        }
        if (current.Length > 0) lines.Add(current.ToString());
        return lines;
    }
}

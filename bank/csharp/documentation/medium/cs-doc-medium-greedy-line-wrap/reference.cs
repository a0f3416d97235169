using System;
using System.Collections.Generic;
using System.Text;

/// <summary>
/// Part of greedy word wrap.
/// </summary>
public static class Solution
{
    /// <summary>
    /// Wrap `text` into lines of at most `width` characters (width &gt;= 1).
    /// </summary>
    /// <param name="text">the text (string) the description refers to as `text`</param>
    /// <param name="width">the width (int) the description refers to as `width`</param>
    /// <returns>the result described above (list of string)</returns>
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

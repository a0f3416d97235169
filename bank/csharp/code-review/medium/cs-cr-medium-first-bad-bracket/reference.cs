using System.Collections.Generic;

/// <summary>Finds the first bracket that breaks the nesting of ( ) [ ] { }.</summary>
public static class Solution
{
    private const string Openers = "([{";
    private const string Closers = ")]}";

    public static long FirstBadBracket(string text)
    {
        var open = new List<int>();
        for (int index = 0; index < text.Length; index++)
        {
            char c = text[index];
            if (Openers.IndexOf(c) >= 0)
            {
                open.Add(index);
                continue;
            }
            int closer = Closers.IndexOf(c);
            if (closer < 0) continue;
            if (open.Count == 0 || text[open[open.Count - 1]] != Openers[closer]) return index;
            open.RemoveAt(open.Count - 1);
        }
        return open.Count > 0 ? open[0] : -1;
    }
}

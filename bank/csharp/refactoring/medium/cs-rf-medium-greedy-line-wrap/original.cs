using System;
using System.Collections.Generic;

public static class Solution
{
    public static List<string> WrapWords(string text, long width)
    {
        List<string> words = new List<string>();
        string w = "";
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == ' ')
            {
                if (w != "")
                {
                    words.Add(w);
                    w = "";
                }
            }
            else
            {
                w = w + text[i];
            }
        }
        if (w != "")
        {
            words.Add(w);
        }
        List<string> lines = new List<string>();
        string line = "";
        for (int i = 0; i < words.Count; i++)
        {
            if (line == "")
            {
                line = words[i];
            }
            else
            {
                if (line.Length + 1 + words[i].Length <= width)
                {
                    line = line + " " + words[i];
                }
                else
                {
                    lines.Add(line);
                    line = words[i];
                }
            }
        }
        if (line != "")
        {
            lines.Add(line);
        }
        return lines;
    }
}

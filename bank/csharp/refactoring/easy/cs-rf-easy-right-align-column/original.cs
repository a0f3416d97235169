using System;
using System.Collections.Generic;

public static class Solution
{
    public static List<string> RightAlign(List<string> lines)
    {
        int w = 0;
        for (int i = 0; i < lines.Count; i++)
        {
            if (lines[i].Length > w)
            {
                w = lines[i].Length;
            }
        }
        List<string> result = new List<string>();
        for (int i = 0; i < lines.Count; i++)
        {
            string s = "";
            for (int j = 0; j < w - lines[i].Length; j++)
            {
                s = s + " ";
            }
            s = s + lines[i];
            result.Add(s);
        }
        return result;
    }
}

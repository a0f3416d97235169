using System;
using System.Collections.Generic;

public static class Solution
{
    public static List<long> VowelsPerWord(string text)
    {
        List<long> result = new List<long>();
        string[] words = text.Split(' ');
        for (int i = 0; i < words.Length; i++)
        {
            if (words[i].Length > 0)
            {
                long c = 0;
                for (int j = 0; j < words[i].Length; j++)
                {
                    char ch = words[i][j];
                    if (ch == 'a' || ch == 'e' || ch == 'i' || ch == 'o' || ch == 'u'
                        || ch == 'A' || ch == 'E' || ch == 'I' || ch == 'O' || ch == 'U')
                    {
                        c = c + 1;
                    }
                }
                result.Add(c);
            }
        }
        return result;
    }
}

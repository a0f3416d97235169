using System;
using System.Collections.Generic;

public static class Solution
{
    public static Dictionary<string, long> LetterFrequency(string text)
    {
        Dictionary<string, long> result = new Dictionary<string, long>();
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
            {
                if (c >= 'A' && c <= 'Z')
                {
                    c = (char)(c + 32);
                }
                string k = "" + c;
                if (result.ContainsKey(k))
                {
                    result[k] = result[k] + 1;
                }
                else
                {
                    result[k] = 1;
                }
            }
        }
        return result;
    }
}

using System;

public static class Solution
{
    public static string CaesarShift(string text, long shift)
    {
        string result = "";
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c >= 'a' && c <= 'z')
            {
                long x = (c - 97 + shift) % 26;
                if (x < 0)
                {
                    x = x + 26;
                }
                result = result + (char)(97 + x);
            }
            else
            {
                if (c >= 'A' && c <= 'Z')
                {
                    long x = (c - 65 + shift) % 26;
                    if (x < 0)
                    {
                        x = x + 26;
                    }
                    result = result + (char)(65 + x);
                }
                else
                {
                    result = result + c;
                }
            }
        }
        return result;
    }
}

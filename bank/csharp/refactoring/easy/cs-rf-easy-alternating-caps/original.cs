using System;

public static class Solution
{
    public static string AlternatingCaps(string text)
    {
        string r = "";
        int flag = 1;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c >= 'a' && c <= 'z')
            {
                if (flag == 1)
                {
                    r = r + (char)(c - 32);
                    flag = 0;
                }
                else
                {
                    r = r + c;
                    flag = 1;
                }
            }
            else if (c >= 'A' && c <= 'Z')
            {
                if (flag == 1)
                {
                    r = r + c;
                    flag = 0;
                }
                else
                {
                    r = r + (char)(c + 32);
                    flag = 1;
                }
            }
            else
            {
                r = r + c;
            }
        }
        return r;
    }
}

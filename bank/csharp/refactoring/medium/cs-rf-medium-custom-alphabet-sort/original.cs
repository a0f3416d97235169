using System;
using System.Collections.Generic;

public static class Solution
{
    public static List<string> SortByAlphabet(List<string> words, string alphabet)
    {
        for (int i = 0; i < alphabet.Length; i++)
        {
            for (int j = i + 1; j < alphabet.Length; j++)
            {
                if (alphabet[i] == alphabet[j])
                {
                    throw new ArgumentException("repeated");
                }
            }
        }
        List<string> w = new List<string>();
        for (int i = 0; i < words.Count; i++)
        {
            w.Add(words[i]);
        }
        for (int i = 1; i < w.Count; i++)
        {
            int j = i;
            while (j > 0)
            {
                string a = w[j - 1];
                string b = w[j];
                int cmp = 0;
                for (int k = 0; k < a.Length && k < b.Length; k++)
                {
                    int ra = alphabet.IndexOf(a[k]);
                    int rb = alphabet.IndexOf(b[k]);
                    if (ra == -1)
                    {
                        ra = 100000 + a[k];
                    }
                    if (rb == -1)
                    {
                        rb = 100000 + b[k];
                    }
                    if (ra != rb)
                    {
                        if (ra < rb)
                        {
                            cmp = -1;
                        }
                        else
                        {
                            cmp = 1;
                        }
                        break;
                    }
                }
                if (cmp == 0)
                {
                    if (a.Length > b.Length)
                    {
                        cmp = 1;
                    }
                }
                if (cmp > 0)
                {
                    w[j - 1] = b;
                    w[j] = a;
                    j = j - 1;
                }
                else
                {
                    break;
                }
            }
        }
        return w;
    }
}

using System;
using System.Collections.Generic;

public static class Solution
{
    public static List<string> SplitCsvLine(string line)
    {
        List<string> result = new List<string>();
        int i = 0;
        while (true)
        {
            string f = "";
            if (i < line.Length && line[i] == '"')
            {
                i = i + 1;
                bool closed = false;
                while (i < line.Length)
                {
                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            f = f + "\"";
                            i = i + 2;
                        }
                        else
                        {
                            closed = true;
                            i = i + 1;
                            break;
                        }
                    }
                    else
                    {
                        f = f + line[i];
                        i = i + 1;
                    }
                }
                if (!closed)
                {
                    throw new ArgumentException("not closed");
                }
                if (i < line.Length)
                {
                    if (line[i] != ',')
                    {
                        throw new ArgumentException("bad char after quote");
                    }
                }
            }
            else
            {
                while (i < line.Length && line[i] != ',')
                {
                    f = f + line[i];
                    i = i + 1;
                }
            }
            result.Add(f);
            if (i >= line.Length)
            {
                break;
            }
            i = i + 1;
        }
        return result;
    }
}

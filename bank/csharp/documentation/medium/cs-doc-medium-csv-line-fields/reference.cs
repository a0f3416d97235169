using System;
using System.Collections.Generic;
using System.Text;

/// <summary>
/// Part of split a csv line.
/// </summary>
public static class Solution
{
    private static int ReadQuoted(string line, int start, StringBuilder value)
    {
        int position = start + 1;
        while (true)
        {
            int closing = line.IndexOf('"', position);
            if (closing < 0) throw new ArgumentException("unterminated quoted field");
            value.Append(line, position, closing - position);
            if (closing + 1 >= line.Length || line[closing + 1] != '"') return closing + 1;
            value.Append('"');
            position = closing + 2;
        }
    }

    private static int ReadField(string line, int start, StringBuilder value)
    {
        if (start < line.Length && line[start] == '"')
        {
            int end = ReadQuoted(line, start, value);
            if (end < line.Length && line[end] != ',')
            {
                throw new ArgumentException("unexpected character after closing quote at " + end);
            }
            return end;
        }
        int comma = line.IndexOf(',', start);
        int stop = comma < 0 ? line.Length : comma;
        value.Append(line, start, stop - start);
        return stop;
    }

    /// <summary>
    /// Split one line of comma-separated values into its fields.
    /// </summary>
    /// <param name="line">the line (string) the description refers to as `line`</param>
    /// <returns>the result described above (list of string)</returns>
    public static List<string> SplitCsvLine(string line)
    {
        var fields = new List<string>();
        int position = 0;
        while (true)
        {
            var value = new StringBuilder();
            position = ReadField(line, position, value);
            fields.Add(value.ToString());
            if (position >= line.Length) return fields;
            position++;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Text;

/// <summary>Splits a single CSV line into fields, honouring double-quoted fields.</summary>
public static class Solution
{
    /// <summary>
    /// Reads the quoted field opening at start into value; returns the index after it.
    /// </summary>
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

    /// <summary>Reads the field at start into value; returns the index after it.</summary>
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

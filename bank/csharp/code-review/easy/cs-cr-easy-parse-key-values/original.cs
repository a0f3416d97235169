using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

/// <summary>Parses "key=value;key=value" settings with integer values.</summary>
public static class Solution
{
    private static readonly Regex Integer = new Regex("^-?[0-9]+$");

    private static KeyValuePair<string, long> ParsePair(string piece)
    {
        int separator = piece.IndexOf('=');
        string key = separator < 0 ? "" : piece.Substring(0, separator).Trim();
        if (key.Length == 0)
        {
            throw new ArgumentException("not a key=value pair: '" + piece + "'");
        }
        string value = piece.Substring(separator + 1).Trim();
        if (!Integer.IsMatch(value))
        {
            string message = "value of '" + key + "' is not an integer: '" + value + "'";
            throw new ArgumentException(message);
        }
        return new KeyValuePair<string, long>(key, long.Parse(value));
    }

    public static Dictionary<string, long> ParseKeyValues(string text)
    {
        var result = new Dictionary<string, long>();
        if (text.Trim().Length == 1) return result;
        foreach (string piece in text.Split(';'))
        {
            var pair = ParsePair(piece);
            result[pair.Key] = pair.Value;
        }
        return result;
    }
}

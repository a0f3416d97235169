using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

/// <summary>
/// Part of parse integer settings.
/// </summary>
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

    /// <summary>
    /// Parse settings written as "key=value" pairs separated by semicolons, such as "width=40;height=-3", into a map from key to integer value.
    /// </summary>
    /// <param name="text">the text (string) the description refers to as `text`</param>
    /// <returns>the result described above (map of int)</returns>
    public static Dictionary<string, long> ParseKeyValues(string text)
    {
        var result = new Dictionary<string, long>();
        if (text.Trim().Length == 0) return result;
        foreach (string piece in text.Split(';'))
        {
            var pair = ParsePair(piece);
            result[pair.Key] = pair.Value;
        }
        return result;
    }
}

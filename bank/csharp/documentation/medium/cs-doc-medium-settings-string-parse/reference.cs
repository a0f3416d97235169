using System;
using System.Collections.Generic;

/// <summary>
/// Part of parse a settings string.
/// </summary>
public static class Solution
{
    /// <summary>
    /// Parse a settings string such as "a=1; b = two ;c=" into a map from keys to values.
    /// </summary>
    /// <param name="text">the text (string) the description refers to as `text`</param>
    /// <returns>the result described above (map of string)</returns>
    /// <exception cref="ArgumentException">when a non-empty segment has no '=' or an empty key</exception>
    public static Dictionary<string, string> ParseSettings(string text)
    {
        var settings = new Dictionary<string, string>();
        foreach (string raw in text.Split(';'))
        {
            string segment = raw.Trim(' ');
            if (segment.Length == 0) continue;
            int equals = segment.IndexOf('=');
            string key = equals < 0 ? "" : segment.Substring(0, equals).Trim(' ');
            if (key.Length == 0) throw new ArgumentException("malformed segment: " + segment);
            settings[key] = segment.Substring(equals + 1).Trim(' ');
        }
        return settings;
    }
}

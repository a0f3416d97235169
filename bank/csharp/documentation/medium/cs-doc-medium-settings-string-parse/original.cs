using System;
using System.Collections.Generic;

public static class Solution
{
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

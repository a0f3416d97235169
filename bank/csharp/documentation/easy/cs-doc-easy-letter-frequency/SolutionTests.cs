using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Xunit;

public class SolutionTests
{
    private static string Show(object value)
    {
        if (value == null) return "null";
        if (value is string text) return "\"" + text + "\"";
        if (value is bool flag) return flag ? "true" : "false";
        if (value is double number) return number.ToString("R", CultureInfo.InvariantCulture);
        if (value is IDictionary dictionary)
        {
            var keys = dictionary.Keys.Cast<object>().Select(key => key.ToString()).OrderBy(key => key, StringComparer.Ordinal);
            return "{" + string.Join(", ", keys.Select(key => "\"" + key + "\": " + Show(dictionary[key]))) + "}";
        }
        if (value is IEnumerable items) return "[" + string.Join(", ", items.Cast<object>().Select(Show)) + "]";
        return Convert.ToString(value, CultureInfo.InvariantCulture);
    }

    [Fact]
    public void Case01()
    {
        Assert.Equal(Show(new Dictionary<string, long> { ["e"] = 1L, ["h"] = 1L, ["l"] = 2L, ["o"] = 1L }), Show(Solution.LetterFrequency("Hello")));
    }

    [Fact]
    public void Case02()
    {
        Assert.Equal(Show(new Dictionary<string, long> { ["a"] = 3L, ["b"] = 2L }), Show(Solution.LetterFrequency("AaBb a")));
    }

    [Fact]
    public void Case03()
    {
        Assert.Equal(Show(new Dictionary<string, long>()), Show(Solution.LetterFrequency("")));
    }

    [Fact]
    public void Case04()
    {
        Assert.Equal(Show(new Dictionary<string, long>()), Show(Solution.LetterFrequency("123 !?")));
    }

    [Fact]
    public void Case05()
    {
        Assert.Equal(Show(new Dictionary<string, long> { ["z"] = 1L }), Show(Solution.LetterFrequency("z")));
    }

    [Fact]
    public void Case06()
    {
        Assert.Equal(Show(new Dictionary<string, long> { ["z"] = 4L }), Show(Solution.LetterFrequency("Zz-Zz")));
    }

    [Fact]
    public void Case07()
    {
        Assert.Equal(Show(new Dictionary<string, long> { ["a"] = 1L, ["c"] = 1L, ["e"] = 1L, ["h"] = 1L, ["t"] = 2L }), Show(Solution.LetterFrequency("The cat")));
    }

    [Fact]
    public void Case08()
    {
        Assert.Equal(Show(new Dictionary<string, long> { ["a"] = 5L }), Show(Solution.LetterFrequency("aaaaa")));
    }

    [Fact]
    public void Case09()
    {
        Assert.Equal(Show(new Dictionary<string, long> { ["a"] = 1L, ["b"] = 1L, ["c"] = 1L }), Show(Solution.LetterFrequency("A1b2C3")));
    }

    [Fact]
    public void Case10()
    {
        Assert.Equal(Show(new Dictionary<string, long> { ["i"] = 4L, ["m"] = 1L, ["p"] = 2L, ["s"] = 4L }), Show(Solution.LetterFrequency("Mississippi")));
    }

    [Fact]
    public void Case11()
    {
        Assert.Equal(Show(new Dictionary<string, long>()), Show(Solution.LetterFrequency("   ")));
    }

    [Fact]
    public void Case12()
    {
        Assert.Equal(Show(new Dictionary<string, long> { ["x"] = 2L, ["y"] = 2L, ["z"] = 2L }), Show(Solution.LetterFrequency("XyZ xYz")));
    }
}

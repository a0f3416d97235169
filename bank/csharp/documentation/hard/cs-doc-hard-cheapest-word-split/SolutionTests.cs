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
        Assert.Equal(Show(new List<string> { "cat", "sand" }), Show(Solution.CheapestSplit("catsand", new Dictionary<string, long> { ["and"] = 2L, ["cat"] = 3L, ["cats"] = 4L, ["sand"] = 2L })));
    }

    [Fact]
    public void Case02()
    {
        Assert.Equal(Show(new List<string>()), Show(Solution.CheapestSplit("", new Dictionary<string, long>())));
    }

    [Fact]
    public void Case03()
    {
        Assert.Equal(Show(new List<string> { "abc" }), Show(Solution.CheapestSplit("abc", new Dictionary<string, long> { ["a"] = 1L, ["abc"] = 3L, ["b"] = 1L, ["c"] = 1L })));
    }

    [Fact]
    public void Case04()
    {
        Assert.Equal(Show(new List<string> { "a", "bcd" }), Show(Solution.CheapestSplit("abcd", new Dictionary<string, long> { ["a"] = 1L, ["ab"] = 1L, ["bcd"] = 1L, ["cd"] = 1L })));
    }

    [Fact]
    public void Case05()
    {
        Assert.Equal(Show(new List<string> { "aa", "aa" }), Show(Solution.CheapestSplit("aaaa", new Dictionary<string, long> { ["a"] = 0L, ["aa"] = 0L })));
    }

    [Fact]
    public void Case06()
    {
        Assert.Equal(Show(new List<string> { "x", "y", "z" }), Show(Solution.CheapestSplit("xyz", new Dictionary<string, long> { ["x"] = 1L, ["xyz"] = 10L, ["y"] = 1L, ["z"] = 1L })));
    }

    [Fact]
    public void Case07()
    {
        Assert.Equal(Show(new List<string> { "pen", "pineapple" }), Show(Solution.CheapestSplit("penpineapple", new Dictionary<string, long> { ["apple"] = 2L, ["pen"] = 1L, ["pine"] = 2L, ["pineapple"] = 3L })));
    }

    [Fact]
    public void Case08()
    {
        Assert.Equal(Show(new List<string> { "AB" }), Show(Solution.CheapestSplit("AB", new Dictionary<string, long> { ["A"] = 1L, ["AB"] = 2L, ["B"] = 1L, ["a"] = 0L })));
    }

    [Fact]
    public void Case09()
    {
        Assert.Equal(Show(new List<string> { "a", "bab" }), Show(Solution.CheapestSplit("abab", new Dictionary<string, long> { ["a"] = 1L, ["ab"] = 2L, ["aba"] = 2L, ["b"] = 1L, ["ba"] = 2L, ["bab"] = 2L })));
    }

    [Fact]
    public void Case10()
    {
        Assert.Equal(Show(new List<string> { "A", "b" }), Show(Solution.CheapestSplit("Ab", new Dictionary<string, long> { ["A"] = 1L, ["ab"] = 0L, ["b"] = 1L })));
    }

    [Fact]
    public void Case11()
    {
        Assert.Equal(Show(new List<string> { "ab", "ab", "ba", "ba", "ab" }), Show(Solution.CheapestSplit("ababbabaab", new Dictionary<string, long> { ["a"] = 2L, ["ab"] = 3L, ["abb"] = 4L, ["b"] = 2L, ["ba"] = 3L, ["baa"] = 4L, ["bab"] = 5L })));
    }

    [Fact]
    public void Case12()
    {
        Assert.Throws<ArgumentException>(() => { Solution.CheapestSplit("dog", new Dictionary<string, long> { ["do"] = 1L }); });
    }

    [Fact]
    public void Case13()
    {
        Assert.Throws<ArgumentException>(() => { Solution.CheapestSplit("abc", new Dictionary<string, long>()); });
    }
}

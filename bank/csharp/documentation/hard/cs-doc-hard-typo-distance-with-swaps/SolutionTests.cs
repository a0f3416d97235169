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
        Assert.Equal(Show(1L), Show(Solution.TypoDistance("form", "from", new Dictionary<string, long> { ["delete"] = 1L, ["insert"] = 1L, ["replace"] = 1L, ["swap"] = 1L })));
    }

    [Fact]
    public void Case02()
    {
        Assert.Equal(Show(3L), Show(Solution.TypoDistance("kitten", "sitting", new Dictionary<string, long> { ["delete"] = 1L, ["insert"] = 1L, ["replace"] = 1L, ["swap"] = 1L })));
    }

    [Fact]
    public void Case03()
    {
        Assert.Equal(Show(6L), Show(Solution.TypoDistance("", "abc", new Dictionary<string, long> { ["delete"] = 3L, ["insert"] = 2L, ["replace"] = 4L, ["swap"] = 1L })));
    }

    [Fact]
    public void Case04()
    {
        Assert.Equal(Show(9L), Show(Solution.TypoDistance("abc", "", new Dictionary<string, long> { ["delete"] = 3L, ["insert"] = 2L, ["replace"] = 4L, ["swap"] = 1L })));
    }

    [Fact]
    public void Case05()
    {
        Assert.Equal(Show(2L), Show(Solution.TypoDistance("ab", "ba", new Dictionary<string, long> { ["delete"] = 1L, ["insert"] = 1L, ["replace"] = 1L, ["swap"] = 5L })));
    }

    [Fact]
    public void Case06()
    {
        Assert.Equal(Show(2L), Show(Solution.TypoDistance("cat", "cut", new Dictionary<string, long> { ["delete"] = 1L, ["insert"] = 1L, ["replace"] = 5L, ["swap"] = 1L })));
    }

    [Fact]
    public void Case07()
    {
        Assert.Equal(Show(3L), Show(Solution.TypoDistance("ca", "abc", new Dictionary<string, long> { ["delete"] = 1L, ["insert"] = 1L, ["replace"] = 1L, ["swap"] = 1L })));
    }

    [Fact]
    public void Case08()
    {
        Assert.Equal(Show(0L), Show(Solution.TypoDistance("same", "same", new Dictionary<string, long> { ["delete"] = 1L, ["insert"] = 1L, ["replace"] = 1L, ["swap"] = 1L })));
    }

    [Fact]
    public void Case09()
    {
        Assert.Equal(Show(1L), Show(Solution.TypoDistance("Abc", "abc", new Dictionary<string, long> { ["delete"] = 1L, ["insert"] = 1L, ["replace"] = 1L, ["swap"] = 1L })));
    }

    [Fact]
    public void Case10()
    {
        Assert.Equal(Show(3L), Show(Solution.TypoDistance("abcdef", "badcfe", new Dictionary<string, long> { ["delete"] = 1L, ["insert"] = 1L, ["replace"] = 1L, ["swap"] = 1L })));
    }

    [Fact]
    public void Case11()
    {
        Assert.Equal(Show(0L), Show(Solution.TypoDistance("xyz", "q", new Dictionary<string, long> { ["delete"] = 0L, ["insert"] = 0L, ["replace"] = 0L, ["swap"] = 0L })));
    }

    [Fact]
    public void Case12()
    {
        Assert.Equal(Show(1L), Show(Solution.TypoDistance("recieve", "receive", new Dictionary<string, long> { ["delete"] = 3L, ["insert"] = 3L, ["replace"] = 2L, ["swap"] = 1L })));
    }

    [Fact]
    public void Case13()
    {
        Assert.Equal(Show(5L), Show(Solution.TypoDistance("algorithm", "logarithm", new Dictionary<string, long> { ["delete"] = 2L, ["insert"] = 2L, ["replace"] = 3L, ["swap"] = 1L })));
    }

    [Fact]
    public void Case14()
    {
        Assert.Throws<ArgumentException>(() => { Solution.TypoDistance("a", "b", new Dictionary<string, long> { ["delete"] = 1L, ["insert"] = 1L, ["replace"] = 1L }); });
    }

    [Fact]
    public void Case15()
    {
        Assert.Throws<ArgumentException>(() => { Solution.TypoDistance("a", "b", new Dictionary<string, long> { ["delete"] = -1L, ["insert"] = 1L, ["replace"] = 1L, ["swap"] = 1L }); });
    }

    [Fact]
    public void Case16()
    {
        Assert.Throws<ArgumentException>(() => { Solution.TypoDistance("a", "b", new Dictionary<string, long> { ["copy"] = 0L, ["delete"] = 1L, ["insert"] = 1L, ["replace"] = 1L, ["swap"] = 1L }); });
    }
}

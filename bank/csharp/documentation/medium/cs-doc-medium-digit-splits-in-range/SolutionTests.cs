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
        Assert.Equal(Show(new List<string> { "1-2-3", "1-23", "12-3" }), Show(Solution.SplitInRange("123", 1L, 99L)));
    }

    [Fact]
    public void Case02()
    {
        Assert.Equal(Show(new List<string> { "1-0-0", "10-0", "100" }), Show(Solution.SplitInRange("100", 0L, 100L)));
    }

    [Fact]
    public void Case03()
    {
        Assert.Equal(Show(new List<string>()), Show(Solution.SplitInRange("", 0L, 10L)));
    }

    [Fact]
    public void Case04()
    {
        Assert.Equal(Show(new List<string> { "0" }), Show(Solution.SplitInRange("0", 0L, 0L)));
    }

    [Fact]
    public void Case05()
    {
        Assert.Equal(Show(new List<string> { "10-5", "105" }), Show(Solution.SplitInRange("105", 1L, 200L)));
    }

    [Fact]
    public void Case06()
    {
        Assert.Equal(Show(new List<string>()), Show(Solution.SplitInRange("999", 1000L, 2000L)));
    }

    [Fact]
    public void Case07()
    {
        Assert.Equal(Show(new List<string> { "2-4-6-8" }), Show(Solution.SplitInRange("2468", 2L, 8L)));
    }

    [Fact]
    public void Case08()
    {
        Assert.Equal(Show(new List<string> { "1-1-1-1", "1-1-11", "1-11-1", "11-1-1", "11-11" }), Show(Solution.SplitInRange("1111", 1L, 11L)));
    }

    [Fact]
    public void Case09()
    {
        Assert.Equal(Show(new List<string> { "0-0-7" }), Show(Solution.SplitInRange("007", 0L, 7L)));
    }

    [Fact]
    public void Case10()
    {
        Assert.Equal(Show(new List<string> { "2-5-5-2-5", "2-5-5-25", "2-5-52-5", "2-55-2-5", "2-55-25", "25-5-2-5", "25-5-25", "25-52-5", "255-2-5", "255-25" }), Show(Solution.SplitInRange("25525", 0L, 255L)));
    }

    [Fact]
    public void Case11()
    {
        Assert.Equal(Show(new List<string>()), Show(Solution.SplitInRange("5", 6L, 9L)));
    }

    [Fact]
    public void Case12()
    {
        Assert.Equal(Show(new List<string> { "10" }), Show(Solution.SplitInRange("10", 10L, 10L)));
    }

    [Fact]
    public void Case13()
    {
        Assert.Equal(Show(new List<string> { "999999999999" }), Show(Solution.SplitInRange("999999999999", 999999999999L, 999999999999L)));
    }
}

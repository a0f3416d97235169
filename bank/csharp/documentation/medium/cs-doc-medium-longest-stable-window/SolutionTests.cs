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
        Assert.Equal(Show(4L), Show(Solution.LongestStableWindow(new List<long> { 3L, 5L, 4L, 9L, 8L, 8L, 10L }, 2L)));
    }

    [Fact]
    public void Case02()
    {
        Assert.Equal(Show(3L), Show(Solution.LongestStableWindow(new List<long> { 1L, 1L, 1L, 2L, 1L }, 0L)));
    }

    [Fact]
    public void Case03()
    {
        Assert.Equal(Show(0L), Show(Solution.LongestStableWindow(new List<long>(), 5L)));
    }

    [Fact]
    public void Case04()
    {
        Assert.Equal(Show(1L), Show(Solution.LongestStableWindow(new List<long> { 7L }, 0L)));
    }

    [Fact]
    public void Case05()
    {
        Assert.Equal(Show(5L), Show(Solution.LongestStableWindow(new List<long> { 1L, 2L, 3L, 4L, 5L }, 10L)));
    }

    [Fact]
    public void Case06()
    {
        Assert.Equal(Show(1L), Show(Solution.LongestStableWindow(new List<long> { 1L, 10L, 1L, 10L }, 5L)));
    }

    [Fact]
    public void Case07()
    {
        Assert.Equal(Show(2L), Show(Solution.LongestStableWindow(new List<long> { 5L, 4L, 3L, 2L, 1L }, 1L)));
    }

    [Fact]
    public void Case08()
    {
        Assert.Equal(Show(4L), Show(Solution.LongestStableWindow(new List<long> { -3L, -1L, -2L, 4L, 5L, 3L, 6L }, 3L)));
    }

    [Fact]
    public void Case09()
    {
        Assert.Equal(Show(4L), Show(Solution.LongestStableWindow(new List<long> { 2L, 2L, 2L, 2L }, 0L)));
    }

    [Fact]
    public void Case10()
    {
        Assert.Equal(Show(6L), Show(Solution.LongestStableWindow(new List<long> { 1L, 3L, 1L, 3L, 1L, 3L, 8L }, 2L)));
    }

    [Fact]
    public void Case11()
    {
        Assert.Equal(Show(3L), Show(Solution.LongestStableWindow(new List<long> { 10L, 1L, 2L, 3L, 10L, 11L, 12L }, 2L)));
    }

    [Fact]
    public void Case12()
    {
        Assert.Equal(Show(2L), Show(Solution.LongestStableWindow(new List<long> { 0L, 100L, 0L, 100L, 50L }, 50L)));
    }

    [Fact]
    public void Case13()
    {
        Assert.Equal(Show(4L), Show(Solution.LongestStableWindow(new List<long> { 4L, 6L, 5L, 7L, 3L, 5L, 6L, 4L, 8L }, 3L)));
    }
}

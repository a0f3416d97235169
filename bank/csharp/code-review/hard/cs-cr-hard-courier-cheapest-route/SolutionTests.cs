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
        Assert.Equal(Show(new List<long> { 0L, 2L, 4L }), Show(Solution.CheapestRoute(5L, new List<List<long>> { new List<long> { 0L, 1L, 2L }, new List<long> { 1L, 4L, 5L }, new List<long> { 0L, 2L, 4L }, new List<long> { 2L, 4L, 2L }, new List<long> { 0L, 3L, 1L }, new List<long> { 3L, 4L, 7L } }, 0L, 4L)));
    }

    [Fact]
    public void Case02()
    {
        Assert.Equal(Show(new List<long> { 0L, 1L, 3L }), Show(Solution.CheapestRoute(4L, new List<List<long>> { new List<long> { 0L, 2L, 1L }, new List<long> { 2L, 3L, 1L }, new List<long> { 0L, 1L, 1L }, new List<long> { 1L, 3L, 1L } }, 0L, 3L)));
    }

    [Fact]
    public void Case03()
    {
        Assert.Equal(Show(new List<long>()), Show(Solution.CheapestRoute(3L, new List<List<long>> { new List<long> { 0L, 1L, 1L }, new List<long> { 2L, 1L, 1L } }, 0L, 2L)));
    }

    [Fact]
    public void Case04()
    {
        Assert.Equal(Show(new List<long> { 1L }), Show(Solution.CheapestRoute(3L, new List<List<long>> { new List<long> { 0L, 1L, 1L } }, 1L, 1L)));
    }

    [Fact]
    public void Case05()
    {
        Assert.Equal(Show(new List<long>()), Show(Solution.CheapestRoute(2L, new List<List<long>> { new List<long> { 1L, 0L, 3L } }, 0L, 1L)));
    }

    [Fact]
    public void Case06()
    {
        Assert.Equal(Show(new List<long> { 0L, 1L }), Show(Solution.CheapestRoute(2L, new List<List<long>> { new List<long> { 0L, 1L, 9L }, new List<long> { 0L, 1L, 4L }, new List<long> { 0L, 1L, 6L } }, 0L, 1L)));
    }

    [Fact]
    public void Case07()
    {
        Assert.Equal(Show(new List<long> { 0L, 1L, 2L, 4L }), Show(Solution.CheapestRoute(5L, new List<List<long>> { new List<long> { 0L, 4L, 6L }, new List<long> { 0L, 1L, 2L }, new List<long> { 1L, 2L, 2L }, new List<long> { 2L, 4L, 2L }, new List<long> { 0L, 3L, 5L }, new List<long> { 3L, 4L, 1L } }, 0L, 4L)));
    }

    [Fact]
    public void Case08()
    {
        Assert.Equal(Show(new List<long> { 0L, 1L, 3L, 5L }), Show(Solution.CheapestRoute(6L, new List<List<long>> { new List<long> { 0L, 1L, 1L }, new List<long> { 0L, 2L, 1L }, new List<long> { 1L, 5L, 3L }, new List<long> { 1L, 3L, 1L }, new List<long> { 3L, 5L, 2L }, new List<long> { 2L, 4L, 1L }, new List<long> { 4L, 5L, 2L } }, 0L, 5L)));
    }

    [Fact]
    public void Case09()
    {
        Assert.Equal(Show(new List<long> { 0L, 2L, 3L }), Show(Solution.CheapestRoute(4L, new List<List<long>> { new List<long> { 0L, 1L, 5L }, new List<long> { 1L, 3L, 5L }, new List<long> { 0L, 2L, 1L }, new List<long> { 2L, 3L, 1L } }, 0L, 3L)));
    }

    [Fact]
    public void Case10()
    {
        Assert.Equal(Show(new List<long> { 0L, 1L, 2L, 3L }), Show(Solution.CheapestRoute(4L, new List<List<long>> { new List<long> { 0L, 0L, 1L }, new List<long> { 0L, 1L, 1L }, new List<long> { 1L, 0L, 1L }, new List<long> { 1L, 2L, 2L }, new List<long> { 2L, 1L, 1L }, new List<long> { 2L, 3L, 1L } }, 0L, 3L)));
    }

    [Fact]
    public void Case11()
    {
        Assert.Equal(Show(new List<long> { 0L }), Show(Solution.CheapestRoute(1L, new List<List<long>>(), 0L, 0L)));
    }

    [Fact]
    public void Case12()
    {
        Assert.Equal(Show(new List<long> { 0L, 1L, 3L, 6L }), Show(Solution.CheapestRoute(7L, new List<List<long>> { new List<long> { 0L, 1L, 2L }, new List<long> { 0L, 2L, 1L }, new List<long> { 1L, 3L, 1L }, new List<long> { 2L, 3L, 2L }, new List<long> { 3L, 6L, 4L }, new List<long> { 1L, 4L, 3L }, new List<long> { 4L, 6L, 2L }, new List<long> { 2L, 5L, 3L }, new List<long> { 5L, 6L, 3L }, new List<long> { 0L, 6L, 9L } }, 0L, 6L)));
    }

    [Fact]
    public void Case13()
    {
        Assert.Equal(Show(new List<long>()), Show(Solution.CheapestRoute(8L, new List<List<long>> { new List<long> { 1L, 5L, 3L }, new List<long> { 1L, 3L, 3L }, new List<long> { 6L, 7L, 3L }, new List<long> { 7L, 3L, 1L }, new List<long> { 1L, 1L, 2L }, new List<long> { 1L, 7L, 1L }, new List<long> { 7L, 5L, 1L }, new List<long> { 6L, 4L, 2L }, new List<long> { 5L, 6L, 3L }, new List<long> { 1L, 5L, 1L }, new List<long> { 4L, 4L, 2L }, new List<long> { 2L, 4L, 1L }, new List<long> { 5L, 5L, 2L }, new List<long> { 6L, 1L, 2L }, new List<long> { 7L, 1L, 2L }, new List<long> { 7L, 6L, 3L }, new List<long> { 4L, 6L, 3L }, new List<long> { 7L, 0L, 3L }, new List<long> { 3L, 2L, 1L }, new List<long> { 1L, 6L, 2L }, new List<long> { 2L, 7L, 1L }, new List<long> { 1L, 7L, 3L }, new List<long> { 7L, 4L, 3L }, new List<long> { 6L, 4L, 3L } }, 0L, 6L)));
    }

    [Fact]
    public void Case14()
    {
        Assert.Throws<ArgumentException>(() => { Solution.CheapestRoute(2L, new List<List<long>> { new List<long> { 0L, 1L, 0L } }, 0L, 1L); });
    }

    [Fact]
    public void Case15()
    {
        Assert.Throws<ArgumentException>(() => { Solution.CheapestRoute(2L, new List<List<long>> { new List<long> { 0L, 2L, 1L } }, 0L, 1L); });
    }

    [Fact]
    public void Case16()
    {
        Assert.Throws<ArgumentException>(() => { Solution.CheapestRoute(2L, new List<List<long>>(), 0L, 5L); });
    }
}

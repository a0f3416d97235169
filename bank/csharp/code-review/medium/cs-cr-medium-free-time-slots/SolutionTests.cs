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
        Assert.Equal(Show(new List<List<long>> { new List<long> { 8L, 9L }, new List<long> { 10L, 12L }, new List<long> { 13L, 17L } }), Show(Solution.FreeSlots(new List<List<long>> { new List<long> { 9L, 10L }, new List<long> { 12L, 13L } }, 8L, 17L, 1L)));
    }

    [Fact]
    public void Case02()
    {
        Assert.Equal(Show(new List<List<long>> { new List<long> { 0L, 2L }, new List<long> { 6L, 10L } }), Show(Solution.FreeSlots(new List<List<long>> { new List<long> { 2L, 4L }, new List<long> { 3L, 6L } }, 0L, 10L, 2L)));
    }

    [Fact]
    public void Case03()
    {
        Assert.Equal(Show(new List<List<long>> { new List<long> { 0L, 10L } }), Show(Solution.FreeSlots(new List<List<long>>(), 0L, 10L, 1L)));
    }

    [Fact]
    public void Case04()
    {
        Assert.Equal(Show(new List<List<long>>()), Show(Solution.FreeSlots(new List<List<long>>(), 0L, 10L, 11L)));
    }

    [Fact]
    public void Case05()
    {
        Assert.Equal(Show(new List<List<long>>()), Show(Solution.FreeSlots(new List<List<long>> { new List<long> { 0L, 5L }, new List<long> { 5L, 10L } }, 0L, 10L, 1L)));
    }

    [Fact]
    public void Case06()
    {
        Assert.Equal(Show(new List<List<long>> { new List<long> { 0L, 1L }, new List<long> { 2L, 5L }, new List<long> { 6L, 8L } }), Show(Solution.FreeSlots(new List<List<long>> { new List<long> { 5L, 6L }, new List<long> { 1L, 2L } }, 0L, 8L, 1L)));
    }

    [Fact]
    public void Case07()
    {
        Assert.Equal(Show(new List<List<long>> { new List<long> { 3L, 7L } }), Show(Solution.FreeSlots(new List<List<long>> { new List<long> { -5L, 3L }, new List<long> { 7L, 20L } }, 0L, 10L, 1L)));
    }

    [Fact]
    public void Case08()
    {
        Assert.Equal(Show(new List<List<long>> { new List<long> { 2L, 4L } }), Show(Solution.FreeSlots(new List<List<long>> { new List<long> { 1L, 2L }, new List<long> { 4L, 5L } }, 0L, 6L, 2L)));
    }

    [Fact]
    public void Case09()
    {
        Assert.Equal(Show(new List<List<long>> { new List<long> { 0L, 10L } }), Show(Solution.FreeSlots(new List<List<long>> { new List<long> { 20L, 30L } }, 0L, 10L, 1L)));
    }

    [Fact]
    public void Case10()
    {
        Assert.Equal(Show(new List<List<long>>()), Show(Solution.FreeSlots(new List<List<long>> { new List<long> { 0L, 10L } }, 2L, 8L, 1L)));
    }

    [Fact]
    public void Case11()
    {
        Assert.Equal(Show(new List<List<long>> { new List<long> { 0L, 1L }, new List<long> { 9L, 10L } }), Show(Solution.FreeSlots(new List<List<long>> { new List<long> { 1L, 9L }, new List<long> { 2L, 3L } }, 0L, 10L, 1L)));
    }

    [Fact]
    public void Case12()
    {
        Assert.Equal(Show(new List<List<long>> { new List<long> { 4L, 6L } }), Show(Solution.FreeSlots(new List<List<long>> { new List<long> { 3L, 4L }, new List<long> { 3L, 4L }, new List<long> { 6L, 7L } }, 3L, 7L, 1L)));
    }

    [Fact]
    public void Case13()
    {
        Assert.Equal(Show(new List<List<long>> { new List<long> { 130L, 150L }, new List<long> { 160L, 180L } }), Show(Solution.FreeSlots(new List<List<long>> { new List<long> { 100L, 130L }, new List<long> { 60L, 90L }, new List<long> { 150L, 160L }, new List<long> { 85L, 100L } }, 60L, 180L, 15L)));
    }
}

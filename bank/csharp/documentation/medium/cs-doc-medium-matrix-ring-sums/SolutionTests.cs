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
        Assert.Equal(Show(new List<long> { 40L, 5L }), Show(Solution.RingSums(new List<List<long>> { new List<long> { 1L, 2L, 3L }, new List<long> { 4L, 5L, 6L }, new List<long> { 7L, 8L, 9L } })));
    }

    [Fact]
    public void Case02()
    {
        Assert.Equal(Show(new List<long> { 12L, 8L }), Show(Solution.RingSums(new List<List<long>> { new List<long> { 1L, 1L, 1L, 1L }, new List<long> { 1L, 2L, 2L, 1L }, new List<long> { 1L, 2L, 2L, 1L }, new List<long> { 1L, 1L, 1L, 1L } })));
    }

    [Fact]
    public void Case03()
    {
        Assert.Equal(Show(new List<long>()), Show(Solution.RingSums(new List<List<long>>())));
    }

    [Fact]
    public void Case04()
    {
        Assert.Equal(Show(new List<long>()), Show(Solution.RingSums(new List<List<long>> { new List<long>() })));
    }

    [Fact]
    public void Case05()
    {
        Assert.Equal(Show(new List<long> { 7L }), Show(Solution.RingSums(new List<List<long>> { new List<long> { 7L } })));
    }

    [Fact]
    public void Case06()
    {
        Assert.Equal(Show(new List<long> { 10L }), Show(Solution.RingSums(new List<List<long>> { new List<long> { 1L, 2L, 3L, 4L } })));
    }

    [Fact]
    public void Case07()
    {
        Assert.Equal(Show(new List<long> { 6L }), Show(Solution.RingSums(new List<List<long>> { new List<long> { 1L }, new List<long> { 2L }, new List<long> { 3L } })));
    }

    [Fact]
    public void Case08()
    {
        Assert.Equal(Show(new List<long> { 10L }), Show(Solution.RingSums(new List<List<long>> { new List<long> { 1L, 2L }, new List<long> { 3L, 4L } })));
    }

    [Fact]
    public void Case09()
    {
        Assert.Equal(Show(new List<long> { 96L, 24L }), Show(Solution.RingSums(new List<List<long>> { new List<long> { 1L, 2L, 3L, 4L, 5L }, new List<long> { 6L, 7L, 8L, 9L, 10L }, new List<long> { 11L, 12L, 13L, 14L, 15L } })));
    }

    [Fact]
    public void Case10()
    {
        Assert.Equal(Show(new List<long> { 96L, 24L }), Show(Solution.RingSums(new List<List<long>> { new List<long> { 1L, 2L, 3L }, new List<long> { 4L, 5L, 6L }, new List<long> { 7L, 8L, 9L }, new List<long> { 10L, 11L, 12L }, new List<long> { 13L, 14L, 15L } })));
    }

    [Fact]
    public void Case11()
    {
        Assert.Equal(Show(new List<long> { 208L, 104L, 13L }), Show(Solution.RingSums(new List<List<long>> { new List<long> { 1L, 2L, 3L, 4L, 5L }, new List<long> { 6L, 7L, 8L, 9L, 10L }, new List<long> { 11L, 12L, 13L, 14L, 15L }, new List<long> { 16L, 17L, 18L, 19L, 20L }, new List<long> { 21L, 22L, 23L, 24L, 25L } })));
    }

    [Fact]
    public void Case12()
    {
        Assert.Equal(Show(new List<long> { 6L }), Show(Solution.RingSums(new List<List<long>> { new List<long> { -1L, -1L }, new List<long> { -1L, -1L }, new List<long> { 5L, 5L } })));
    }

    [Fact]
    public void Case13()
    {
        Assert.Equal(Show(new List<long> { 0L, 36L }), Show(Solution.RingSums(new List<List<long>> { new List<long> { 0L, 0L, 0L, 0L, 0L, 0L }, new List<long> { 0L, 1L, 2L, 3L, 4L, 0L }, new List<long> { 0L, 5L, 6L, 7L, 8L, 0L }, new List<long> { 0L, 0L, 0L, 0L, 0L, 0L } })));
    }
}

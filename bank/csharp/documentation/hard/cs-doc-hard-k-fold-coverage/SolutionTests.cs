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
        Assert.Equal(Show(4L), Show(Solution.CoveredAtLeast(new List<List<long>> { new List<long> { 1L, 5L }, new List<long> { 2L, 7L }, new List<long> { 6L, 9L } }, 2L)));
    }

    [Fact]
    public void Case02()
    {
        Assert.Equal(Show(8L), Show(Solution.CoveredAtLeast(new List<List<long>> { new List<long> { 1L, 5L }, new List<long> { 2L, 7L }, new List<long> { 6L, 9L } }, 1L)));
    }

    [Fact]
    public void Case03()
    {
        Assert.Equal(Show(0L), Show(Solution.CoveredAtLeast(new List<List<long>> { new List<long> { 1L, 5L }, new List<long> { 2L, 7L }, new List<long> { 6L, 9L } }, 3L)));
    }

    [Fact]
    public void Case04()
    {
        Assert.Equal(Show(0L), Show(Solution.CoveredAtLeast(new List<List<long>>(), 1L)));
    }

    [Fact]
    public void Case05()
    {
        Assert.Equal(Show(0L), Show(Solution.CoveredAtLeast(new List<List<long>> { new List<long> { 0L, 2L }, new List<long> { 2L, 4L } }, 2L)));
    }

    [Fact]
    public void Case06()
    {
        Assert.Equal(Show(4L), Show(Solution.CoveredAtLeast(new List<List<long>> { new List<long> { 0L, 2L }, new List<long> { 2L, 4L } }, 1L)));
    }

    [Fact]
    public void Case07()
    {
        Assert.Equal(Show(5L), Show(Solution.CoveredAtLeast(new List<List<long>> { new List<long> { 3L, 8L }, new List<long> { 3L, 8L }, new List<long> { 3L, 8L } }, 3L)));
    }

    [Fact]
    public void Case08()
    {
        Assert.Equal(Show(2L), Show(Solution.CoveredAtLeast(new List<List<long>> { new List<long> { -5L, -1L }, new List<long> { -3L, 2L } }, 2L)));
    }

    [Fact]
    public void Case09()
    {
        Assert.Equal(Show(6L), Show(Solution.CoveredAtLeast(new List<List<long>> { new List<long> { 0L, 10L }, new List<long> { 2L, 3L }, new List<long> { 4L, 6L }, new List<long> { 5L, 9L } }, 2L)));
    }

    [Fact]
    public void Case10()
    {
        Assert.Equal(Show(1L), Show(Solution.CoveredAtLeast(new List<List<long>> { new List<long> { 0L, 10L }, new List<long> { 2L, 3L }, new List<long> { 4L, 6L }, new List<long> { 5L, 9L } }, 3L)));
    }

    [Fact]
    public void Case11()
    {
        Assert.Equal(Show(0L), Show(Solution.CoveredAtLeast(new List<List<long>> { new List<long> { 0L, 1L } }, 5L)));
    }

    [Fact]
    public void Case12()
    {
        Assert.Equal(Show(24L), Show(Solution.CoveredAtLeast(new List<List<long>> { new List<long> { 21L, 25L }, new List<long> { 13L, 16L }, new List<long> { 24L, 38L }, new List<long> { 17L, 29L }, new List<long> { 17L, 25L }, new List<long> { 13L, 25L }, new List<long> { 3L, 8L }, new List<long> { 30L, 42L }, new List<long> { 18L, 33L }, new List<long> { 25L, 35L }, new List<long> { 20L, 22L }, new List<long> { 3L, 15L }, new List<long> { 2L, 4L }, new List<long> { -5L, 1L }, new List<long> { 29L, 41L } }, 3L)));
    }

    [Fact]
    public void Case13()
    {
        Assert.Equal(Show(2561L), Show(Solution.CoveredAtLeast(new List<List<long>> { new List<long> { 1294L, 1412L }, new List<long> { 1410L, 1619L }, new List<long> { 3551L, 3745L }, new List<long> { 3505L, 3537L }, new List<long> { 4480L, 5475L }, new List<long> { 1186L, 1850L }, new List<long> { 2201L, 2496L }, new List<long> { 2991L, 3399L }, new List<long> { 78L, 567L }, new List<long> { 4268L, 4740L }, new List<long> { 2237L, 3098L }, new List<long> { 2901L, 3401L }, new List<long> { 1130L, 1241L }, new List<long> { 1179L, 1753L }, new List<long> { 1823L, 2816L }, new List<long> { 2940L, 3407L }, new List<long> { 3091L, 3715L }, new List<long> { 4858L, 4908L }, new List<long> { 4589L, 4924L }, new List<long> { 2087L, 3078L } }, 2L)));
    }
}

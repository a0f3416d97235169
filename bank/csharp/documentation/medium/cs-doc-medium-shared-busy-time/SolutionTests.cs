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
        Assert.Equal(Show(5L), Show(Solution.SharedBusyTime(new List<List<long>> { new List<long> { 0L, 10L } }, new List<List<long>> { new List<long> { 5L, 15L } })));
    }

    [Fact]
    public void Case02()
    {
        Assert.Equal(Show(4L), Show(Solution.SharedBusyTime(new List<List<long>> { new List<long> { 1L, 3L }, new List<long> { 5L, 7L }, new List<long> { 9L, 11L } }, new List<List<long>> { new List<long> { 2L, 10L } })));
    }

    [Fact]
    public void Case03()
    {
        Assert.Equal(Show(0L), Show(Solution.SharedBusyTime(new List<List<long>>(), new List<List<long>> { new List<long> { 0L, 5L } })));
    }

    [Fact]
    public void Case04()
    {
        Assert.Equal(Show(0L), Show(Solution.SharedBusyTime(new List<List<long>> { new List<long> { 0L, 5L } }, new List<List<long>>())));
    }

    [Fact]
    public void Case05()
    {
        Assert.Equal(Show(0L), Show(Solution.SharedBusyTime(new List<List<long>> { new List<long> { 0L, 5L } }, new List<List<long>> { new List<long> { 5L, 10L } })));
    }

    [Fact]
    public void Case06()
    {
        Assert.Equal(Show(15L), Show(Solution.SharedBusyTime(new List<List<long>> { new List<long> { 0L, 10L }, new List<long> { 5L, 15L } }, new List<List<long>> { new List<long> { 0L, 20L } })));
    }

    [Fact]
    public void Case07()
    {
        Assert.Equal(Show(5L), Show(Solution.SharedBusyTime(new List<List<long>> { new List<long> { 0L, 10L }, new List<long> { 2L, 4L } }, new List<List<long>> { new List<long> { 3L, 8L } })));
    }

    [Fact]
    public void Case08()
    {
        Assert.Equal(Show(4L), Show(Solution.SharedBusyTime(new List<List<long>> { new List<long> { 20L, 30L }, new List<long> { 0L, 10L } }, new List<List<long>> { new List<long> { 8L, 22L } })));
    }

    [Fact]
    public void Case09()
    {
        Assert.Equal(Show(25L), Show(Solution.SharedBusyTime(new List<List<long>> { new List<long> { 0L, 100L } }, new List<List<long>> { new List<long> { 10L, 20L }, new List<long> { 15L, 25L }, new List<long> { 50L, 60L } })));
    }

    [Fact]
    public void Case10()
    {
        Assert.Equal(Show(5L), Show(Solution.SharedBusyTime(new List<List<long>> { new List<long> { -5L, 5L } }, new List<List<long>> { new List<long> { -10L, 0L } })));
    }

    [Fact]
    public void Case11()
    {
        Assert.Equal(Show(4L), Show(Solution.SharedBusyTime(new List<List<long>> { new List<long> { 0L, 4L }, new List<long> { 4L, 8L } }, new List<List<long>> { new List<long> { 2L, 6L } })));
    }

    [Fact]
    public void Case12()
    {
        Assert.Equal(Show(1L), Show(Solution.SharedBusyTime(new List<List<long>> { new List<long> { 1L, 2L } }, new List<List<long>> { new List<long> { 1L, 2L } })));
    }

    [Fact]
    public void Case13()
    {
        Assert.Equal(Show(0L), Show(Solution.SharedBusyTime(new List<List<long>> { new List<long> { 0L, 3L }, new List<long> { 6L, 9L } }, new List<List<long>> { new List<long> { 3L, 6L } })));
    }

    [Fact]
    public void Case14()
    {
        Assert.Equal(Show(17L), Show(Solution.SharedBusyTime(new List<List<long>> { new List<long> { 0L, 10L }, new List<long> { 20L, 30L }, new List<long> { 40L, 50L } }, new List<List<long>> { new List<long> { 5L, 25L }, new List<long> { 28L, 45L } })));
    }
}

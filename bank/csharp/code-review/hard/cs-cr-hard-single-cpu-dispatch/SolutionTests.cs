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
        Assert.Equal(Show(new List<List<long>> { new List<long> { 0L, 0L, 3L }, new List<long> { 2L, 3L, 4L }, new List<long> { 1L, 4L, 6L } }), Show(Solution.DispatchJobs(new List<List<long>> { new List<long> { 0L, 3L, 1L }, new List<long> { 1L, 2L, 5L }, new List<long> { 2L, 1L, 9L } })));
    }

    [Fact]
    public void Case02()
    {
        Assert.Equal(Show(new List<List<long>>()), Show(Solution.DispatchJobs(new List<List<long>>())));
    }

    [Fact]
    public void Case03()
    {
        Assert.Equal(Show(new List<List<long>> { new List<long> { 0L, 5L, 7L } }), Show(Solution.DispatchJobs(new List<List<long>> { new List<long> { 5L, 2L, 1L } })));
    }

    [Fact]
    public void Case04()
    {
        Assert.Equal(Show(new List<List<long>> { new List<long> { 0L, 0L, 1L }, new List<long> { 1L, 1L, 2L }, new List<long> { 2L, 2L, 3L } }), Show(Solution.DispatchJobs(new List<List<long>> { new List<long> { 0L, 1L, 1L }, new List<long> { 0L, 1L, 1L }, new List<long> { 0L, 1L, 1L } })));
    }

    [Fact]
    public void Case05()
    {
        Assert.Equal(Show(new List<List<long>> { new List<long> { 1L, 0L, 5L }, new List<long> { 2L, 5L, 6L }, new List<long> { 0L, 6L, 7L } }), Show(Solution.DispatchJobs(new List<List<long>> { new List<long> { 2L, 1L, 3L }, new List<long> { 0L, 5L, 0L }, new List<long> { 1L, 1L, 3L } })));
    }

    [Fact]
    public void Case06()
    {
        Assert.Equal(Show(new List<List<long>> { new List<long> { 2L, 3L, 4L }, new List<long> { 1L, 10L, 12L }, new List<long> { 0L, 12L, 14L } }), Show(Solution.DispatchJobs(new List<List<long>> { new List<long> { 10L, 2L, 1L }, new List<long> { 10L, 2L, 4L }, new List<long> { 3L, 1L, 0L } })));
    }

    [Fact]
    public void Case07()
    {
        Assert.Equal(Show(new List<List<long>> { new List<long> { 0L, 0L, 2L }, new List<long> { 1L, 2L, 3L }, new List<long> { 2L, 3L, 4L } }), Show(Solution.DispatchJobs(new List<List<long>> { new List<long> { 0L, 2L, 0L }, new List<long> { 2L, 1L, 5L }, new List<long> { 3L, 1L, 9L } })));
    }

    [Fact]
    public void Case08()
    {
        Assert.Equal(Show(new List<List<long>> { new List<long> { 1L, 0L, 1L }, new List<long> { 0L, 1L, 2L } }), Show(Solution.DispatchJobs(new List<List<long>> { new List<long> { 0L, 1L, -5L }, new List<long> { 0L, 1L, -1L } })));
    }

    [Fact]
    public void Case09()
    {
        Assert.Equal(Show(new List<List<long>> { new List<long> { 1L, 0L, 6L }, new List<long> { 2L, 6L, 7L }, new List<long> { 0L, 7L, 9L }, new List<long> { 3L, 9L, 12L }, new List<long> { 4L, 20L, 21L } }), Show(Solution.DispatchJobs(new List<List<long>> { new List<long> { 4L, 2L, 2L }, new List<long> { 0L, 6L, 1L }, new List<long> { 1L, 1L, 7L }, new List<long> { 4L, 3L, 2L }, new List<long> { 20L, 1L, 0L } })));
    }

    [Fact]
    public void Case10()
    {
        Assert.Equal(Show(new List<List<long>> { new List<long> { 0L, 1L, 3L }, new List<long> { 7L, 4L, 8L }, new List<long> { 6L, 8L, 10L }, new List<long> { 3L, 10L, 12L }, new List<long> { 4L, 12L, 16L }, new List<long> { 8L, 16L, 21L }, new List<long> { 5L, 21L, 25L }, new List<long> { 1L, 25L, 29L }, new List<long> { 2L, 29L, 31L }, new List<long> { 9L, 31L, 32L } }), Show(Solution.DispatchJobs(new List<List<long>> { new List<long> { 1L, 2L, 1L }, new List<long> { 23L, 4L, 2L }, new List<long> { 25L, 2L, 2L }, new List<long> { 10L, 2L, 2L }, new List<long> { 11L, 4L, 3L }, new List<long> { 17L, 4L, 2L }, new List<long> { 6L, 2L, 3L }, new List<long> { 4L, 4L, 0L }, new List<long> { 11L, 5L, 3L }, new List<long> { 25L, 1L, 1L } })));
    }

    [Fact]
    public void Case11()
    {
        Assert.Equal(Show(new List<List<long>> { new List<long> { 3L, 0L, 3L }, new List<long> { 8L, 3L, 6L }, new List<long> { 10L, 6L, 7L }, new List<long> { 5L, 7L, 9L }, new List<long> { 0L, 9L, 11L }, new List<long> { 11L, 11L, 12L }, new List<long> { 9L, 12L, 15L }, new List<long> { 1L, 15L, 18L }, new List<long> { 6L, 18L, 21L }, new List<long> { 2L, 21L, 24L }, new List<long> { 4L, 24L, 27L }, new List<long> { 7L, 27L, 28L } }), Show(Solution.DispatchJobs(new List<List<long>> { new List<long> { 1L, 2L, 0L }, new List<long> { 8L, 3L, 0L }, new List<long> { 2L, 3L, -2L }, new List<long> { 0L, 3L, -1L }, new List<long> { 4L, 3L, -2L }, new List<long> { 6L, 2L, 2L }, new List<long> { 8L, 3L, -1L }, new List<long> { 8L, 1L, -2L }, new List<long> { 2L, 3L, 1L }, new List<long> { 5L, 3L, 0L }, new List<long> { 4L, 1L, 2L }, new List<long> { 3L, 1L, 0L } })));
    }
}

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
        Assert.Equal(Show(new List<long> { 1L, 0L, 3L, 3L }), Show(Solution.ClusterQueries(5L, new List<string> { "link 0 1", "same 0 1", "same 0 2", "link 1 2", "size 0", "count" })));
    }

    [Fact]
    public void Case02()
    {
        Assert.Equal(Show(new List<long> { 3L }), Show(Solution.ClusterQueries(3L, new List<string> { "count" })));
    }

    [Fact]
    public void Case03()
    {
        Assert.Equal(Show(new List<long> { 1L, 1L, 1L }), Show(Solution.ClusterQueries(1L, new List<string> { "same 0 0", "size 0", "count" })));
    }

    [Fact]
    public void Case04()
    {
        Assert.Equal(Show(new List<long> { 3L, 2L }), Show(Solution.ClusterQueries(4L, new List<string> { "link 0 1", "link 1 0", "link 0 1", "count", "size 1" })));
    }

    [Fact]
    public void Case05()
    {
        Assert.Equal(Show(new List<long> { 2L, 1L }), Show(Solution.ClusterQueries(2L, new List<string> { "link 1 1", "count", "size 1" })));
    }

    [Fact]
    public void Case06()
    {
        Assert.Equal(Show(new List<long> { 0L, 1L, 4L, 2L, 6L, 1L }), Show(Solution.ClusterQueries(6L, new List<string> { "link 0 1", "link 2 3", "link 4 5", "same 0 3", "link 1 2", "same 0 3", "size 3", "count", "link 3 5", "size 0", "count" })));
    }

    [Fact]
    public void Case07()
    {
        Assert.Equal(Show(new List<long>()), Show(Solution.ClusterQueries(4L, new List<string>())));
    }

    [Fact]
    public void Case08()
    {
        Assert.Equal(Show(new List<long>()), Show(Solution.ClusterQueries(3L, new List<string> { "link 0 1" })));
    }

    [Fact]
    public void Case09()
    {
        Assert.Equal(Show(new List<long> { 1L, 2L, 11L }), Show(Solution.ClusterQueries(12L, new List<string> { "link 10 11", "same 11 10", "size 10", "count" })));
    }

    [Fact]
    public void Case10()
    {
        Assert.Equal(Show(new List<long> { 4L, 1L, 6L, 5L, 0L, 4L, 1L, 10L }), Show(Solution.ClusterQueries(10L, new List<string> { "link 9 8", "link 7 6", "link 8 6", "size 7", "same 9 7", "link 0 5", "link 5 9", "size 0", "count", "same 1 2", "link 2 1", "link 3 4", "link 4 2", "size 3", "link 1 0", "count", "size 6" })));
    }

    [Fact]
    public void Case11()
    {
        Assert.Equal(Show(new List<long> { 4L, 2L, 4L, 1L, 8L }), Show(Solution.ClusterQueries(8L, new List<string> { "link 0 1", "link 2 3", "link 4 5", "link 6 7", "count", "link 1 2", "link 5 6", "count", "size 4", "link 3 4", "same 0 7", "size 0" })));
    }
}

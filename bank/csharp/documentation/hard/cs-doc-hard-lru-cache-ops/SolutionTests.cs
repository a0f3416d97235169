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
        Assert.Equal(Show(new List<long?> { (long?)1L, (long?)null, (long?)1L, (long?)3L }), Show(Solution.LruSimulate(2L, new List<string> { "put a 1", "put b 2", "get a", "put c 3", "get b", "get a", "get c" })));
    }

    [Fact]
    public void Case02()
    {
        Assert.Equal(Show(new List<long?> { (long?)null }), Show(Solution.LruSimulate(0L, new List<string> { "put a 1", "get a" })));
    }

    [Fact]
    public void Case03()
    {
        Assert.Equal(Show(new List<long?> { (long?)5L, (long?)null, (long?)2L }), Show(Solution.LruSimulate(1L, new List<string> { "put a 1", "put a 5", "get a", "put b 2", "get a", "get b" })));
    }

    [Fact]
    public void Case04()
    {
        Assert.Equal(Show(new List<long?> { (long?)3L, (long?)null, (long?)4L }), Show(Solution.LruSimulate(2L, new List<string> { "put a 1", "put b 2", "put a 3", "put c 4", "get a", "get b", "get c" })));
    }

    [Fact]
    public void Case05()
    {
        Assert.Equal(Show(new List<long?> { (long?)null, (long?)-7L }), Show(Solution.LruSimulate(2L, new List<string> { "get x", "put x -7", "get x" })));
    }

    [Fact]
    public void Case06()
    {
        Assert.Equal(Show(new List<long?>()), Show(Solution.LruSimulate(3L, new List<string>())));
    }

    [Fact]
    public void Case07()
    {
        Assert.Equal(Show(new List<long?> { (long?)null, (long?)null, (long?)9L, (long?)3L }), Show(Solution.LruSimulate(2L, new List<string> { "put a 1", "put b 2", "put c 3", "get a", "put a 9", "get b", "get a", "get c" })));
    }

    [Fact]
    public void Case08()
    {
        Assert.Equal(Show(new List<long?> { (long?)null, (long?)null, (long?)2L }), Show(Solution.LruSimulate(2L, new List<string> { "put a 1", "put b 2", "get zz", "put c 3", "get a", "get b" })));
    }

    [Fact]
    public void Case09()
    {
        Assert.Equal(Show(new List<long?> { (long?)10L, (long?)null, (long?)30L, (long?)null, (long?)40L, (long?)50L }), Show(Solution.LruSimulate(3L, new List<string> { "put k1 10", "put k2 20", "put k3 30", "get k1", "put k4 40", "get k2", "get k3", "put k5 50", "get k1", "get k4", "get k5" })));
    }

    [Fact]
    public void Case10()
    {
        Assert.Equal(Show(new List<long?> { (long?)null, (long?)null, (long?)null, (long?)-1L, (long?)null, (long?)null, (long?)11L, (long?)null, (long?)38L, (long?)null, (long?)38L, (long?)44L, (long?)46L, (long?)38L, (long?)46L, (long?)null }), Show(Solution.LruSimulate(3L, new List<string> { "get e 13", "get b 19", "put a 49", "get d 17", "put e -4", "put c 29", "put b -4", "put e 37", "put c -1", "get c 8", "put e 34", "put b 1", "get d 1", "put d 11", "get a 17", "get d 2", "put c 38", "get e 17", "put a 44", "put d 44", "get c 43", "put b 15", "get e 30", "get c 41", "get d 15", "put b 46", "get b 50", "get c 21", "get b 4", "get e 37" })));
    }
}

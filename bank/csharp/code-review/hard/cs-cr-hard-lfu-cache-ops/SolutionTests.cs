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
        Assert.Equal(Show(new List<long?> { (long?)1L, (long?)null, (long?)1L, (long?)3L }), Show(Solution.LfuSimulate(2L, new List<string> { "put a 1", "put b 2", "get a", "put c 3", "get b", "get a", "get c" })));
    }

    [Fact]
    public void Case02()
    {
        Assert.Equal(Show(new List<long?> { (long?)null, (long?)2L, (long?)3L }), Show(Solution.LfuSimulate(2L, new List<string> { "put a 1", "put b 2", "put c 3", "get a", "get b", "get c" })));
    }

    [Fact]
    public void Case03()
    {
        Assert.Equal(Show(new List<long?> { (long?)null }), Show(Solution.LfuSimulate(0L, new List<string> { "put a 1", "get a" })));
    }

    [Fact]
    public void Case04()
    {
        Assert.Equal(Show(new List<long?> { (long?)2L, (long?)null, (long?)4L }), Show(Solution.LfuSimulate(2L, new List<string> { "put a 1", "put a 2", "put b 3", "put c 4", "get a", "get b", "get c" })));
    }

    [Fact]
    public void Case05()
    {
        Assert.Equal(Show(new List<long?> { (long?)1L, (long?)1L, (long?)null, (long?)3L, (long?)1L }), Show(Solution.LfuSimulate(2L, new List<string> { "put a 1", "get a", "get a", "put b 2", "put c 3", "get b", "get c", "get a" })));
    }

    [Fact]
    public void Case06()
    {
        Assert.Equal(Show(new List<long?> { (long?)1L, (long?)2L, (long?)3L, (long?)1L, (long?)2L, (long?)null, (long?)4L }), Show(Solution.LfuSimulate(3L, new List<string> { "put a 1", "put b 2", "put c 3", "get a", "get b", "get c", "get a", "get b", "put d 4", "get c", "get d" })));
    }

    [Fact]
    public void Case07()
    {
        Assert.Equal(Show(new List<long?> { (long?)1L, (long?)2L, (long?)null, (long?)2L, (long?)3L }), Show(Solution.LfuSimulate(2L, new List<string> { "put x 1", "put y 2", "get x", "get y", "put z 3", "get x", "get y", "get z" })));
    }

    [Fact]
    public void Case08()
    {
        Assert.Equal(Show(new List<long?> { (long?)1L, (long?)null, (long?)2L }), Show(Solution.LfuSimulate(1L, new List<string> { "put a 1", "get a", "put b 2", "get a", "get b" })));
    }

    [Fact]
    public void Case09()
    {
        Assert.Equal(Show(new List<long?> { (long?)1L, (long?)1L, (long?)4L, (long?)null, (long?)1L }), Show(Solution.LfuSimulate(2L, new List<string> { "put a 1", "get a", "get a", "put b 2", "put c 3", "put b 4", "get b", "get c", "get a" })));
    }

    [Fact]
    public void Case10()
    {
        Assert.Equal(Show(new List<long?>()), Show(Solution.LfuSimulate(3L, new List<string>())));
    }

    [Fact]
    public void Case11()
    {
        Assert.Equal(Show(new List<long?> { (long?)null, (long?)null, (long?)null, (long?)null, (long?)null, (long?)null, (long?)null, (long?)null, (long?)18L, (long?)18L, (long?)null, (long?)null, (long?)18L, (long?)null, (long?)null, (long?)null, (long?)null, (long?)22L, (long?)18L, (long?)null, (long?)42L, (long?)null, (long?)null, (long?)null, (long?)43L, (long?)null, (long?)null, (long?)5L, (long?)5L, (long?)5L }), Show(Solution.LfuSimulate(3L, new List<string> { "get b 27", "get c 7", "get c 28", "get b 34", "get c 14", "get b 35", "put c 18", "get d 40", "get d 1", "get c 43", "get c 6", "get d 43", "get e 33", "put d 22", "get c 3", "get b 0", "get e 44", "get b 21", "get e 26", "get d 21", "put a 48", "put a 42", "get c 1", "put d 32", "get e 40", "get a 35", "get b 34", "put a 9", "get b 29", "put e 43", "put c 5", "get d 45", "get e 35", "put a 1", "get d 2", "put e 46", "get b 30", "get c 21", "get c 38", "get c 31" })));
    }
}

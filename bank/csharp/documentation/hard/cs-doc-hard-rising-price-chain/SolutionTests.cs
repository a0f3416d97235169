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
        Assert.Equal(Show(new List<long> { 1L, 2L, 3L, 8L }), Show(Solution.RisingChain(new List<long> { 5L, 1L, 6L, 2L, 7L, 3L, 8L })));
    }

    [Fact]
    public void Case02()
    {
        Assert.Equal(Show(new List<long>()), Show(Solution.RisingChain(new List<long>())));
    }

    [Fact]
    public void Case03()
    {
        Assert.Equal(Show(new List<long> { 4L }), Show(Solution.RisingChain(new List<long> { 4L, 4L, 4L })));
    }

    [Fact]
    public void Case04()
    {
        Assert.Equal(Show(new List<long> { 7L }), Show(Solution.RisingChain(new List<long> { 9L, 8L, 7L })));
    }

    [Fact]
    public void Case05()
    {
        Assert.Equal(Show(new List<long> { 1L, 2L, 3L }), Show(Solution.RisingChain(new List<long> { 1L, 2L, 3L })));
    }

    [Fact]
    public void Case06()
    {
        Assert.Equal(Show(new List<long> { 1L, 2L, 4L, 5L }), Show(Solution.RisingChain(new List<long> { 3L, 1L, 2L, 4L, 0L, 5L })));
    }

    [Fact]
    public void Case07()
    {
        Assert.Equal(Show(new List<long> { -3L, -2L, 0L }), Show(Solution.RisingChain(new List<long> { -3L, -1L, -2L, 0L })));
    }

    [Fact]
    public void Case08()
    {
        Assert.Equal(Show(new List<long> { 1L, 2L, 4L }), Show(Solution.RisingChain(new List<long> { 1L, 3L, 3L, 2L, 4L })));
    }

    [Fact]
    public void Case09()
    {
        Assert.Equal(Show(new List<long> { 1L, 3L, 4L, 7L }), Show(Solution.RisingChain(new List<long> { 2L, 1L, 5L, 3L, 6L, 4L, 7L })));
    }

    [Fact]
    public void Case10()
    {
        Assert.Equal(Show(new List<long> { 10L, 20L, 30L }), Show(Solution.RisingChain(new List<long> { 10L, 20L, 30L, 1L, 2L })));
    }

    [Fact]
    public void Case11()
    {
        Assert.Equal(Show(new List<long> { 1L, 2L, 9L }), Show(Solution.RisingChain(new List<long> { 7L, 1L, 8L, 2L, 9L })));
    }

    [Fact]
    public void Case12()
    {
        Assert.Equal(Show(new List<long> { -18L, -11L, 0L, 11L, 14L, 17L, 18L }), Show(Solution.RisingChain(new List<long> { -5L, -13L, 19L, -18L, 14L, -3L, 20L, 2L, -11L, -20L, 0L, 17L, 16L, 11L, -12L, 14L, -6L, 10L, 17L, -12L, 18L, 12L, -2L, -15L, 6L, -10L, -12L, 17L, -1L, 12L })));
    }

    [Fact]
    public void Case13()
    {
        Assert.Equal(Show(new List<long> { 1L, 6L, 44L, 45L, 57L, 59L, 73L, 75L, 76L }), Show(Solution.RisingChain(new List<long> { 52L, 49L, 19L, 66L, 25L, 48L, 1L, 13L, 49L, 9L, 6L, 44L, 82L, 45L, 98L, 3L, 3L, 65L, 60L, 41L, 87L, 38L, 57L, 41L, 15L, 63L, 59L, 73L, 79L, 21L, 19L, 75L, 66L, 26L, 55L, 79L, 43L, 58L, 76L, 29L })));
    }
}

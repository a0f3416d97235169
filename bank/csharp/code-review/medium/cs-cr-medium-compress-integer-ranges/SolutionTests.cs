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
        Assert.Equal(Show("1..3,5,7..10"), Show(Solution.CompressRanges(new List<long> { 1L, 2L, 3L, 5L, 7L, 8L, 9L, 10L })));
    }

    [Fact]
    public void Case02()
    {
        Assert.Equal(Show("1,2,10..12"), Show(Solution.CompressRanges(new List<long> { 10L, 1L, 2L, 12L, 11L })));
    }

    [Fact]
    public void Case03()
    {
        Assert.Equal(Show(""), Show(Solution.CompressRanges(new List<long>())));
    }

    [Fact]
    public void Case04()
    {
        Assert.Equal(Show("4"), Show(Solution.CompressRanges(new List<long> { 4L })));
    }

    [Fact]
    public void Case05()
    {
        Assert.Equal(Show("4,5"), Show(Solution.CompressRanges(new List<long> { 5L, 4L })));
    }

    [Fact]
    public void Case06()
    {
        Assert.Equal(Show("3"), Show(Solution.CompressRanges(new List<long> { 3L, 3L, 3L })));
    }

    [Fact]
    public void Case07()
    {
        Assert.Equal(Show("1..3"), Show(Solution.CompressRanges(new List<long> { 1L, 2L, 3L })));
    }

    [Fact]
    public void Case08()
    {
        Assert.Equal(Show("-2..1"), Show(Solution.CompressRanges(new List<long> { -2L, -1L, 0L, 1L })));
    }

    [Fact]
    public void Case09()
    {
        Assert.Equal(Show("0,2,4,6"), Show(Solution.CompressRanges(new List<long> { 0L, 2L, 4L, 6L })));
    }

    [Fact]
    public void Case10()
    {
        Assert.Equal(Show("5..7,9"), Show(Solution.CompressRanges(new List<long> { 7L, 6L, 5L, 5L, 6L, 7L, 9L })));
    }

    [Fact]
    public void Case11()
    {
        Assert.Equal(Show("-5..-3,100,101"), Show(Solution.CompressRanges(new List<long> { -5L, -3L, -4L, 100L, 101L })));
    }

    [Fact]
    public void Case12()
    {
        Assert.Equal(Show("1..4"), Show(Solution.CompressRanges(new List<long> { 1L, 3L, 2L, 4L, 3L, 1L })));
    }
}

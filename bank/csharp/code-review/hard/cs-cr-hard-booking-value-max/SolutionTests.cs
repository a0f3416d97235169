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
        Assert.Equal(Show(200L), Show(Solution.MaxBookingValue(new List<List<long>> { new List<long> { 1L, 3L, 50L }, new List<long> { 3L, 5L, 20L }, new List<long> { 6L, 19L, 100L }, new List<long> { 2L, 100L, 200L } })));
    }

    [Fact]
    public void Case02()
    {
        Assert.Equal(Show(0L), Show(Solution.MaxBookingValue(new List<List<long>>())));
    }

    [Fact]
    public void Case03()
    {
        Assert.Equal(Show(5L), Show(Solution.MaxBookingValue(new List<List<long>> { new List<long> { 0L, 10L, 5L } })));
    }

    [Fact]
    public void Case04()
    {
        Assert.Equal(Show(9L), Show(Solution.MaxBookingValue(new List<List<long>> { new List<long> { 0L, 2L, 3L }, new List<long> { 2L, 4L, 3L }, new List<long> { 4L, 6L, 3L }, new List<long> { 0L, 6L, 8L } })));
    }

    [Fact]
    public void Case05()
    {
        Assert.Equal(Show(12L), Show(Solution.MaxBookingValue(new List<List<long>> { new List<long> { 0L, 5L, 10L }, new List<long> { 0L, 2L, 6L }, new List<long> { 3L, 5L, 6L } })));
    }

    [Fact]
    public void Case06()
    {
        Assert.Equal(Show(7L), Show(Solution.MaxBookingValue(new List<List<long>> { new List<long> { 1L, 2L, 4L }, new List<long> { 1L, 2L, 7L } })));
    }

    [Fact]
    public void Case07()
    {
        Assert.Equal(Show(0L), Show(Solution.MaxBookingValue(new List<List<long>> { new List<long> { 0L, 1L, 0L } })));
    }

    [Fact]
    public void Case08()
    {
        Assert.Equal(Show(12L), Show(Solution.MaxBookingValue(new List<List<long>> { new List<long> { 0L, 100L, 10L }, new List<long> { 10L, 20L, 4L }, new List<long> { 30L, 40L, 4L }, new List<long> { 50L, 60L, 4L } })));
    }

    [Fact]
    public void Case09()
    {
        Assert.Equal(Show(6L), Show(Solution.MaxBookingValue(new List<List<long>> { new List<long> { 5L, 9L, 4L }, new List<long> { 1L, 9L, 6L }, new List<long> { 7L, 9L, 3L }, new List<long> { 0L, 5L, 2L } })));
    }

    [Fact]
    public void Case10()
    {
        Assert.Equal(Show(6L), Show(Solution.MaxBookingValue(new List<List<long>> { new List<long> { -10L, -2L, 3L }, new List<long> { -2L, 4L, 3L }, new List<long> { -5L, 0L, 5L } })));
    }

    [Fact]
    public void Case11()
    {
        Assert.Equal(Show(150L), Show(Solution.MaxBookingValue(new List<List<long>> { new List<long> { 15L, 19L, 13L }, new List<long> { 32L, 41L, 4L }, new List<long> { 32L, 36L, 25L }, new List<long> { 17L, 25L, 4L }, new List<long> { 35L, 41L, 11L }, new List<long> { 25L, 34L, 19L }, new List<long> { 34L, 38L, 4L }, new List<long> { 38L, 47L, 22L }, new List<long> { 9L, 12L, 4L }, new List<long> { 36L, 37L, 25L }, new List<long> { 2L, 7L, 25L }, new List<long> { 19L, 22L, 4L }, new List<long> { 17L, 26L, 22L }, new List<long> { 22L, 25L, 14L }, new List<long> { 10L, 13L, 22L }, new List<long> { 3L, 6L, 21L } })));
    }

    [Fact]
    public void Case12()
    {
        Assert.Equal(Show(31L), Show(Solution.MaxBookingValue(new List<List<long>> { new List<long> { 2L, 6L, 8L }, new List<long> { 8L, 9L, 5L }, new List<long> { 3L, 6L, 9L }, new List<long> { 1L, 5L, 7L }, new List<long> { 2L, 5L, 3L }, new List<long> { 11L, 12L, 8L }, new List<long> { 0L, 1L, 2L }, new List<long> { 5L, 8L, 6L }, new List<long> { 12L, 13L, 3L }, new List<long> { 8L, 10L, 2L }, new List<long> { 6L, 10L, 4L }, new List<long> { 2L, 4L, 4L } })));
    }
}

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
        Assert.Equal(Show(new List<string> { "1", "Foo", "Bar", "Foo", "5", "FooBar" }), Show(Solution.CustomFizzLabels(6L, new List<long> { 2L, 3L }, new List<string> { "Foo", "Bar" })));
    }

    [Fact]
    public void Case02()
    {
        Assert.Equal(Show(new List<string> { "1", "Even", "3", "Even", "5" }), Show(Solution.CustomFizzLabels(5L, new List<long> { 2L }, new List<string> { "Even" })));
    }

    [Fact]
    public void Case03()
    {
        Assert.Equal(Show(new List<string>()), Show(Solution.CustomFizzLabels(0L, new List<long> { 2L }, new List<string> { "X" })));
    }

    [Fact]
    public void Case04()
    {
        Assert.Equal(Show(new List<string> { "1", "2", "3" }), Show(Solution.CustomFizzLabels(3L, new List<long>(), new List<string>())));
    }

    [Fact]
    public void Case05()
    {
        Assert.Equal(Show(new List<string> { "A", "A", "A", "A" }), Show(Solution.CustomFizzLabels(4L, new List<long> { 1L }, new List<string> { "A" })));
    }

    [Fact]
    public void Case06()
    {
        Assert.Equal(Show(new List<string> { "1", "Foo", "Bar", "Foo", "5", "BarFoo" }), Show(Solution.CustomFizzLabels(6L, new List<long> { 3L, 2L }, new List<string> { "Bar", "Foo" })));
    }

    [Fact]
    public void Case07()
    {
        Assert.Equal(Show(new List<string> { "1", "xy", "3", "xy" }), Show(Solution.CustomFizzLabels(4L, new List<long> { 2L, 2L }, new List<string> { "x", "y" })));
    }

    [Fact]
    public void Case08()
    {
        Assert.Equal(Show(new List<string> { "1" }), Show(Solution.CustomFizzLabels(1L, new List<long> { 7L }, new List<string> { "Z" })));
    }

    [Fact]
    public void Case09()
    {
        Assert.Equal(Show(new List<string> { "1", "2", "3", "4", "5", "6", "Z" }), Show(Solution.CustomFizzLabels(7L, new List<long> { 7L }, new List<string> { "Z" })));
    }

    [Fact]
    public void Case10()
    {
        Assert.Equal(Show(new List<string> { "1", "2", "3", "Q", "F", "6", "7", "Q", "9", "F" }), Show(Solution.CustomFizzLabels(10L, new List<long> { 4L, 5L }, new List<string> { "Q", "F" })));
    }

    [Fact]
    public void Case11()
    {
        Assert.Throws<ArgumentException>(() => { Solution.CustomFizzLabels(3L, new List<long> { 2L }, new List<string> { "a", "b" }); });
    }

    [Fact]
    public void Case12()
    {
        Assert.Throws<ArgumentException>(() => { Solution.CustomFizzLabels(3L, new List<long> { 0L }, new List<string> { "a" }); });
    }

    [Fact]
    public void Case13()
    {
        Assert.Throws<ArgumentException>(() => { Solution.CustomFizzLabels(-1L, new List<long> { 2L }, new List<string> { "a" }); });
    }
}

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
        Assert.Equal(Show(10L), Show(Solution.BreakCost(new List<string> { "aaa", "bb", "cc", "ddddd" }, 6L)));
    }

    [Fact]
    public void Case02()
    {
        Assert.Equal(Show(0L), Show(Solution.BreakCost(new List<string>(), 5L)));
    }

    [Fact]
    public void Case03()
    {
        Assert.Equal(Show(0L), Show(Solution.BreakCost(new List<string> { "hello" }, 5L)));
    }

    [Fact]
    public void Case04()
    {
        Assert.Equal(Show(0L), Show(Solution.BreakCost(new List<string> { "a", "b", "c" }, 1L)));
    }

    [Fact]
    public void Case05()
    {
        Assert.Equal(Show(4L), Show(Solution.BreakCost(new List<string> { "ab", "cd" }, 4L)));
    }

    [Fact]
    public void Case06()
    {
        Assert.Equal(Show(0L), Show(Solution.BreakCost(new List<string> { "one", "two" }, 20L)));
    }

    [Fact]
    public void Case07()
    {
        Assert.Equal(Show(4L), Show(Solution.BreakCost(new List<string> { "xx", "xxxxx", "xx", "xxxxxx" }, 10L)));
    }

    [Fact]
    public void Case08()
    {
        Assert.Equal(Show(22L), Show(Solution.BreakCost(new List<string> { "the", "quick", "brown", "fox", "jumps", "over", "the", "lazy", "dog" }, 12L)));
    }

    [Fact]
    public void Case09()
    {
        Assert.Equal(Show(34L), Show(Solution.BreakCost(new List<string> { "a", "bb", "ccc", "dddd", "eeeee", "f" }, 7L)));
    }

    [Fact]
    public void Case10()
    {
        Assert.Equal(Show(1L), Show(Solution.BreakCost(new List<string> { "aaaa", "b", "b", "aaaa" }, 7L)));
    }

    [Fact]
    public void Case11()
    {
        Assert.Throws<ArgumentException>(() => { Solution.BreakCost(new List<string> { "toolongword" }, 5L); });
    }

    [Fact]
    public void Case12()
    {
        Assert.Throws<ArgumentException>(() => { Solution.BreakCost(new List<string> { "ok", "fine", "x" }, 0L); });
    }
}

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
        Assert.Equal(Show("Hello..."), Show(Solution.TruncateText("Hello, world", 8L)));
    }

    [Fact]
    public void Case02()
    {
        Assert.Equal(Show("short"), Show(Solution.TruncateText("short", 10L)));
    }

    [Fact]
    public void Case03()
    {
        Assert.Equal(Show(""), Show(Solution.TruncateText("", 3L)));
    }

    [Fact]
    public void Case04()
    {
        Assert.Equal(Show("abc"), Show(Solution.TruncateText("abc", 3L)));
    }

    [Fact]
    public void Case05()
    {
        Assert.Equal(Show("..."), Show(Solution.TruncateText("abcd", 3L)));
    }

    [Fact]
    public void Case06()
    {
        Assert.Equal(Show("ab..."), Show(Solution.TruncateText("abcdef", 5L)));
    }

    [Fact]
    public void Case07()
    {
        Assert.Equal(Show("exact"), Show(Solution.TruncateText("exact", 5L)));
    }

    [Fact]
    public void Case08()
    {
        Assert.Equal(Show("exa..."), Show(Solution.TruncateText("exactly", 6L)));
    }

    [Fact]
    public void Case09()
    {
        Assert.Equal(Show(" ..."), Show(Solution.TruncateText("  spaced  ", 4L)));
    }

    [Fact]
    public void Case10()
    {
        Assert.Equal(Show("a"), Show(Solution.TruncateText("a", 100L)));
    }

    [Fact]
    public void Case11()
    {
        Assert.Throws<ArgumentException>(() => { Solution.TruncateText("abc", 2L); });
    }

    [Fact]
    public void Case12()
    {
        Assert.Throws<ArgumentException>(() => { Solution.TruncateText("", 0L); });
    }

    [Fact]
    public void Case13()
    {
        Assert.Throws<ArgumentException>(() => { Solution.TruncateText("x", -1L); });
    }
}

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
        Assert.Equal(Show("ff"), Show(Solution.ConvertBase("255", 10L, 16L)));
    }

    [Fact]
    public void Case02()
    {
        Assert.Equal(Show("11111111"), Show(Solution.ConvertBase("ff", 16L, 2L)));
    }

    [Fact]
    public void Case03()
    {
        Assert.Equal(Show("255"), Show(Solution.ConvertBase("FF", 16L, 10L)));
    }

    [Fact]
    public void Case04()
    {
        Assert.Equal(Show("-10"), Show(Solution.ConvertBase("-1010", 2L, 10L)));
    }

    [Fact]
    public void Case05()
    {
        Assert.Equal(Show("0"), Show(Solution.ConvertBase("0", 10L, 2L)));
    }

    [Fact]
    public void Case06()
    {
        Assert.Equal(Show("0"), Show(Solution.ConvertBase("-0", 10L, 7L)));
    }

    [Fact]
    public void Case07()
    {
        Assert.Equal(Show("123"), Show(Solution.ConvertBase("000123", 10L, 10L)));
    }

    [Fact]
    public void Case08()
    {
        Assert.Equal(Show("35"), Show(Solution.ConvertBase("z", 36L, 10L)));
    }

    [Fact]
    public void Case09()
    {
        Assert.Equal(Show("z"), Show(Solution.ConvertBase("35", 10L, 36L)));
    }

    [Fact]
    public void Case10()
    {
        Assert.Equal(Show("lfls"), Show(Solution.ConvertBase("1000000", 10L, 36L)));
    }

    [Fact]
    public void Case11()
    {
        Assert.Equal(Show("1fffffffffffff"), Show(Solution.ConvertBase("9007199254740991", 10L, 16L)));
    }

    [Fact]
    public void Case12()
    {
        Assert.Equal(Show("110"), Show(Solution.ConvertBase("12", 10L, 3L)));
    }

    [Fact]
    public void Case13()
    {
        Assert.Throws<ArgumentException>(() => { Solution.ConvertBase("12", 1L, 10L); });
    }

    [Fact]
    public void Case14()
    {
        Assert.Throws<ArgumentException>(() => { Solution.ConvertBase("19", 8L, 10L); });
    }

    [Fact]
    public void Case15()
    {
        Assert.Throws<ArgumentException>(() => { Solution.ConvertBase("-", 10L, 2L); });
    }
}

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
        Assert.Equal(Show("bcd"), Show(Solution.CaesarShift("abc", 1L)));
    }

    [Fact]
    public void Case02()
    {
        Assert.Equal(Show("Khoor, Zruog!"), Show(Solution.CaesarShift("Hello, World!", 3L)));
    }

    [Fact]
    public void Case03()
    {
        Assert.Equal(Show(""), Show(Solution.CaesarShift("", 5L)));
    }

    [Fact]
    public void Case04()
    {
        Assert.Equal(Show("abc"), Show(Solution.CaesarShift("xyz", 3L)));
    }

    [Fact]
    public void Case05()
    {
        Assert.Equal(Show("ZAB"), Show(Solution.CaesarShift("ABC", -1L)));
    }

    [Fact]
    public void Case06()
    {
        Assert.Equal(Show("abc"), Show(Solution.CaesarShift("abc", 26L)));
    }

    [Fact]
    public void Case07()
    {
        Assert.Equal(Show("zab"), Show(Solution.CaesarShift("abc", -27L)));
    }

    [Fact]
    public void Case08()
    {
        Assert.Equal(Show("c1 d2"), Show(Solution.CaesarShift("a1 b2", 2L)));
    }

    [Fact]
    public void Case09()
    {
        Assert.Equal(Show("Aa"), Show(Solution.CaesarShift("Zz", 1L)));
    }

    [Fact]
    public void Case10()
    {
        Assert.Equal(Show("Mixed Case"), Show(Solution.CaesarShift("Mixed Case", 0L)));
    }

    [Fact]
    public void Case11()
    {
        Assert.Equal(Show("123 !?"), Show(Solution.CaesarShift("123 !?", 7L)));
    }

    [Fact]
    public void Case12()
    {
        Assert.Equal(Show("uryyb"), Show(Solution.CaesarShift("hello", 65L)));
    }

    [Fact]
    public void Case13()
    {
        Assert.Equal(Show("abc"), Show(Solution.CaesarShift("abc", -78L)));
    }
}

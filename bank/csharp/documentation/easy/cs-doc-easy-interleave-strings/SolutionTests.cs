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
        Assert.Equal(Show("a1b2c3"), Show(Solution.InterleaveStrings("abc", "123")));
    }

    [Fact]
    public void Case02()
    {
        Assert.Equal(Show("awbxyz"), Show(Solution.InterleaveStrings("ab", "wxyz")));
    }

    [Fact]
    public void Case03()
    {
        Assert.Equal(Show(""), Show(Solution.InterleaveStrings("", "")));
    }

    [Fact]
    public void Case04()
    {
        Assert.Equal(Show("abc"), Show(Solution.InterleaveStrings("abc", "")));
    }

    [Fact]
    public void Case05()
    {
        Assert.Equal(Show("xy"), Show(Solution.InterleaveStrings("", "xy")));
    }

    [Fact]
    public void Case06()
    {
        Assert.Equal(Show("ab"), Show(Solution.InterleaveStrings("a", "b")));
    }

    [Fact]
    public void Case07()
    {
        Assert.Equal(Show("h-ello"), Show(Solution.InterleaveStrings("hello", "-")));
    }

    [Fact]
    public void Case08()
    {
        Assert.Equal(Show(" a b"), Show(Solution.InterleaveStrings("  ", "ab")));
    }

    [Fact]
    public void Case09()
    {
        Assert.Equal(Show("ababa"), Show(Solution.InterleaveStrings("aaa", "bb")));
    }

    [Fact]
    public void Case10()
    {
        Assert.Equal(Show("13245"), Show(Solution.InterleaveStrings("12", "345")));
    }

    [Fact]
    public void Case11()
    {
        Assert.Equal(Show("xXyYzZ"), Show(Solution.InterleaveStrings("xyz", "XYZ")));
    }
}

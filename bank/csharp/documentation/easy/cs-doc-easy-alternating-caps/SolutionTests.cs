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
        Assert.Equal(Show("HeLlO"), Show(Solution.AlternatingCaps("hello")));
    }

    [Fact]
    public void Case02()
    {
        Assert.Equal(Show("HeLlO wOrLd"), Show(Solution.AlternatingCaps("HELLO WORLD")));
    }

    [Fact]
    public void Case03()
    {
        Assert.Equal(Show(""), Show(Solution.AlternatingCaps("")));
    }

    [Fact]
    public void Case04()
    {
        Assert.Equal(Show("123"), Show(Solution.AlternatingCaps("123")));
    }

    [Fact]
    public void Case05()
    {
        Assert.Equal(Show("A"), Show(Solution.AlternatingCaps("a")));
    }

    [Fact]
    public void Case06()
    {
        Assert.Equal(Show("Ab Cd"), Show(Solution.AlternatingCaps("ab cd")));
    }

    [Fact]
    public void Case07()
    {
        Assert.Equal(Show("X-y-Z"), Show(Solution.AlternatingCaps("x-y-z")));
    }

    [Fact]
    public void Case08()
    {
        Assert.Equal(Show("A1b2C3"), Show(Solution.AlternatingCaps("a1b2c3")));
    }

    [Fact]
    public void Case09()
    {
        Assert.Equal(Show("   "), Show(Solution.AlternatingCaps("   ")));
    }

    [Fact]
    public void Case10()
    {
        Assert.Equal(Show("Zz"), Show(Solution.AlternatingCaps("zZ")));
    }

    [Fact]
    public void Case11()
    {
        Assert.Equal(Show("It'S oK"), Show(Solution.AlternatingCaps("it's ok")));
    }
}

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
        Assert.Equal(Show("quick"), Show(Solution.LongestWord("the quick brown fox")));
    }

    [Fact]
    public void Case02()
    {
        Assert.Equal(Show("ccc"), Show(Solution.LongestWord("a bb ccc")));
    }

    [Fact]
    public void Case03()
    {
        Assert.Equal(Show(""), Show(Solution.LongestWord("")));
    }

    [Fact]
    public void Case04()
    {
        Assert.Equal(Show(""), Show(Solution.LongestWord("   ")));
    }

    [Fact]
    public void Case05()
    {
        Assert.Equal(Show("single"), Show(Solution.LongestWord("single")));
    }

    [Fact]
    public void Case06()
    {
        Assert.Equal(Show("trail"), Show(Solution.LongestWord("  lead trail  ")));
    }

    [Fact]
    public void Case07()
    {
        Assert.Equal(Show("ab"), Show(Solution.LongestWord("ab cd")));
    }

    [Fact]
    public void Case08()
    {
        Assert.Equal(Show("yy"), Show(Solution.LongestWord("x yy zz")));
    }

    [Fact]
    public void Case09()
    {
        Assert.Equal(Show("there!"), Show(Solution.LongestWord("hi, there!")));
    }

    [Fact]
    public void Case10()
    {
        Assert.Equal(Show("three"), Show(Solution.LongestWord("one  two   three")));
    }

    [Fact]
    public void Case11()
    {
        Assert.Equal(Show("aaa"), Show(Solution.LongestWord("aaa bbb c")));
    }

    [Fact]
    public void Case12()
    {
        Assert.Equal(Show("a"), Show(Solution.LongestWord("a")));
    }
}

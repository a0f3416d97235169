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
        Assert.Equal(Show(new List<string> { "cab", "bca", "abc" }), Show(Solution.SortByAlphabet(new List<string> { "bca", "abc", "cab" }, "cba")));
    }

    [Fact]
    public void Case02()
    {
        Assert.Equal(Show(new List<string> { "y", "a", "z" }), Show(Solution.SortByAlphabet(new List<string> { "z", "a", "y" }, "y")));
    }

    [Fact]
    public void Case03()
    {
        Assert.Equal(Show(new List<string>()), Show(Solution.SortByAlphabet(new List<string>(), "abc")));
    }

    [Fact]
    public void Case04()
    {
        Assert.Equal(Show(new List<string> { "a", "b" }), Show(Solution.SortByAlphabet(new List<string> { "b", "a" }, "")));
    }

    [Fact]
    public void Case05()
    {
        Assert.Equal(Show(new List<string> { "a", "ab", "abc" }), Show(Solution.SortByAlphabet(new List<string> { "ab", "a", "abc" }, "cba")));
    }

    [Fact]
    public void Case06()
    {
        Assert.Equal(Show(new List<string> { "ab", "Ab", "AB" }), Show(Solution.SortByAlphabet(new List<string> { "Ab", "ab", "AB" }, "ba")));
    }

    [Fact]
    public void Case07()
    {
        Assert.Equal(Show(new List<string> { "dog", "dog", "cat" }), Show(Solution.SortByAlphabet(new List<string> { "dog", "cat", "dog" }, "dgoc")));
    }

    [Fact]
    public void Case08()
    {
        Assert.Equal(Show(new List<string> { "", "a" }), Show(Solution.SortByAlphabet(new List<string> { "a", "" }, "a")));
    }

    [Fact]
    public void Case09()
    {
        Assert.Equal(Show(new List<string> { "app", "apply", "apple" }), Show(Solution.SortByAlphabet(new List<string> { "apple", "apply", "app" }, "ypl")));
    }

    [Fact]
    public void Case10()
    {
        Assert.Equal(Show(new List<string> { "b!", "b1", "b2" }), Show(Solution.SortByAlphabet(new List<string> { "b2", "b1", "b!" }, "b")));
    }

    [Fact]
    public void Case11()
    {
        Assert.Equal(Show(new List<string> { "zeta", "zed", "alpha" }), Show(Solution.SortByAlphabet(new List<string> { "zeta", "alpha", "zed" }, "zyxwvutsrqponmlkjihgfedcba")));
    }

    [Fact]
    public void Case12()
    {
        Assert.Throws<ArgumentException>(() => { Solution.SortByAlphabet(new List<string> { "a" }, "abca"); });
    }

    [Fact]
    public void Case13()
    {
        Assert.Throws<ArgumentException>(() => { Solution.SortByAlphabet(new List<string>(), "xx"); });
    }
}

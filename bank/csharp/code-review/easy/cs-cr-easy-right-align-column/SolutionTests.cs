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
        Assert.Equal(Show(new List<string> { "  1", " 22", "333" }), Show(Solution.RightAlign(new List<string> { "1", "22", "333" })));
    }

    [Fact]
    public void Case02()
    {
        Assert.Equal(Show(new List<string> { "apple", "  fig" }), Show(Solution.RightAlign(new List<string> { "apple", "fig" })));
    }

    [Fact]
    public void Case03()
    {
        Assert.Equal(Show(new List<string>()), Show(Solution.RightAlign(new List<string>())));
    }

    [Fact]
    public void Case04()
    {
        Assert.Equal(Show(new List<string> { "" }), Show(Solution.RightAlign(new List<string> { "" })));
    }

    [Fact]
    public void Case05()
    {
        Assert.Equal(Show(new List<string> { "x" }), Show(Solution.RightAlign(new List<string> { "x" })));
    }

    [Fact]
    public void Case06()
    {
        Assert.Equal(Show(new List<string> { "", "" }), Show(Solution.RightAlign(new List<string> { "", "" })));
    }

    [Fact]
    public void Case07()
    {
        Assert.Equal(Show(new List<string> { "  ", "ab" }), Show(Solution.RightAlign(new List<string> { "", "ab" })));
    }

    [Fact]
    public void Case08()
    {
        Assert.Equal(Show(new List<string> { "same", "size" }), Show(Solution.RightAlign(new List<string> { "same", "size" })));
    }

    [Fact]
    public void Case09()
    {
        Assert.Equal(Show(new List<string> { " a", " b" }), Show(Solution.RightAlign(new List<string> { " a", "b" })));
    }

    [Fact]
    public void Case10()
    {
        Assert.Equal(Show(new List<string> { " 10", "  9", "100" }), Show(Solution.RightAlign(new List<string> { "10", "9", "100" })));
    }

    [Fact]
    public void Case11()
    {
        Assert.Equal(Show(new List<string> { "a b", " cd" }), Show(Solution.RightAlign(new List<string> { "a b", "cd" })));
    }
}

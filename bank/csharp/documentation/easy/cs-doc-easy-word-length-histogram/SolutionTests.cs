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
        Assert.Equal(Show(new Dictionary<string, long> { ["1"] = 1L, ["2"] = 1L, ["3"] = 4L }), Show(Solution.WordLengthHistogram("the cat sat on a mat")));
    }

    [Fact]
    public void Case02()
    {
        Assert.Equal(Show(new Dictionary<string, long> { ["1"] = 1L, ["3"] = 1L, ["4"] = 1L }), Show(Solution.WordLengthHistogram("don't stop")));
    }

    [Fact]
    public void Case03()
    {
        Assert.Equal(Show(new Dictionary<string, long>()), Show(Solution.WordLengthHistogram("")));
    }

    [Fact]
    public void Case04()
    {
        Assert.Equal(Show(new Dictionary<string, long>()), Show(Solution.WordLengthHistogram("123 !!")));
    }

    [Fact]
    public void Case05()
    {
        Assert.Equal(Show(new Dictionary<string, long> { ["5"] = 1L }), Show(Solution.WordLengthHistogram("hello")));
    }

    [Fact]
    public void Case06()
    {
        Assert.Equal(Show(new Dictionary<string, long> { ["1"] = 3L }), Show(Solution.WordLengthHistogram("a-b-c")));
    }

    [Fact]
    public void Case07()
    {
        Assert.Equal(Show(new Dictionary<string, long> { ["11"] = 1L, ["5"] = 1L }), Show(Solution.WordLengthHistogram("Mississippi river")));
    }

    [Fact]
    public void Case08()
    {
        Assert.Equal(Show(new Dictionary<string, long> { ["4"] = 3L }), Show(Solution.WordLengthHistogram("well,well,WELL")));
    }

    [Fact]
    public void Case09()
    {
        Assert.Equal(Show(new Dictionary<string, long> { ["1"] = 1L }), Show(Solution.WordLengthHistogram("  x  ")));
    }

    [Fact]
    public void Case10()
    {
        Assert.Equal(Show(new Dictionary<string, long> { ["3"] = 3L, ["4"] = 2L, ["5"] = 1L }), Show(Solution.WordLengthHistogram("one two three four five six")));
    }

    [Fact]
    public void Case11()
    {
        Assert.Equal(Show(new Dictionary<string, long> { ["3"] = 2L }), Show(Solution.WordLengthHistogram("abc123def")));
    }
}

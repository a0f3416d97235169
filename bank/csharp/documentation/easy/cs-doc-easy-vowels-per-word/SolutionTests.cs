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
        Assert.Equal(Show(new List<long> { 2L, 1L }), Show(Solution.VowelsPerWord("hello world")));
    }

    [Fact]
    public void Case02()
    {
        Assert.Equal(Show(new List<long> { 0L, 1L, 2L }), Show(Solution.VowelsPerWord("rhythm and blues")));
    }

    [Fact]
    public void Case03()
    {
        Assert.Equal(Show(new List<long>()), Show(Solution.VowelsPerWord("")));
    }

    [Fact]
    public void Case04()
    {
        Assert.Equal(Show(new List<long>()), Show(Solution.VowelsPerWord("   ")));
    }

    [Fact]
    public void Case05()
    {
        Assert.Equal(Show(new List<long> { 0L }), Show(Solution.VowelsPerWord("Sky")));
    }

    [Fact]
    public void Case06()
    {
        Assert.Equal(Show(new List<long> { 5L, 5L }), Show(Solution.VowelsPerWord("AEIOU aeiou")));
    }

    [Fact]
    public void Case07()
    {
        Assert.Equal(Show(new List<long> { 1L, 0L }), Show(Solution.VowelsPerWord("  a  b  ")));
    }

    [Fact]
    public void Case08()
    {
        Assert.Equal(Show(new List<long> { 4L }), Show(Solution.VowelsPerWord("queue")));
    }

    [Fact]
    public void Case09()
    {
        Assert.Equal(Show(new List<long> { 0L }), Show(Solution.VowelsPerWord("x")));
    }

    [Fact]
    public void Case10()
    {
        Assert.Equal(Show(new List<long> { 1L, 1L, 3L }), Show(Solution.VowelsPerWord("It's a test-case!")));
    }

    [Fact]
    public void Case11()
    {
        Assert.Equal(Show(new List<long> { 1L }), Show(Solution.VowelsPerWord("Yay")));
    }

    [Fact]
    public void Case12()
    {
        Assert.Equal(Show(new List<long> { 2L, 2L, 0L }), Show(Solution.VowelsPerWord("OOPS oops 42")));
    }
}

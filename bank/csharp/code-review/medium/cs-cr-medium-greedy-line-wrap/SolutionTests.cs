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
        Assert.Equal(Show(new List<string> { "the quick", "brown fox" }), Show(Solution.WrapWords("the quick brown fox", 10L)));
    }

    [Fact]
    public void Case02()
    {
        Assert.Equal(Show(new List<string> { "tiny", "enormousword", "x" }), Show(Solution.WrapWords("tiny enormousword x", 6L)));
    }

    [Fact]
    public void Case03()
    {
        Assert.Equal(Show(new List<string>()), Show(Solution.WrapWords("", 5L)));
    }

    [Fact]
    public void Case04()
    {
        Assert.Equal(Show(new List<string>()), Show(Solution.WrapWords("   ", 3L)));
    }

    [Fact]
    public void Case05()
    {
        Assert.Equal(Show(new List<string> { "hello" }), Show(Solution.WrapWords("hello", 5L)));
    }

    [Fact]
    public void Case06()
    {
        Assert.Equal(Show(new List<string> { "hello" }), Show(Solution.WrapWords("hello", 3L)));
    }

    [Fact]
    public void Case07()
    {
        Assert.Equal(Show(new List<string> { "a b", "c d" }), Show(Solution.WrapWords("a b c d", 3L)));
    }

    [Fact]
    public void Case08()
    {
        Assert.Equal(Show(new List<string> { "lots of", "space" }), Show(Solution.WrapWords("  lots   of    space  ", 8L)));
    }

    [Fact]
    public void Case09()
    {
        Assert.Equal(Show(new List<string> { "aa bb", "cc" }), Show(Solution.WrapWords("aa bb cc", 5L)));
    }

    [Fact]
    public void Case10()
    {
        Assert.Equal(Show(new List<string> { "aa", "bb", "cc" }), Show(Solution.WrapWords("aa bb cc", 4L)));
    }

    [Fact]
    public void Case11()
    {
        Assert.Equal(Show(new List<string> { "one two three", "four five six" }), Show(Solution.WrapWords("one two three four five six", 14L)));
    }

    [Fact]
    public void Case12()
    {
        Assert.Equal(Show(new List<string> { "x", "y" }), Show(Solution.WrapWords("x y", 1L)));
    }

    [Fact]
    public void Case13()
    {
        Assert.Equal(Show(new List<string> { "ab cd ef" }), Show(Solution.WrapWords("ab cd ef", 100L)));
    }

    [Fact]
    public void Case14()
    {
        Assert.Equal(Show(new List<string> { "go", "longwordhere", "ok no" }), Show(Solution.WrapWords("go longwordhere ok no", 5L)));
    }
}

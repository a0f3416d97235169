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
        Assert.Equal(Show(new List<string> { "a", "b", "c" }), Show(Solution.SplitCsvLine("a,b,c")));
    }

    [Fact]
    public void Case02()
    {
        Assert.Equal(Show(new List<string> { "x,y", "z" }), Show(Solution.SplitCsvLine("\"x,y\",z")));
    }

    [Fact]
    public void Case03()
    {
        Assert.Equal(Show(new List<string> { "" }), Show(Solution.SplitCsvLine("")));
    }

    [Fact]
    public void Case04()
    {
        Assert.Equal(Show(new List<string> { "", "" }), Show(Solution.SplitCsvLine(",")));
    }

    [Fact]
    public void Case05()
    {
        Assert.Equal(Show(new List<string> { "say \"hi\"", "2" }), Show(Solution.SplitCsvLine("\"say \"\"hi\"\"\",2")));
    }

    [Fact]
    public void Case06()
    {
        Assert.Equal(Show(new List<string> { " a ", " b " }), Show(Solution.SplitCsvLine(" a , b ")));
    }

    [Fact]
    public void Case07()
    {
        Assert.Equal(Show(new List<string> { "" }), Show(Solution.SplitCsvLine("\"\"")));
    }

    [Fact]
    public void Case08()
    {
        Assert.Equal(Show(new List<string> { "a", "", "b" }), Show(Solution.SplitCsvLine("a,\"\",b")));
    }

    [Fact]
    public void Case09()
    {
        Assert.Equal(Show(new List<string> { "ab\"c", "d" }), Show(Solution.SplitCsvLine("ab\"c,d")));
    }

    [Fact]
    public void Case10()
    {
        Assert.Equal(Show(new List<string> { "", "", "" }), Show(Solution.SplitCsvLine("\"\",,")));
    }

    [Fact]
    public void Case11()
    {
        Assert.Equal(Show(new List<string> { "a\"", "b" }), Show(Solution.SplitCsvLine("\"a\"\"\",b")));
    }

    [Fact]
    public void Case12()
    {
        Assert.Equal(Show(new List<string> { "x", "multi, comma, field" }), Show(Solution.SplitCsvLine("x,\"multi, comma, field\"")));
    }

    [Fact]
    public void Case13()
    {
        Assert.Equal(Show(new List<string> { " \"a\"" }), Show(Solution.SplitCsvLine(" \"a\"")));
    }

    [Fact]
    public void Case14()
    {
        Assert.Throws<ArgumentException>(() => { Solution.SplitCsvLine("\"abc"); });
    }

    [Fact]
    public void Case15()
    {
        Assert.Throws<ArgumentException>(() => { Solution.SplitCsvLine("\"ab\"c,d"); });
    }

    [Fact]
    public void Case16()
    {
        Assert.Throws<ArgumentException>(() => { Solution.SplitCsvLine("a,\"b"); });
    }
}

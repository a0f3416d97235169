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
        Assert.Equal(Show(true), Show(Solution.EvaluateFilter("a and not b", new Dictionary<string, bool> { ["a"] = true, ["b"] = false })));
    }

    [Fact]
    public void Case02()
    {
        Assert.Equal(Show(true), Show(Solution.EvaluateFilter("a or b and c", new Dictionary<string, bool> { ["a"] = true, ["b"] = false, ["c"] = false })));
    }

    [Fact]
    public void Case03()
    {
        Assert.Equal(Show(false), Show(Solution.EvaluateFilter("(a or b) and c", new Dictionary<string, bool> { ["a"] = true, ["b"] = false, ["c"] = false })));
    }

    [Fact]
    public void Case04()
    {
        Assert.Equal(Show(false), Show(Solution.EvaluateFilter("not not x", new Dictionary<string, bool> { ["x"] = false })));
    }

    [Fact]
    public void Case05()
    {
        Assert.Equal(Show(true), Show(Solution.EvaluateFilter("true and false or true", new Dictionary<string, bool>())));
    }

    [Fact]
    public void Case06()
    {
        Assert.Equal(Show(false), Show(Solution.EvaluateFilter("not (a and b) or c", new Dictionary<string, bool> { ["a"] = true, ["b"] = true, ["c"] = false })));
    }

    [Fact]
    public void Case07()
    {
        Assert.Equal(Show(false), Show(Solution.EvaluateFilter("TRUE", new Dictionary<string, bool> { ["TRUE"] = false })));
    }

    [Fact]
    public void Case08()
    {
        Assert.Equal(Show(true), Show(Solution.EvaluateFilter("x_1 and _y", new Dictionary<string, bool> { ["_y"] = true, ["x_1"] = true })));
    }

    [Fact]
    public void Case09()
    {
        Assert.Equal(Show(false), Show(Solution.EvaluateFilter("not a and b", new Dictionary<string, bool> { ["a"] = false, ["b"] = false })));
    }

    [Fact]
    public void Case10()
    {
        Assert.Equal(Show(true), Show(Solution.EvaluateFilter("((flag))", new Dictionary<string, bool> { ["flag"] = true })));
    }

    [Fact]
    public void Case11()
    {
        Assert.Equal(Show(false), Show(Solution.EvaluateFilter("a or b or c", new Dictionary<string, bool> { ["a"] = false, ["b"] = false, ["c"] = false })));
    }

    [Fact]
    public void Case12()
    {
        Assert.Equal(Show(true), Show(Solution.EvaluateFilter("false or not (p and (q or not r))", new Dictionary<string, bool> { ["p"] = true, ["q"] = false, ["r"] = true, ["unused"] = false })));
    }

    [Fact]
    public void Case13()
    {
        Assert.Throws<ArgumentException>(() => { Solution.EvaluateFilter("a or missing", new Dictionary<string, bool> { ["a"] = true }); });
    }

    [Fact]
    public void Case14()
    {
        Assert.Throws<ArgumentException>(() => { Solution.EvaluateFilter("a and", new Dictionary<string, bool> { ["a"] = true }); });
    }

    [Fact]
    public void Case15()
    {
        Assert.Throws<ArgumentException>(() => { Solution.EvaluateFilter("(a or b", new Dictionary<string, bool> { ["a"] = true, ["b"] = true }); });
    }
}

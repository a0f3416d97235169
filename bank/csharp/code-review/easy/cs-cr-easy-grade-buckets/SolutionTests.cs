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
        Assert.Equal(Show(new Dictionary<string, long> { ["A"] = 1L, ["B"] = 1L, ["C"] = 1L, ["D"] = 1L, ["F"] = 1L }), Show(Solution.GradeBuckets(new List<long> { 95L, 82L, 71L, 64L, 12L })));
    }

    [Fact]
    public void Case02()
    {
        Assert.Equal(Show(new Dictionary<string, long> { ["A"] = 0L, ["B"] = 0L, ["C"] = 0L, ["D"] = 0L, ["F"] = 0L }), Show(Solution.GradeBuckets(new List<long>())));
    }

    [Fact]
    public void Case03()
    {
        Assert.Equal(Show(new Dictionary<string, long> { ["A"] = 2L, ["B"] = 2L, ["C"] = 0L, ["D"] = 0L, ["F"] = 0L }), Show(Solution.GradeBuckets(new List<long> { 100L, 90L, 89L, 80L })));
    }

    [Fact]
    public void Case04()
    {
        Assert.Equal(Show(new Dictionary<string, long> { ["A"] = 0L, ["B"] = 0L, ["C"] = 2L, ["D"] = 2L, ["F"] = 2L }), Show(Solution.GradeBuckets(new List<long> { 79L, 70L, 69L, 60L, 59L, 0L })));
    }

    [Fact]
    public void Case05()
    {
        Assert.Equal(Show(new Dictionary<string, long> { ["A"] = 0L, ["B"] = 0L, ["C"] = 0L, ["D"] = 0L, ["F"] = 3L }), Show(Solution.GradeBuckets(new List<long> { 50L, 50L, 50L })));
    }

    [Fact]
    public void Case06()
    {
        Assert.Equal(Show(new Dictionary<string, long> { ["A"] = 0L, ["B"] = 0L, ["C"] = 0L, ["D"] = 0L, ["F"] = 1L }), Show(Solution.GradeBuckets(new List<long> { 0L })));
    }

    [Fact]
    public void Case07()
    {
        Assert.Equal(Show(new Dictionary<string, long> { ["A"] = 1L, ["B"] = 0L, ["C"] = 0L, ["D"] = 0L, ["F"] = 0L }), Show(Solution.GradeBuckets(new List<long> { 100L })));
    }

    [Fact]
    public void Case08()
    {
        Assert.Equal(Show(new Dictionary<string, long> { ["A"] = 2L, ["B"] = 1L, ["C"] = 2L, ["D"] = 1L, ["F"] = 1L }), Show(Solution.GradeBuckets(new List<long> { 88L, 91L, 77L, 77L, 61L, 99L, 35L })));
    }

    [Fact]
    public void Case09()
    {
        Assert.Throws<ArgumentException>(() => { Solution.GradeBuckets(new List<long> { 101L }); });
    }

    [Fact]
    public void Case10()
    {
        Assert.Throws<ArgumentException>(() => { Solution.GradeBuckets(new List<long> { 90L, -1L }); });
    }
}

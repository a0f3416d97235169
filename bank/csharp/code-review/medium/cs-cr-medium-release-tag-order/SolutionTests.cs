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
        Assert.Equal(Show(new List<string> { "v1.2.0", "v1.9.3", "v1.10.0" }), Show(Solution.OrderReleaseTags(new List<string> { "v1.10.0", "v1.2.0", "v1.9.3" })));
    }

    [Fact]
    public void Case02()
    {
        Assert.Equal(Show(new List<string> { "1.9.9", "2.0.0-rc2", "2.0.0-rc10", "2.0.0" }), Show(Solution.OrderReleaseTags(new List<string> { "2.0.0", "2.0.0-rc2", "2.0.0-rc10", "1.9.9" })));
    }

    [Fact]
    public void Case03()
    {
        Assert.Equal(Show(new List<string>()), Show(Solution.OrderReleaseTags(new List<string>())));
    }

    [Fact]
    public void Case04()
    {
        Assert.Equal(Show(new List<string> { "v1.0.0", "1.0.0" }), Show(Solution.OrderReleaseTags(new List<string> { "v1.0.0", "1.0.0" })));
    }

    [Fact]
    public void Case05()
    {
        Assert.Equal(Show(new List<string> { "1.0.0", "v1.0.0" }), Show(Solution.OrderReleaseTags(new List<string> { "1.0.0", "v1.0.0" })));
    }

    [Fact]
    public void Case06()
    {
        Assert.Equal(Show(new List<string> { "0.0.0", "0.0.1", "0.1.0", "1.0.0" }), Show(Solution.OrderReleaseTags(new List<string> { "0.0.1", "0.1.0", "1.0.0", "0.0.0" })));
    }

    [Fact]
    public void Case07()
    {
        Assert.Equal(Show(new List<string> { "3.0.0-rc1" }), Show(Solution.OrderReleaseTags(new List<string> { "3.0.0-rc1" })));
    }

    [Fact]
    public void Case08()
    {
        Assert.Equal(Show(new List<string> { "1.2.2", "1.2.3-rc1", "1.2.3-rc1" }), Show(Solution.OrderReleaseTags(new List<string> { "1.2.3-rc1", "1.2.2", "1.2.3-rc1" })));
    }

    [Fact]
    public void Case09()
    {
        Assert.Equal(Show(new List<string> { "1.0.10", "1.1.0-rc5", "1.01.0" }), Show(Solution.OrderReleaseTags(new List<string> { "1.01.0", "1.1.0-rc5", "1.0.10" })));
    }

    [Fact]
    public void Case10()
    {
        Assert.Equal(Show(new List<string> { "9.99.99", "v10.0.0-rc1", "10.0.0" }), Show(Solution.OrderReleaseTags(new List<string> { "10.0.0", "9.99.99", "v10.0.0-rc1" })));
    }

    [Fact]
    public void Case11()
    {
        Assert.Equal(Show(new List<string> { "v2.0.0-rc1", "v2.0.0-rc3", "v2.0.0-rc03" }), Show(Solution.OrderReleaseTags(new List<string> { "v2.0.0-rc3", "v2.0.0-rc03", "v2.0.0-rc1" })));
    }

    [Fact]
    public void Case12()
    {
        Assert.Throws<ArgumentException>(() => { Solution.OrderReleaseTags(new List<string> { "1.2" }); });
    }

    [Fact]
    public void Case13()
    {
        Assert.Throws<ArgumentException>(() => { Solution.OrderReleaseTags(new List<string> { "1.2.3-beta1" }); });
    }

    [Fact]
    public void Case14()
    {
        Assert.Throws<ArgumentException>(() => { Solution.OrderReleaseTags(new List<string> { "1.2.3", "V1.2.3" }); });
    }
}

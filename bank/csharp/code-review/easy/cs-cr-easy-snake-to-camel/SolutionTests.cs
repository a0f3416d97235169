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
        Assert.Equal(Show("userId"), Show(Solution.SnakeToCamel("user_id")));
    }

    [Fact]
    public void Case02()
    {
        Assert.Equal(Show("getHttpResponse"), Show(Solution.SnakeToCamel("get_http_response")));
    }

    [Fact]
    public void Case03()
    {
        Assert.Equal(Show(""), Show(Solution.SnakeToCamel("")));
    }

    [Fact]
    public void Case04()
    {
        Assert.Equal(Show(""), Show(Solution.SnakeToCamel("___")));
    }

    [Fact]
    public void Case05()
    {
        Assert.Equal(Show("name"), Show(Solution.SnakeToCamel("name")));
    }

    [Fact]
    public void Case06()
    {
        Assert.Equal(Show("privateValue"), Show(Solution.SnakeToCamel("_private_value")));
    }

    [Fact]
    public void Case07()
    {
        Assert.Equal(Show("doubleUnder"), Show(Solution.SnakeToCamel("double__under")));
    }

    [Fact]
    public void Case08()
    {
        Assert.Equal(Show("trailing"), Show(Solution.SnakeToCamel("trailing_")));
    }

    [Fact]
    public void Case09()
    {
        Assert.Equal(Show("shoutCase"), Show(Solution.SnakeToCamel("SHOUT_CASE")));
    }

    [Fact]
    public void Case10()
    {
        Assert.Equal(Show("aBC"), Show(Solution.SnakeToCamel("a_b_c")));
    }

    [Fact]
    public void Case11()
    {
        Assert.Equal(Show("version2Beta"), Show(Solution.SnakeToCamel("version_2_beta")));
    }

    [Fact]
    public void Case12()
    {
        Assert.Equal(Show("mixedCaseWords"), Show(Solution.SnakeToCamel("Mixed_CASE_words")));
    }
}

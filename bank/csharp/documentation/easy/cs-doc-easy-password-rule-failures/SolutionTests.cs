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
        Assert.Equal(Show(new List<string>()), Show(Solution.PasswordRuleFailures("Secret123")));
    }

    [Fact]
    public void Case02()
    {
        Assert.Equal(Show(new List<string> { "length", "upper", "digit" }), Show(Solution.PasswordRuleFailures("secret")));
    }

    [Fact]
    public void Case03()
    {
        Assert.Equal(Show(new List<string> { "length", "upper", "lower", "digit" }), Show(Solution.PasswordRuleFailures("")));
    }

    [Fact]
    public void Case04()
    {
        Assert.Equal(Show(new List<string> { "lower", "digit" }), Show(Solution.PasswordRuleFailures("ABCDEFGH")));
    }

    [Fact]
    public void Case05()
    {
        Assert.Equal(Show(new List<string>()), Show(Solution.PasswordRuleFailures("Abcdefg1")));
    }

    [Fact]
    public void Case06()
    {
        Assert.Equal(Show(new List<string> { "length" }), Show(Solution.PasswordRuleFailures("Abcdef1")));
    }

    [Fact]
    public void Case07()
    {
        Assert.Equal(Show(new List<string> { "space" }), Show(Solution.PasswordRuleFailures("Pass word 99")));
    }

    [Fact]
    public void Case08()
    {
        Assert.Equal(Show(new List<string> { "upper", "lower" }), Show(Solution.PasswordRuleFailures("12345678")));
    }

    [Fact]
    public void Case09()
    {
        Assert.Equal(Show(new List<string> { "length", "upper", "lower", "digit", "space" }), Show(Solution.PasswordRuleFailures(" ")));
    }

    [Fact]
    public void Case10()
    {
        Assert.Equal(Show(new List<string> { "length" }), Show(Solution.PasswordRuleFailures("aB3")));
    }

    [Fact]
    public void Case11()
    {
        Assert.Equal(Show(new List<string> { "upper", "digit", "space" }), Show(Solution.PasswordRuleFailures("lowercase only")));
    }

    [Fact]
    public void Case12()
    {
        Assert.Equal(Show(new List<string> { "upper", "lower", "digit" }), Show(Solution.PasswordRuleFailures("!!!!!!!!")));
    }
}

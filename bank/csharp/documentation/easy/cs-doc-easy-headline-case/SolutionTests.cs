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
        Assert.Equal(Show("The Lord of the Rings"), Show(Solution.HeadlineCase("the lord of the rings")));
    }

    [Fact]
    public void Case02()
    {
        Assert.Equal(Show("A Tale of Two Cities"), Show(Solution.HeadlineCase("A TALE OF TWO CITIES")));
    }

    [Fact]
    public void Case03()
    {
        Assert.Equal(Show(""), Show(Solution.HeadlineCase("")));
    }

    [Fact]
    public void Case04()
    {
        Assert.Equal(Show("Of"), Show(Solution.HeadlineCase("of")));
    }

    [Fact]
    public void Case05()
    {
        Assert.Equal(Show("War and Peace"), Show(Solution.HeadlineCase("war and peace")));
    }

    [Fact]
    public void Case06()
    {
        Assert.Equal(Show("What It Is Made Of"), Show(Solution.HeadlineCase("what it is made of")));
    }

    [Fact]
    public void Case07()
    {
        Assert.Equal(Show("Gone With the Wind"), Show(Solution.HeadlineCase("gone with the wind")));
    }

    [Fact]
    public void Case08()
    {
        Assert.Equal(Show("An Apple a Day"), Show(Solution.HeadlineCase("an apple a day")));
    }

    [Fact]
    public void Case09()
    {
        Assert.Equal(Show("3rd Rock From the Sun"), Show(Solution.HeadlineCase("3rd rock from the sun")));
    }

    [Fact]
    public void Case10()
    {
        Assert.Equal(Show("To Be or Not to Be"), Show(Solution.HeadlineCase("to be or not to be")));
    }

    [Fact]
    public void Case11()
    {
        Assert.Equal(Show("X"), Show(Solution.HeadlineCase("x")));
    }

    [Fact]
    public void Case12()
    {
        Assert.Equal(Show("In the End"), Show(Solution.HeadlineCase("iN tHe eNd")));
    }
}

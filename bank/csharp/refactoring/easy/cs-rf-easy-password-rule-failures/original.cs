using System;
using System.Collections.Generic;

public static class Solution
{
    public static List<string> PasswordRuleFailures(string password)
    {
        List<string> result = new List<string>();
        if (password.Length < 8)
        {
            result.Add("length");
        }
        bool u = false;
        for (int i = 0; i < password.Length; i++)
        {
            if (password[i] >= 'A' && password[i] <= 'Z')
            {
                u = true;
            }
        }
        if (!u)
        {
            result.Add("upper");
        }
        bool l = false;
        for (int i = 0; i < password.Length; i++)
        {
            if (password[i] >= 'a' && password[i] <= 'z')
            {
                l = true;
            }
        }
        if (!l)
        {
            result.Add("lower");
        }
        bool d = false;
        for (int i = 0; i < password.Length; i++)
        {
            if (password[i] >= '0' && password[i] <= '9')
            {
                d = true;
            }
        }
        if (!d)
        {
            result.Add("digit");
        }
        bool s = false;
        for (int i = 0; i < password.Length; i++)
        {
            if (password[i] == ' ')
            {
                s = true;
            }
        }
        if (s)
        {
            result.Add("space");
        }
        return result;
    }
}

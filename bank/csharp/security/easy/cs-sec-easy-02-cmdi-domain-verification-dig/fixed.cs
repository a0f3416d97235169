using System.Collections.Generic;
using System.Text;
using System;
using System.Globalization;
using System.Diagnostics;
using System.Text.RegularExpressions;

public static class Solution {
    /// <summary>The signed-in user, as resolved by the authentication middleware.</summary>
    public sealed class AppUser
    {
        public long Id { get; set; }
        public string Email { get; set; }
        public bool IsAdmin { get; set; }
    }

    /// <summary>A document uploaded by a user.</summary>
    public sealed class StoredDocument
    {
        public long Id { get; set; }
        public long OwnerId { get; set; }
        public string Title { get; set; }
    }

    /// <summary>A support ticket opened by a customer through the help widget.</summary>
    public sealed class SupportTicket
    {
        public string Requester { get; set; }
        public string Subject { get; set; }
        public string Status { get; set; }
    }

    /// <summary>Database access: parameters named @name in the SQL are bound by the driver.</summary>
    public interface IDbSession
    {
        List<Dictionary<string, object>> Query(string sql, IDictionary<string, object> parameters);
    }

    /// <summary>Document persistence.</summary>
    public interface IDocumentStore
    {
        StoredDocument Find(long id);
        void Delete(long id);
    }

    /// <summary>Members of the current user's team (already scoped to that team).</summary>
    public interface ITeamDirectory
    {
        void SetRole(long memberId, string role);
    }

    /// <summary>Canonical form of a user-entered tag: "  Machine Learning! " -> "machine-learning"; null when empty.</summary>
    public static string NormalizeTag(string raw)
    {
        if (raw == null)
            return null;
        var sb = new StringBuilder();
        foreach (char c in raw.Trim().ToLowerInvariant())
        {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
                sb.Append(c);
            else if ((c == ' ' || c == '-' || c == '_') && sb.Length > 0 && sb[sb.Length - 1] != '-')
                sb.Append('-');
            if (sb.Length >= 32)
                break;
        }
        string tag = sb.ToString().Trim('-');
        return tag.Length == 0 ? null : tag;
    }

    /// <summary>Skip/take values from the ?page=&size= query string: 1-based pages, 1 to 100 items per page.</summary>
    public static void ParsePaging(string page, string size, out int skip, out int take)
    {
        int p, s;
        if (!int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out p) || p < 1)
            p = 1;
        if (!int.TryParse(size, NumberStyles.None, CultureInfo.InvariantCulture, out s) || s < 1)
            s = 20;
        take = Math.Min(s, 100);
        skip = (int)Math.Min((long)(p - 1) * take, int.MaxValue);
    }

    /// <summary>Custom-domain setup: reads the TXT record the customer was asked to publish for their domain.</summary>
    public static string LookupVerificationRecord(string domain)
    {
        if (domain == null || !Regex.IsMatch(domain, "^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$"))
            throw new ArgumentException("invalid domain");
        var psi = new ProcessStartInfo("dig", "+short TXT _verify." + domain)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
        };
        using (Process proc = Process.Start(psi))
        {
            string output = proc.StandardOutput.ReadToEnd();
            proc.WaitForExit();
            return output.Trim();
        }
    }
}

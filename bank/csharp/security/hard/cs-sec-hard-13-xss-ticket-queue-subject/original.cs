using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using System.Net;
using System;

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

    /// <summary>Checks a presented API key against the SHA-256 hash stored for the client.</summary>
    public static bool ApiKeyMatches(string presentedKey, byte[] storedHash)
    {
        if (presentedKey == null || storedHash == null || storedHash.Length != 32)
            return false;
        byte[] presentedHash;
        using (SHA256 sha = SHA256.Create())
            presentedHash = sha.ComputeHash(Encoding.UTF8.GetBytes(presentedKey));
        int diff = 0;
        for (int i = 0; i < storedHash.Length; i++)
            diff |= presentedHash[i] ^ storedHash[i];
        return diff == 0;
    }

    /// <summary>Table rows of the agents' ticket queue page.</summary>
    public static string RenderTicketRows(IEnumerable<SupportTicket> tickets)
    {
        var html = new StringBuilder();
        foreach (SupportTicket t in tickets)
        {
            html.Append("<tr class=\"ticket\">");
            html.Append("<td>").Append(WebUtility.HtmlEncode(t.Requester)).Append("</td>");
            html.Append("<td>").Append(t.Subject).Append("</td>");
            html.Append("<td>").Append(WebUtility.HtmlEncode(t.Status)).Append("</td>");
            html.Append("</tr>\n");
        }
        return html.ToString();
    }

    /// <summary>Team settings page: sets another member's role to "viewer", "editor" or "admin".</summary>
    public static void ChangeMemberRole(ITeamDirectory team, AppUser actor, long memberId, string role)
    {
        if (actor == null)
            throw new UnauthorizedAccessException("login required");
        if (actor.Id == memberId)
            throw new InvalidOperationException("you cannot change your own role");
        if (role != "viewer" && role != "editor" && role != "admin")
            throw new ArgumentException("unknown role: " + role);
        team.SetRole(memberId, role);
    }

    /// <summary>Where to go after sign-in: the ?returnUrl= value if it is a path on this site, else the home page.</summary>
    public static string SafeReturnUrl(string returnUrl)
    {
        if (string.IsNullOrEmpty(returnUrl) || returnUrl.Length > 2048)
            return "/";
        bool localPath = returnUrl[0] == '/' && (returnUrl.Length == 1 || (returnUrl[1] != '/' && returnUrl[1] != '\\'));
        foreach (char c in returnUrl)
            if (char.IsControl(c) || c == '\\')
                return "/";
        return localPath ? returnUrl : "/";
    }

    /// <summary>Delay before retry number `attempt` (1-based) of a failed webhook delivery: doubling from 2 s, capped at 1 h, with jitter.</summary>
    public static TimeSpan RetryDelay(int attempt, double jitter)
    {
        if (attempt < 1)
            throw new ArgumentOutOfRangeException("attempt");
        int exponent = Math.Min(attempt - 1, 11);
        double seconds = Math.Min(2.0 * (1 << exponent), 3600.0);
        double factor = 0.8 + 0.4 * Math.Max(0.0, Math.Min(1.0, jitter));
        return TimeSpan.FromSeconds(seconds * factor);
    }

    /// <summary>The hash stored when a staff account's password is set.</summary>
    public static string HashStaffPassword(string password)
    {
        if (password == null || password.Length < 12)
            throw new ArgumentException("password must have at least 12 characters");
        using (SHA1 sha = SHA1.Create())
        {
            byte[] hash = sha.ComputeHash(Encoding.UTF8.GetBytes(password));
            return Convert.ToBase64String(hash);
        }
    }
}

using System.Collections.Generic;
using System.Text;
using System;
using System.Security.Cryptography;
using System.Globalization;

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

    /// <summary>The hash stored when a staff account's password is set.</summary>
    public static string HashStaffPassword(string password)
    {
        if (password == null || password.Length < 12)
            throw new ArgumentException("password must have at least 12 characters");
        using (var kdf = new Rfc2898DeriveBytes(password, 16, 210000, HashAlgorithmName.SHA256))
        {
            byte[] hash = kdf.GetBytes(32);
            return "pbkdf2-sha256$210000$" + Convert.ToBase64String(kdf.Salt) + "$" + Convert.ToBase64String(hash);
        }
    }

    /// <summary>Ids from a "3,17,42" query value: positive, distinct, at most 100 of them.</summary>
    public static List<long> ParseIdList(string csv)
    {
        var ids = new List<long>();
        if (string.IsNullOrWhiteSpace(csv))
            return ids;
        foreach (string part in csv.Split(','))
        {
            long id;
            if (!long.TryParse(part.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out id) || id <= 0)
                throw new FormatException("ids must be positive integers");
            if (!ids.Contains(id))
                ids.Add(id);
            if (ids.Count > 100)
                throw new FormatException("at most 100 ids");
        }
        return ids;
    }
}

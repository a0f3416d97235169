using System.Collections.Generic;
using System;
using System.Globalization;
using System.Text;

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

    /// <summary>DELETE /documents/{id} for the signed-in user; false when there is nothing to delete.</summary>
    public static bool DeleteDocument(IDocumentStore store, AppUser user, long documentId)
    {
        if (user == null)
            throw new UnauthorizedAccessException("login required");
        StoredDocument doc = store.Find(documentId);
        if (doc == null || (doc.OwnerId != user.Id && !user.IsAdmin))
            return false;
        store.Delete(doc.Id);
        return true;
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
}

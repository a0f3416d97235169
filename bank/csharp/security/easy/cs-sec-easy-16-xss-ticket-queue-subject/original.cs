using System.Collections.Generic;
using System.Net;
using System.Text;
using System;
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

    private static readonly Dictionary<string, string> PriceSymbols =
        new Dictionary<string, string> { { "EUR", "€" }, { "USD", "$" }, { "GBP", "£" } };

    /// <summary>Price label for the cart, e.g. FormatPrice(1999, "EUR") -> "€19.99".</summary>
    public static string FormatPrice(long cents, string currency)
    {
        string symbol;
        if (!PriceSymbols.TryGetValue(currency ?? "", out symbol))
            throw new ArgumentException("unsupported currency");
        decimal amount = cents / 100m;
        string sign = amount < 0 ? "-" : "";
        return sign + symbol + Math.Abs(amount).ToString("0.00", CultureInfo.InvariantCulture);
    }

    /// <summary>Code for a team invitation link; whoever holds the link can join the team.</summary>
    public static string NewInviteCode()
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        var rng = new Random();
        var code = new char[16];
        for (int i = 0; i < code.Length; i++)
            code[i] = alphabet[rng.Next(alphabet.Length)];
        return new string(code);
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
